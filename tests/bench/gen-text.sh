#!/bin/sh
# Writes an XSL-FO text document of about N pages to standard output:
# numbered headings and justified paragraphs of varied length, a running
# header and "Page N" footer ("Page N of M" with a second argument "of",
# which makes the engine wait for the last page number).  Used by
# tools/bench.sh; deterministic.
#   tests/bench/gen-text.sh PAGES [of]
set -e
pages=${1:-100}
of=${2:-}
awk -v pages="$pages" -v of="$of" 'BEGIN {
  split("the partnership board agreed that member schools will report their " \
        "termly figures to the executive before each meeting and that every " \
        "strategic group keeps minutes which the chair signs as a correct record " \
        "while the financial regulations limit what the chief executive may " \
        "spend without approval of the full board at its next meeting", w, " ");
  nw = 0; for (k in w) nw++;
  print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  print "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">";
  print "<fo:layout-master-set><fo:simple-page-master master-name=\"A4\" page-width=\"210mm\" page-height=\"297mm\" margin=\"15mm 20mm\">";
  print "<fo:region-body margin-top=\"15mm\" margin-bottom=\"15mm\"/><fo:region-before extent=\"10mm\"/><fo:region-after extent=\"10mm\"/>";
  print "</fo:simple-page-master></fo:layout-master-set>";
  print "<fo:page-sequence master-reference=\"A4\"><fo:title>Benchmark</fo:title>";
  print "<fo:static-content flow-name=\"xsl-region-before\"><fo:block font-family=\"sans-serif\" font-size=\"9pt\" text-align=\"end\" border-bottom=\"0.5pt solid #888888\">Learning partnership benchmark</fo:block></fo:static-content>";
  print "<fo:static-content flow-name=\"xsl-region-after\"><fo:block font-family=\"sans-serif\" font-size=\"9pt\" text-align=\"center\">Page <fo:page-number/>" (of == "of" ? " of <fo:page-number-citation-last ref-id=\"end\"/>" : "") "</fo:block></fo:static-content>";
  print "<fo:flow flow-name=\"xsl-region-body\" font-family=\"serif\" font-size=\"11pt\" line-height=\"14pt\" text-align=\"justify\">";
  seed = 7; paras = pages * 6;
  for (p = 1; p <= paras; p++) {
    if (p % 12 == 1)
      printf "<fo:block font-family=\"sans-serif\" font-weight=\"bold\" font-size=\"14pt\" space-before=\"12pt\" space-after=\"6pt\" keep-with-next=\"always\">Section %d</fo:block>\n", (p + 11) / 12;
    seed = (seed * 1103515245 + 12345) % 2147483648;
    n = 60 + seed % 90;
    printf "<fo:block space-after=\"6pt\" text-indent=\"12pt\">";
    for (i = 0; i < n; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      word = w[1 + int(seed / 65536) % nw];
      if (i == 7) printf "<fo:inline font-style=\"italic\">%s</fo:inline> ", word;
      else if (i == 21) printf "<fo:inline font-weight=\"bold\">%s</fo:inline> ", word;
      else printf "%s%s", word, (i + 1 < n ? " " : ".");
    }
    print "</fo:block>";
  }
  print "<fo:block id=\"end\">End of the benchmark document.</fo:block>";
  print "</fo:flow></fo:page-sequence></fo:root>";
}'
