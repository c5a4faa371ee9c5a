#!/bin/sh
# Writes an XSL-FO document holding one transactions table of N rows
# (default 2,000) to standard output: date, reference, payee, description
# (one to three lines), amount and running balance, a header repeated on
# every page and a footer at every break, collapsed borders, a running
# header and "Page N" footer.  Used by tools/bench.sh; deterministic.
#   tests/bench/gen-table.sh [ROWS]
set -e
rows=${1:-2000}
awk -v rows="$rows" 'BEGIN {
  split("grant subscription supply teaching cover training day transport " \
        "catering licence consultancy room hire printing moderation fees " \
        "termly contribution challenge fund milestone brokerage support", w, " ");
  nw = 0; for (k in w) nw++;
  split("Abbey Primary|Beech Hill|Cedars Academy|City Council|Dovecote Trust|Elm Tree|Riverside College|Health Partners", payee, "|");
  print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  print "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">";
  print "<fo:layout-master-set><fo:simple-page-master master-name=\"A4\" page-width=\"210mm\" page-height=\"297mm\" margin=\"15mm 15mm\">";
  print "<fo:region-body margin-top=\"12mm\" margin-bottom=\"12mm\"/><fo:region-before extent=\"10mm\"/><fo:region-after extent=\"10mm\"/>";
  print "</fo:simple-page-master></fo:layout-master-set>";
  print "<fo:page-sequence master-reference=\"A4\"><fo:title>Transactions benchmark</fo:title>";
  print "<fo:static-content flow-name=\"xsl-region-before\"><fo:block font-family=\"sans-serif\" font-size=\"9pt\" text-align=\"end\">Transactions 2024/25</fo:block></fo:static-content>";
  print "<fo:static-content flow-name=\"xsl-region-after\"><fo:block font-family=\"sans-serif\" font-size=\"9pt\" text-align=\"center\">Page <fo:page-number/></fo:block></fo:static-content>";
  print "<fo:flow flow-name=\"xsl-region-body\" font-family=\"sans-serif\" font-size=\"8pt\">";
  print "<fo:table table-layout=\"fixed\" width=\"100%\" border=\"0.5pt solid black\">";
  print "<fo:table-column column-width=\"18mm\"/><fo:table-column column-width=\"18mm\"/><fo:table-column column-width=\"30mm\"/><fo:table-column column-width=\"proportional-column-width(1)\"/><fo:table-column column-width=\"20mm\"/><fo:table-column column-width=\"22mm\"/>";
  cell = "<fo:table-cell padding=\"1.5pt\" border=\"0.5pt solid #888888\">";
  printf "<fo:table-header font-weight=\"bold\" background-color=\"#dddddd\"><fo:table-row>";
  split("Date|Reference|Payee|Description|Amount|Balance", hd, "|");
  for (i = 1; i <= 6; i++) printf "%s<fo:block%s>%s</fo:block></fo:table-cell>", cell, (i >= 5 ? " text-align=\"end\"" : ""), hd[i];
  print "</fo:table-row></fo:table-header>";
  printf "<fo:table-footer><fo:table-row>%s<fo:block font-style=\"italic\">Continued</fo:block></fo:table-cell></fo:table-row></fo:table-footer>\n", cell;
  print "<fo:table-body>";
  seed = 11; bal = 500000;
  for (r = 1; r <= rows; r++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    n = 2 + seed % 24;
    desc = "";
    for (i = 0; i < n; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      desc = desc (i ? " " : "") w[1 + int(seed / 65536) % nw];
    }
    seed = (seed * 1103515245 + 12345) % 2147483648;
    amt = (seed % 2000000) / 100.0;
    bal -= amt;
    printf "<fo:table-row>%s<fo:block>%02d/%02d/2024</fo:block></fo:table-cell>%s<fo:block>TX-%05d</fo:block></fo:table-cell>%s<fo:block>%s</fo:block></fo:table-cell>%s<fo:block>%s</fo:block></fo:table-cell>%s<fo:block text-align=\"end\">%.2f</fo:block></fo:table-cell>%s<fo:block text-align=\"end\">%.2f</fo:block></fo:table-cell></fo:table-row>\n", \
      cell, 1 + r % 28, 1 + r % 12, cell, r, cell, payee[1 + r % 8], cell, desc, cell, amt, cell, bal;
  }
  print "</fo:table-body></fo:table>";
  print "<fo:block space-before=\"6pt\">End of the transactions.</fo:block>";
  print "</fo:flow></fo:page-sequence></fo:root>";
}'
