#!/bin/sh
# Hostile input, atomic output and determinism, for every command in main
# (`lpdoc render`, `lpdoc view`).  Each hostile case runs in its own folder
# holding in/ (the input) and out/ (an earlier good output, out/prev.*) and
# must:
#   - finish within $HOSTILE_TIMEOUT seconds of CPU (default 20; a CPU
#     limit, so a busy machine does not fail it; five times that in wall
#     time, for a wait that uses none), never crash (no signal, no
#     sanitizer report);
#   - exit with the documented status and print a diagnostic matching the
#     case's pattern (a clear `file:line:col: error:` message);
#   - leave out/prev.* byte-identical unless it succeeded, leave no
#     temporary file, and write nothing anywhere else in the folder.
# Cases listed in tests/hostile/known-gaps (name, then why) are gaps
# reported to their owners: a wrong status or message there is XFAIL, and
# a case that starts passing fails until it is taken off the list.
# Then: kill -9 and SIGTERM mid-render, a file size limit (full disk),
# SOURCE_DATE_EPOCH determinism and PDF validity, the replay of every
# fuzzer crash kept under tests/fuzz/crashes/, and data safety: records
# never written (guard-*), outputs never stale (build-race, RACE_ROUNDS
# rounds, default 10; build-*), nothing read from outside the partnership
# folder (logo-*), money's sign and bound (money-*), messages (utf16-*,
# big-comment, build-read-only) and workers that die with their parent.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/tests/lib/pdf.sh"
: "${LPDOC:=$root/lpdoc}"
: "${LPDOC_WRAP:=}"
T=${HOSTILE_TIMEOUT:-20}
[ -n "$LPDOC_WRAP" ] && T=$((T * 6))
work=$(mktemp -d "${TMPDIR:-/tmp}/lpdoc-hostile.XXXXXX")
trap 'umount "$work/case-full-tmpfs/out" 2>/dev/null; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM  # then the EXIT trap cleans up
export SOURCE_DATE_EPOCH=1700000000
pass=0 fail=0 xfail=0

bad() { echo "FAIL $1: $2"; fail=$((fail + 1)); }
known_gap() { grep -q "^$1[[:space:]]" "$here/known-gaps" 2>/dev/null; }

FO_HEAD='<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format"><fo:layout-master-set><fo:simple-page-master master-name="p" page-width="PW" page-height="PH"><fo:region-body/></fo:simple-page-master></fo:layout-master-set><fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">'
FO_TAIL='</fo:flow></fo:page-sequence></fo:root>'
# fo_doc BODY [PAGE_WIDTH [PAGE_HEIGHT]]: an FO document around BODY.
fo_doc() {
	printf '<?xml version="1.0" encoding="UTF-8"?>\n%s' "$FO_HEAD" |
		sed "s|PW|${2:-210mm}|; s|PH|${3:-297mm}|"
	printf '%s%s\n' "$1" "$FO_TAIL"
}

# A good earlier PDF and view, which failures must leave alone.
fo_doc '<fo:block>An earlier good document.</fo:block>' >"$work/prev.fo"
"$LPDOC" render "$work/prev.fo" -o "$work/prev.pdf" || { echo "FAIL cannot render prev.pdf"; exit 1; }
"$LPDOC" view "$root/data/example" -o "$work/prev.xml" || { echo "FAIL cannot view example"; exit 1; }

# new_case NAME: a fresh $dir with in/ and out/prev.pdf, out/prev.xml.
new_case() {
	dir="$work/case-$1"
	mkdir -p "$dir/in" "$dir/out"
	cp "$work/prev.pdf" "$work/prev.xml" "$dir/out/"
}

# check NAME STATUSES PATTERN OUTFILE CMD...: runs CMD in $dir (made by
# new_case, input already in in/) and judges it as the header says.
# STATUSES is a |-list; PATTERN "-" accepts any diagnostics; of allowed exit statuses; OUTFILE the -o target
# (relative to $dir), a folder ending in / where the output may go, or "".
check() {
	name=$1 want=$2 pattern=$3 outfile=$4
	shift 4
	(cd "$dir" && find . -type f | sort >"$work/before")
	(cd "$dir" && ulimit -t "$T" && timeout -s KILL $((T * 5)) "$@" >"$work/stdout" 2>"$work/stderr")
	st=$?
	(cd "$dir" && find . -type f | sort >"$work/after")
	# 137: SIGKILL (the wall-time limit, or the CPU limit's hard end);
	# 152: SIGXCPU (the CPU limit)
	if [ "$st" = 137 ] || [ "$st" = 152 ]; then
		bad "$name" "did not finish within ${T}s of CPU or $((T * 5))s of wall time"; return; fi
	if [ "$st" -ge 128 ] || grep -qE "AddressSanitizer|runtime error:|LeakSanitizer|definitely lost" "$work/stderr"; then
		if known_gap "$name"; then
			xfail=$((xfail + 1)); echo "XFAIL $name (crashed, status $st; see known-gaps)"; return; fi
		bad "$name" "crashed (status $st)"; head -20 "$work/stderr"; return; fi
	if grep -q '\.tmp' "$work/after"; then
		bad "$name" "left a temporary file"; return; fi
	case $outfile in
	*/) keep="^\./$outfile" ;;     # a folder: anything inside it
	*) keep="^\./${outfile:-/}$" ;;
	esac
	new=$(comm -13 "$work/before" "$work/after" | grep -v "$keep" || true)
	if [ -n "$new" ]; then
		bad "$name" "wrote files it should not: $new"; return; fi
	if [ "$st" != 0 ]; then
		for p in prev.pdf prev.xml; do
			cmp -s "$dir/out/$p" "$work/$p" || { bad "$name" "earlier out/$p changed"; return; }
		done
	elif [ -n "$outfile" ] && [ "${outfile%.pdf}" != "$outfile" ] && ! why=$(pdf_problems "$dir/$outfile"); then
		bad "$name" "exit 0 but $outfile: $why"; return
	fi
	ok=1
	case "|$want|" in *"|$st|"*) ;; *) ok=0 ;; esac
	# diagnostics: stderr, or stdout for lpdoc check
	[ "$pattern" = - ] || cat "$work/stderr" "$work/stdout" | grep -qE "$pattern" || ok=0
	if known_gap "$name"; then
		if [ "$ok" = 1 ]; then bad "$name" "passes now: take it off tests/hostile/known-gaps"
		else xfail=$((xfail + 1)); echo "XFAIL $name (exit $st; see known-gaps)"; fi
		return
	fi
	if [ "$ok" = 1 ]; then pass=$((pass + 1)); return; fi
	bad "$name" "exit $st (want $want), stderr must match /$pattern/:"
	head -5 "$work/stderr"
}

# render_case NAME STATUSES PATTERN: renders in/doc.fo to out/prev.pdf.
render_case() {
	check "$1" "$2" "$3" out/prev.pdf $LPDOC_WRAP "$LPDOC" render in/doc.fo -o out/prev.pdf
}
# view_case NAME STATUSES PATTERN: views in/records to out/prev.xml.
view_case() {
	check "$1" "$2" "$3" out/prev.xml $LPDOC_WRAP "$LPDOC" view in/records -o out/prev.xml
}

ERR='^[^ ]+:[0-9]+(:[0-9]+)?: error: |^[^ :]+: error: '

# ---- lpdoc render: XML-level attacks ----
new_case render-xxe-file
{ echo '<?xml version="1.0"?><!DOCTYPE fo:root [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
  fo_doc '<fo:block>&x;</fo:block>' | tail -n +2; } >"$dir/in/doc.fo"
render_case render-xxe-file 2 "DOCTYPE"

new_case render-xxe-network
{ echo '<?xml version="1.0"?><!DOCTYPE fo:root SYSTEM "http://127.0.0.1:9/fo.dtd">'
  fo_doc '<fo:block>x</fo:block>' | tail -n +2; } >"$dir/in/doc.fo"
render_case render-xxe-network 2 "DOCTYPE"

new_case render-entity-bomb
{ printf '<?xml version="1.0"?><!DOCTYPE fo:root [<!ENTITY a "aaaaaaaaaa">'
  prev=a; for e in b c d e f g h i j; do
	printf '<!ENTITY %s "' $e; i=0; while [ $i -lt 10 ]; do printf '&%s;' $prev; i=$((i + 1)); done; printf '">'
	prev=$e; done
  echo ']>'; fo_doc '<fo:block>&j;</fo:block>' | tail -n +2; } >"$dir/in/doc.fo"
render_case render-entity-bomb 2 "DOCTYPE"

new_case render-huge-file
fo_doc '<fo:block>x</fo:block>' >"$dir/in/doc.fo"
truncate -s 100M "$dir/in/doc.fo"
render_case render-huge-file 2 "larger than"
rm -f "$dir/in/doc.fo"

new_case render-deep-nesting
fo_doc "$(awk 'BEGIN { for (i = 0; i < 20000; i++) printf "<fo:block>"; for (i = 0; i < 20000; i++) printf "</fo:block>" }')" >"$dir/in/doc.fo"
render_case render-deep-nesting 2 "nested"

new_case render-invalid-utf8
fo_doc "$(printf '<fo:block>bad \377\376 bytes</fo:block>')" >"$dir/in/doc.fo"
render_case render-invalid-utf8 2 "UTF-8"

new_case render-nul-byte
{ fo_doc '<fo:block>x</fo:block>'; printf '\000'; } >"$dir/in/doc.fo"
render_case render-nul-byte 2 "NUL"

new_case render-binary-garbage
head -c 65536 /dev/urandom >"$dir/in/doc.fo"
render_case render-binary-garbage 2 "$ERR"

new_case render-empty
: >"$dir/in/doc.fo"
render_case render-empty 2 "empty"

new_case render-not-fo
echo '<html><body>x</body></html>' >"$dir/in/doc.fo"
render_case render-not-fo 2 "fo:root"

# one 5 MB line of 100,000 blocks: linear, not quadratic (it took minutes)
new_case render-one-long-line
fo_doc "$(awk 'BEGIN { for (i = 0; i < 100000; i++) printf "<fo:block>%d</fo:block>", i }')" |
	tr -d '\n' >"$dir/in/doc.fo"
render_case render-one-long-line 0 -

# ---- lpdoc render: absurd numbers ----
new_case render-font-size-1e9
fo_doc '<fo:block font-size="1e9pt">huge</fo:block>' >"$dir/in/doc.fo"
render_case render-font-size-1e9 2 "font-size"

new_case render-negative-page
fo_doc '<fo:block>x</fo:block>' -210mm >"$dir/in/doc.fo"
render_case render-negative-page 2 "page-width"

new_case render-zero-page
fo_doc '<fo:block>x</fo:block>' 0mm 0mm >"$dir/in/doc.fo"
render_case render-zero-page 2 "page-width|page-height"

new_case render-enormous-page
fo_doc '<fo:block>x</fo:block>' 1e9mm >"$dir/in/doc.fo"
render_case render-enormous-page 2 "page-width"

new_case render-absurd-spacing
fo_doc '<fo:block space-before="1e9pt" padding="1e9pt" start-indent="1e9pt" line-height="1e30">x</fo:block><fo:block space-after="-1e9pt" text-indent="-1e9pt">y</fo:block>' >"$dir/in/doc.fo"
render_case render-absurd-spacing "0|2" "space-before|padding|indent|line-height"

new_case render-page-number-overflow
fo_doc '<fo:block>x</fo:block>' | sed 's|master-reference="p">|master-reference="p" initial-page-number="99999999999999999999">|' >"$dir/in/doc.fo"
render_case render-page-number-overflow "0|2" "initial-page-number"

new_case render-100000-columns
fo_doc "<fo:table><fo:table-body><fo:table-row>$(awk 'BEGIN { for (i = 0; i < 100000; i++) printf "<fo:table-cell><fo:block>%d</fo:block></fo:table-cell>", i }')</fo:table-row></fo:table-body></fo:table>" >"$dir/in/doc.fo"
# laid out or refused, but in bounded time and memory
render_case render-100000-columns "0|2" -

# ---- lpdoc render: images and paths ----
new_case render-not-an-image
echo "this is not a PNG" >"$dir/in/fake.png"
fo_doc '<fo:block><fo:external-graphic src="fake.png"/></fo:block>' >"$dir/in/doc.fo"
render_case render-not-an-image "0|2" "external-graphic|image"

new_case render-enormous-image
# a PNG header claiming 1,000,000 x 1,000,000 pixels, and nothing else
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\017\102\100\000\017\102\100\010\006\000\000\000\000\000\000\000' >"$dir/in/big.png"
fo_doc '<fo:block><fo:external-graphic src="big.png"/></fo:block>' >"$dir/in/doc.fo"
render_case render-enormous-image "0|2" "external-graphic|image"

new_case render-image-outside
fo_doc '<fo:block><fo:external-graphic src="../../../../../../../etc/passwd"/><fo:external-graphic src="file:///etc/passwd"/></fo:block>' >"$dir/in/doc.fo"
render_case render-image-outside "0|2" "external-graphic|image"
if [ -f "$dir/out/prev.pdf" ] && pdftotext "$dir/out/prev.pdf" - 2>/dev/null | grep -q "root:"; then
	bad render-image-outside "/etc/passwd ended up in the PDF"; fi

# tiny_pdf OUT PAGES_COUNT MEDIABOX [IMAGE_W [IMAGE_H]]: a one-page PDF whose
# page tree claims PAGES_COUNT pages, with an image of IMAGE_W x IMAGE_H
# pixels (3 bytes of data; IMAGE_W may be "7 0 R", object 7 holding the
# number) drawn on it.  The cross-reference table is left to the reader.
tiny_pdf() {
	{ printf '%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
	  printf '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count %s >>\nendobj\n' "$2"
	  printf '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>\nendobj\n' "$3"
	  printf '4 0 obj\n<< /Length 32 >>\nstream\nq 500 0 0 700 50 50 cm /Im1 Do Q\nendstream\nendobj\n'
	  printf '5 0 obj\n<< /Type /XObject /Subtype /Image /Width %s /Height %s /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 3 >>\nstream\nabc\nendstream\nendobj\n' "${4:-1}" "${5:-1}"
	  printf '7 0 obj\n30000\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n'; } >"$1"
}
# pdf_case NAME PATTERN PDF_ARGS...: a page of in/paper.pdf (tiny_pdf PDF_ARGS) as a graphic
pdf_case() {
	name=$1 pattern=$2
	shift 2
	new_case "$name"
	tiny_pdf "$dir/in/paper.pdf" "$@"
	fo_doc '<fo:block><fo:external-graphic src="paper.pdf#page=1" content-width="50mm"/></fo:block>' >"$dir/in/doc.fo"
	render_case "$name" 2 "$pattern"
}
# PDF pages as graphics (issue 21): hostile papers are refused at once,
# in bounded time and memory (src/util/pdfsrc.h), with the file named.
pdf_case render-pdf-billion-pages "doc\.fo:[0-9]+:[0-9]+: error: .*paper\.pdf.*no pages, or more than" \
	1000000000 "0 0 595 842"
pdf_case render-pdf-huge-page "doc\.fo:[0-9]+:[0-9]+: error: .*paper\.pdf.*larger than 200 inches" \
	1 "0 0 1000000000 1000000000"
pdf_case render-pdf-huge-image "doc\.fo:[0-9]+:[0-9]+: error: .*paper\.pdf.*image of more than" \
	1 "0 0 595 842" 30000 30000
pdf_case render-pdf-huge-image-indirect "doc\.fo:[0-9]+:[0-9]+: error: .*paper\.pdf.*image of more than" \
	1 "0 0 595 842" "7 0 R" 30000
new_case render-pdf-outside
fo_doc '<fo:block><fo:external-graphic src="file:///etc/passwd#page=1"/><fo:external-graphic src="../../../../../../../etc/passwd#page=1"/><fo:external-graphic src="http://127.0.0.1:9/paper.pdf#page=1"/></fo:block>' >"$dir/in/doc.fo"
render_case render-pdf-outside 2 "doc\.fo:[0-9]+:[0-9]+: error: .*'file:///etc/passwd#page=1'.*not a PDF"
grep -q "http://127.0.0.1:9/paper.pdf#page=1" "$work/stderr" || bad render-pdf-outside "the URL is not named"
new_case render-pdf-truncated
head -c 3000 "$root/tests/fo/cases/papers/paper.pdf" >"$dir/in/paper.pdf"
fo_doc '<fo:block><fo:external-graphic src="paper.pdf"/></fo:block>' >"$dir/in/doc.fo"
render_case render-pdf-truncated 2 "doc\.fo:[0-9]+:[0-9]+: error: .*paper\.pdf.*truncated"

new_case render-output-missing-folder
fo_doc '<fo:block>x</fo:block>' >"$dir/in/doc.fo"
check render-output-missing-folder 3 "cannot" "" $LPDOC_WRAP "$LPDOC" render in/doc.fo -o no/such/folder/x.pdf

new_case render-output-is-folder
fo_doc '<fo:block>x</fo:block>' >"$dir/in/doc.fo"
check render-output-is-folder "2|3" "$ERR|cannot|fatal" "" $LPDOC_WRAP "$LPDOC" render in/doc.fo -o out

# ---- lpdoc view: records ----
# records_case NAME FILE: a copy of data/example in in/records, FILE to be broken.
records_case() {
	new_case "$1"
	cp -R "$root/data/example" "$dir/in/records"
	rec="$dir/in/records/$2"
}
# view_edit NAME FILE STATUSES PATTERN SED: data/example with FILE edited by SED.
view_edit() {
	records_case "$1" "$2"
	sed -i "$5" "$rec"
	view_case "$1" "$3" "$4"
}
view_edit view-xxe-file members.xml 2 DOCTYPE \
	'1a <!DOCTYPE members [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
view_edit view-xxe-network people.xml 2 DOCTYPE \
	'1a <!DOCTYPE people SYSTEM "http://127.0.0.1:9/people.dtd">'
view_edit view-entity-bomb calendar.xml 2 DOCTYPE \
	'1a <!DOCTYPE calendar [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
view_edit view-invalid-utf8 people.xml 2 UTF-8 "s/name=\"/name=\"$(printf '\303\050')/"
view_edit view-absurd-money finance.xml 2 "$ERR" \
	's/amount="50000"/amount="1e308"/; s/amount="45000"/amount="99999999999999999999999999999"/; s/opening="8250.75"/opening="-0.000000001"/'
view_edit view-absurd-dates calendar.xml 2 "$ERR" \
	's/start="2025-09-03" end="2025-12-19">/start="99999-99-99" end="2025-12-19">/; s/end="2026-03-27">/end="2026-02-30">/'
view_edit view-dotdot-ids members.xml 2 "$ERR" \
	's/urn="100001"/urn="..\/..\/etc\/passwd"/; s/id="s-mill"/id="..\/..\/s-mill"/'

records_case view-nul-byte finance.xml
printf '\000' >>"$rec"
view_case view-nul-byte 2 "NUL"

records_case view-logo-outside partnership.xml
sed -i 's|logo="logo.png"|logo="../../../../../../etc/passwd"|' "$rec"
view_case view-logo-outside "0|2" -
grep -q "root:" "$dir/out/prev.xml" && bad view-logo-outside "/etc/passwd read into the view"

records_case view-symlink-out meetings/other.xml
rm -f "$rec"; ln -s /etc/passwd "$rec"
view_case view-symlink-out 2 "$ERR"

# ---- a customised stylesheet that tries to leave its folders ----
# style_case NAME XSLT: lpdoc proforma on data/example through a copy of
# the stylesheets, as a user customises them (LPDOC_DATADIR names the
# copy), whose proforma.xsl runs XSLT and then the original.  It must stop
# with an error naming the stylesheet line and saying why (exit 2), write
# nothing anywhere (not even where XSLT points outside), and leave the
# earlier PDF alone.
STYLE_NS='xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:exsl="http://exslt.org/common" xmlns:saxon="http://icl.com/saxon" extension-element-prefixes="exsl saxon"'
style_case() {
	records_case "$1" partnership.xml
	c="$dir/in/custom"
	mkdir -p "$c"
	cp -R "$root/stylesheets" "$c/"
	ln -s "$root/fonts" "$c/fonts"
	ln -s "$root/data" "$c/data"
	mv "$c/stylesheets/proforma.xsl" "$c/stylesheets/proforma-orig.xsl"
	printf '<xsl:stylesheet version="1.0" %s>\n<xsl:import href="proforma-orig.xsl"/>\n%s\n</xsl:stylesheet>\n' \
		"$STYLE_NS" "$2" >"$c/stylesheets/proforma.xsl"
	echo '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>' >"$dir/in/outside.xsl"
	rm -f "$work"/escape*
	check "$1" 2 "proforma\.xsl:[0-9]+: error: .*(refused|denied|unable to load)" out/prev.pdf \
		env LPDOC_DATADIR="$c" $LPDOC_WRAP "$LPDOC" proforma in/records -o out/prev.pdf
	if ls "$work"/escape* "$c"/escape* >/dev/null 2>&1; then
		bad "$1" "the stylesheet wrote a file: $(ls "$work"/escape* "$c"/escape* 2>/dev/null)"; fi
	[ -f "$dir/out/prev.pdf" ] && grep -q "root:x:" "$dir/out/prev.pdf" && bad "$1" "/etc/passwd in the PDF"
}
# style_first NAME BODY: style_case with BODY run before the original root template.
style_first() {
	style_case "$1" "<xsl:template match=\"/\">$2<xsl:apply-imports/></xsl:template>"
}
if "$LPDOC" help proforma >/dev/null 2>&1; then
	style_first style-exsl-document "<exsl:document href=\"$work/escape-exsl\" method=\"text\">x</exsl:document>"
	style_first style-exsl-document-relative '<exsl:document href="../../../../escape-rel" method="text">x</exsl:document>'
	style_first style-xsl-document "<xsl:document href=\"$work/escape-xsl\" method=\"text\">x</xsl:document>"
	style_first style-saxon-output "<saxon:output href=\"$work/escape-saxon\" method=\"text\">x</saxon:output>"
	style_first style-read-passwd '<xsl:value-of select="document(&quot;/etc/passwd&quot;)"/>'
	style_first style-read-dotdot '<xsl:value-of select="document(&quot;../../../../../../../../etc/passwd&quot;)"/>'
	style_first style-read-network '<xsl:value-of select="document(&quot;http://127.0.0.1:9/x.xml&quot;)"/>'
	style_case style-import-outside '<xsl:import href="../../outside.xsl"/>'
fi

# ---- nothing lost: signals and a full disk mid-render ----
sh "$root/tests/bench/gen-text.sh" 1500 >"$work/big.fo"
# (without $LPDOC_WRAP: a signal ends valgrind as it ends lpdoc, and
# tests/fo renders under it already; under valgrind these took minutes)
t0=$(date +%s.%N)
"$LPDOC" render -q "$work/big.fo" -o "$work/big.pdf"
full=$(echo "$t0 $(date +%s.%N)" | awk '{ printf "%.2f", ($2 - $1) / 2 }')
# interrupt SIGNAL: starts a render over out/prev.pdf, sends SIGNAL halfway
# through (the time of a full run, halved; less if the machine got faster
# and the render finished first), and checks that the earlier PDF is intact.
interrupt() {
	new_case "kill-$1"
	delay=$full tries=0 st=0
	while [ $tries -lt 4 ]; do
		"$LPDOC" render -q "$work/big.fo" -o "$dir/out/prev.pdf" 2>"$work/stderr" &
		pid=$!
		sleep "$delay"
		kill -s "$1" "$pid" 2>/dev/null
		{ wait "$pid"; } 2>/dev/null  # no "Killed" line from the shell
		st=$?
		[ "$st" != 0 ] && break
		cp "$work/prev.pdf" "$dir/out/prev.pdf"
		delay=$(echo "$delay" | awk '{ printf "%.2f", $1 / 4 }')
		tries=$((tries + 1))
	done
	if [ "$st" = 0 ]; then bad "kill-$1" "render always finished before the signal"
	elif cmp -s "$dir/out/prev.pdf" "$work/prev.pdf"; then pass=$((pass + 1))
	else bad "kill-$1" "earlier PDF damaged by a $1 mid-run"; fi
}
interrupt KILL
interrupt TERM

# A full disk, as a file size limit: 200 blocks of 512 bytes, far less
# than the 87-page PDF of 420 KB (small, to be quick under valgrind).  lpdoc ignores SIGXFSZ, so the write fails with
# EFBIG and is reported (the default action would kill it without a word,
# status 153, which check() counts as a crash).  The message names the
# file, the reason and what to do; exit 3; the earlier file stays whole.
FULL='cannot write: (File too large|No space left on device); free some space and run again'
sh "$root/tests/bench/gen-text.sh" 100 >"$work/mid.fo"
new_case full-disk
check full-disk 3 "^out/prev\.pdf: fatal: $FULL" "" \
	sh -c 'ulimit -f 200; exec "$@"' sh $LPDOC_WRAP "$LPDOC" render "$work/mid.fo" -o out/prev.pdf
# the view (libxml2 writing through the same atomic output): one block
new_case full-disk-view
cp -R "$root/data/example" "$dir/in/records"
check full-disk-view 3 "^out/prev\.xml: fatal: $FULL" "" \
	sh -c 'ulimit -f 1; exec "$@"' sh $LPDOC_WRAP "$LPDOC" view in/records -o out/prev.xml
# A real full disk, when this machine lets us mount a small tmpfs (root):
# the output folder is the full one (cairo's own temporary file is not).
new_case full-tmpfs
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=256k lpdoc-hostile "$dir/out" 2>/dev/null; then
	cp "$work/prev.pdf" "$work/prev.xml" "$dir/out/"
	check full-tmpfs 3 "^out/prev\.pdf: fatal: $FULL" "" \
		$LPDOC_WRAP "$LPDOC" render "$work/mid.fo" -o out/prev.pdf
	umount "$dir/out"
else
	echo "SKIP full-tmpfs (cannot mount a tmpfs here: not root, or no permission)"
fi

# ---- determinism and validity: every document kind in main ----
# the same input twice, the second time in another time zone and locale
same_twice() {
	name=$1 out=$2
	shift 2
	rm -f "$out" "$work/first"
	"$@" >/dev/null 2>&1 && mv "$out" "$work/first"
	TZ=Pacific/Auckland LC_ALL=C.UTF-8 "$@" >/dev/null 2>&1
	if [ ! -f "$work/first" ] || [ ! -f "$out" ]; then bad "$name" "did not run: $*"
	elif cmp -s "$work/first" "$out"; then pass=$((pass + 1))
	else bad "$name" "two runs with SOURCE_DATE_EPOCH differ"; fi
}
# pdf_valid NAME PDF: qpdf --check, every font embedded, tagged.
pdf_valid() {
	why=$(pdf_problems "$2") && pass=$((pass + 1)) || bad "$1" "$why"
}
for fo in "$root"/tests/fo/cases/*.fo "$work/prev.fo"; do
	name=render-$(basename "$fo" .fo)
	# cases that must fail (tests/fo) are not documents
	"$LPDOC" render -q "$fo" -o "$work/det.pdf" >/dev/null 2>&1 || continue
	# tests/fo renders every case under $LPDOC_WRAP (valgrind) already
	same_twice "$name" "$work/det.pdf" "$LPDOC" render -q "$fo" -o "$work/det.pdf"
	pdf_valid "$name" "$work/det.pdf"
done
for rec in "$root"/data/*/partnership.xml; do
	d=$(dirname "$rec")
	same_twice "view-$(basename "$d")" "$work/det.xml" $LPDOC_WRAP "$LPDOC" view "$d" -o "$work/det.xml"
done

# the document commands, when this build has them: each sample twice
# (without $LPDOC_WRAP: tests/regress/proforma makes these under valgrind,
# and twice more for every school of every sample took ten minutes there)
for rec in "$root"/data/*/partnership.xml; do
	d=$(dirname "$rec")
	for cmd in proforma agreement; do
		"$LPDOC" help $cmd >/dev/null 2>&1 || continue
		# agreement is for partnerships with parties: skip the others
		"$LPDOC" $cmd "$d" -o "$work/det.pdf" >/dev/null 2>&1 || continue
		same_twice "$cmd-$(basename "$d")" "$work/det.pdf" "$LPDOC" $cmd "$d" -o "$work/det.pdf"
		pdf_valid "$cmd-$(basename "$d")" "$work/det.pdf"
	done
done

# every other document kind, on data/example, when this build has it
ex="$root/data/example"
while read -r cmd args; do
	"$LPDOC" help "$cmd" >/dev/null 2>&1 || continue
	name="$cmd$(echo "$args" | tr -d ' -' | sed 's/^/-/')"
	# shellcheck disable=SC2086
	same_twice "$name" "$work/det.pdf" $LPDOC_WRAP "$LPDOC" $cmd "$ex" $args -o "$work/det.pdf"
	pdf_valid "$name" "$work/det.pdf"
done <<EOF_DOCS
minutes --meeting eb-2025-12-02
pack --term 2025-autumn
pack --term 2025-autumn --public
report --year 2025-26
report --year 2025-26 --performance-plan
plan --year 2025-26
EOF_DOCS

# ---- lpdoc check on hostile records (same loader, its own exit codes) ----
check_edit() {
	records_case "$1" "$2"
	sed -i "$5" "$rec"
	check "$1" "$3" "$4" "" $LPDOC_WRAP "$LPDOC" check in/records
}
if "$LPDOC" help check >/dev/null 2>&1; then
	check_edit check-xxe-file members.xml 2 DOCTYPE \
		'1a <!DOCTYPE members [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
	check_edit check-invalid-utf8 people.xml 2 UTF-8 "s/name=\"/name=\"$(printf '\303\050')/"
	check_edit check-absurd-money finance.xml 2 "$ERR" 's/amount="50000"/amount="1e308"/'
fi

# ---- every crash the fuzzers found, replayed ----
MODEL_FILES="partnership.xml members.xml people.xml calendar.xml finance.xml performance.xml plans.xml meetings/eb.xml meetings/other.xml"
for f in "$root"/tests/fuzz/crashes/*/*; do
	[ -f "$f" ] || continue
	harness=$(basename "$(dirname "$f")")
	name="fuzz-$harness-$(basename "$f" | cut -c1-20)"
	new_case "$name"
	case $harness in
	model)
		cp -R "$root/data/example" "$dir/in/records"
		pick=$(( $(od -An -tu1 -N1 "$f") % 9 + 1 ))
		target=$(echo $MODEL_FILES | cut -d' ' -f$pick)
		tail -c +2 "$f" >"$dir/in/records/$target"
		view_case "$name" "0|2" - ;;
	*)
		cp "$f" "$dir/in/doc.fo"
		render_case "$name" "0|2" - ;;
	esac
done

# ---- names from the records used in output file names ----
if "$LPDOC" help proforma >/dev/null 2>&1; then
	records_case proforma-dotdot-name members.xml
	sed -i 's|name="Mill Lane Primary School"|name="../../../../escape/../Mill Lane"|' "$rec"
	check proforma-dotdot-name "0|1" - out/ $LPDOC_WRAP "$LPDOC" proforma in/records --split -o out/
	records_case proforma-dotdot-urn members.xml
	sed -i 's|urn="100001"|urn="../../../escape"|' "$rec"
	check proforma-dotdot-urn "1|2" "$ERR" out/ $LPDOC_WRAP "$LPDOC" proforma in/records --split -o out/
fi

# ==== data safety: records never written, outputs never stale, nothing
# read from outside the partnership folder, sane money, clear messages,
# workers that die with their parent ====

# ---- 1. records never written; nothing replaced that lpdoc did not make ----
GUARD='error: is inside the records folder'
# records_untouched NAME: in/records is still data/example, byte for byte.
records_untouched() {
	diff -r "$root/data/example" "$dir/in/records" >/dev/null || bad "$1" "the records were changed"
}
# guard_case NAME STATUS PATTERN TARGET CMD ARGS...: data/example in
# in/records; lpdoc CMD ARGS -o TARGET must refuse (STATUS, PATTERN),
# write nothing and leave the records alone.
guard_case() {
	name=$1 gst=$2 gpat=$3 target=$4
	shift 4
	records_case "$name" partnership.xml
	[ -n "${guard_setup:-}" ] && (cd "$dir" && eval "$guard_setup")
	check "$name" "$gst" "$gpat" "" $LPDOC_WRAP "$LPDOC" "$@" -o "$target"
	records_untouched "$name"
}
guard_case guard-minutes-over-meetings 2 "$GUARD" in/records/meetings/eb.xml \
	minutes in/records --meeting eb-2025-12-02
guard_case guard-pack-over-partnership 2 "$GUARD" in/records/partnership.xml \
	pack in/records --term 2025-autumn
guard_case guard-view-over-people 2 "$GUARD" in/records/people.xml view in/records
guard_case guard-report-new-in-records 2 "$GUARD" in/records/report.pdf report in/records --year 2025-26
guard_case guard-dotdot 2 "$GUARD" out/../in/records/./finance.xml minutes in/records --meeting eb-2025-12-02
guard_setup='ln -s ../in/records out/link'
guard_case guard-symlink 2 "$GUARD" out/link/calendar.xml view in/records
guard_setup='ln -s ../in/records/members.xml out/members.pdf'
guard_case guard-symlink-file 2 "$GUARD" out/members.pdf agreement in/records
guard_setup=
guard_case guard-compliance 2 "$GUARD" in/records/meetings/compliance.pdf compliance in/records
guard_case guard-review-over-members 2 "$GUARD" in/records/members.xml review in/records
guard_case guard-proforma-split 2 "$GUARD" in/records/proformas proforma in/records --split
guard_case guard-build 2 "$GUARD" in/records/output build -q in/records
# not a file lpdoc made: a text file, a "PDF" that is not one, a FIFO
guard_setup='echo "my notes" >out/notes.txt'
guard_case guard-replace-text 2 "is not a document lpdoc made" out/notes.txt view in/records
[ "$(cat "$dir/out/notes.txt")" = "my notes" ] || bad guard-replace-text "out/notes.txt was changed"
guard_setup='echo "a letter, not a PDF" >out/letter.pdf'
guard_case guard-replace-not-pdf 2 "is not a document lpdoc made" out/letter.pdf \
	minutes in/records --meeting eb-2025-12-02
guard_setup='mkfifo out/fifo'
guard_case guard-replace-fifo 3 "is not a regular file" out/fifo view in/records
[ -p "$dir/out/fifo" ] || bad guard-replace-fifo "the FIFO was replaced"
guard_setup=
new_case guard-render-over-input
fo_doc '<fo:block>x</fo:block>' >"$dir/in/doc.fo"
cp "$dir/in/doc.fo" "$work/doc.fo"
check guard-render-over-input 2 "is the input file" "" $LPDOC_WRAP "$LPDOC" render in/doc.fo -o in/doc.fo
cmp -s "$dir/in/doc.fo" "$work/doc.fo" || bad guard-render-over-input "the input was changed"
# what lpdoc made it replaces: a view over a view, a PDF over a PDF (out/prev.*)
records_case guard-replace-own partnership.xml
check guard-replace-own 0 - out/prev.xml $LPDOC_WRAP "$LPDOC" view in/records -o out/prev.xml

# ---- 2. outputs never stale: the build's lock, content digests ----
# Two builds of different records in folders of the same name into one
# output folder at once, then a build of one alone: every document must be
# that one's (before the lock and the content digests, about one round in
# six left a document of the other records reported "up to date").
race=$work/race
mkdir -p "$race/A" "$race/B"
cp -R "$root/data/example" "$race/A/rlp"
cp -R "$root/data/example" "$race/B/rlp"
# the same length, so that sizes cannot tell the two apart
sed -i 's/Riverside/Riverbend/g' "$race/B/rlp"/*.xml "$race/B/rlp"/meetings/*.xml
rounds=${RACE_ROUNDS:-10} round=0 stale=""
while [ $round -lt "$rounds" ]; do
	rm -rf "$race/out"
	"$LPDOC" build -q "$race/A/rlp" -o "$race/out" >/dev/null 2>&1 &
	ra=$!
	"$LPDOC" build -q "$race/B/rlp" -o "$race/out" >/dev/null 2>&1 &
	rb=$!
	wait $ra; wait $rb
	"$LPDOC" build -q "$race/A/rlp" -o "$race/out" >/dev/null 2>&1
	for f in $(find "$race/out" -name '*.pdf' | sort); do
		pdftotext "$f" - 2>/dev/null | grep -q Riverbend && stale="$stale round $round: ${f#"$race/out/"}"
	done
	round=$((round + 1))
done
if [ -z "$stale" ]; then pass=$((pass + 1)); else bad build-race "documents of the other records after a build of these:$stale"; fi

# A file changed by hand with its size and modification time kept is made
# again (the manifest compared sizes).
new_case build-replaced-same-size
cp -R "$root/data/example" "$dir/in/rlp"
"$LPDOC" build -q "$dir/in/rlp" -o "$dir/out/b" >/dev/null 2>&1
pack=$(find "$dir/out/b" -name '2025-autumn.pdf' | head -1)
if [ -z "$pack" ]; then bad build-replaced-same-size "the first build made no autumn pack"
else
	touch -r "$pack" "$work/stamp"
	printf 'X' | dd of="$pack" bs=1 seek=400 conv=notrunc 2>/dev/null
	touch -r "$work/stamp" "$pack"
	# judged on the records' date (SOURCE_DATE_EPOCH is 2023, before the
	# Board's seats were filled: a vacant seat of MoU 1.1, "will", is an error)
	check build-replaced-same-size 0 - out/b/ $LPDOC_WRAP "$LPDOC" build --today 2025-12-19 "$dir/in/rlp" -o "$dir/out/b"
	grep -qE 'packs/2025-autumn\.pdf +made' "$work/stdout" ||
		bad build-replaced-same-size "a pack changed by hand was taken as up to date: $(grep 2025-autumn.pdf "$work/stdout" | head -1)"
fi

# A second build waits for the first, then gives up with a message.
new_case build-lock-timeout
cp -R "$root/data/example" "$dir/in/rlp"
"$LPDOC" build -q "$dir/in/rlp" -o "$dir/out/b" >/dev/null 2>&1
year=$(dirname "$(find "$dir/out/b" -name .lpdoc-manifest | head -1)")
flock -o "$year" sleep 30 &   # (-o: the lock is flock's own, not sleep's)
holder=$!
sleep 0.3
check build-lock-timeout 3 "another lpdoc build is writing to this folder; waited 1 s" out/b/ \
	env LPDOC_LOCK_WAIT=1 $LPDOC_WRAP "$LPDOC" build --force "$dir/in/rlp" -o "$dir/out/b"
pkill -P "$holder" 2>/dev/null; kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null

# ---- 3. nothing read from outside the partnership folder ----
LOGO_OUT='partnership\.xml:[0-9]+:[0-9]+: error: logo="[^"]*" is outside the partnership folder'
# logo_case NAME STATUS PATTERN LOGO [SETUP]: data/example naming LOGO,
# after SETUP (run in the case's folder); lpdoc check and lpdoc minutes.
logo_case() {
	records_case "$1" partnership.xml
	[ -n "${5:-}" ] && (cd "$dir" && eval "$5")
	sed -i "s|logo=\"logo.png\"|logo=\"$4\"|" "$rec"
	check "$1" "$2" "$3" "" $LPDOC_WRAP "$LPDOC" check in/records
	check "$1-minutes" "$2" "$3" out/prev.pdf $LPDOC_WRAP "$LPDOC" minutes in/records \
		--meeting eb-2025-12-02 -o out/prev.pdf
}
cp "$root/data/example/logo.png" "$work/outside.png"
logo_case logo-dotdot 2 "$LOGO_OUT" "../../../outside.png"
logo_case logo-absolute 2 "$LOGO_OUT" "/etc/passwd"
logo_case logo-symlink 2 "$LOGO_OUT" "logo.png" "rm in/records/logo.png; ln -s $work/outside.png in/records/logo.png"
logo_case logo-file-url 2 'logo="file:///etc/passwd" is a URL' "file:///etc/passwd"
logo_case logo-http-url 2 'logo="http://127.0.0.1:9/x.png" is a URL' "http://127.0.0.1:9/x.png"
logo_case logo-missing 2 'logo="logo.png": no such file in the partnership folder' "logo.png" "rm in/records/logo.png"
logo_case logo-not-image 2 'logo="logo.png" is not a PNG, JPEG or SVG image' "logo.png" "echo text >in/records/logo.png"

# ---- 4. money: no sign where none is allowed, a bound, no overflow ----
view_edit money-negative finance.xml 2 'finance\.xml:[0-9]+:[0-9]+: error: amount="-500" is negative' \
	's/amount="50000"/amount="-500"/'
view_edit money-negative-cost plans.xml 2 'cost="-1" is negative' 's/cost="[0-9.]*"/cost="-1"/'
view_edit money-opening-signed finance.xml 0 - 's/opening="8250.75"/opening="-250.00"/'
view_edit money-over-bound finance.xml 2 'amount="1000000000.01" is too large: an amount is at most £1,000,000,000' \
	's/amount="50000"/amount="1000000000.01"/'
view_edit money-20-digits finance.xml 2 'amount="99999999999999999999" is too large' \
	's/amount="50000"/amount="99999999999999999999"/'
# every amount at the bound: no table column overflows into the next
for sample in example leicester-alliance; do
	records_case "money-largest-$sample" partnership.xml
	rm -rf "$dir/in/records"; cp -R "$root/data/$sample" "$dir/in/records"
	sed -i -E 's/(amount|opening|total|cost)="[0-9.]+"/\1="1000000000"/g' "$dir/in/records"/*.xml
	for cmd in "report --year 2025-26" "plan --year 2025-26" "pack --term 2025-autumn"; do
		# shellcheck disable=SC2086
		"$LPDOC" $cmd "$dir/in/records" -o "$dir/out/big.pdf" >/dev/null 2>&1 || continue
		over=$(pdftotext -bbox "$dir/out/big.pdf" - 2>/dev/null | awk -f "$here/overlap.awk" | head -3)
		if [ -z "$over" ]; then pass=$((pass + 1))
		else bad "money-largest-$sample" "$cmd: text overlaps: $over"; fi
	done
done

# ---- 5. messages that say what is wrong ----
records_case utf16-records people.xml
iconv -f UTF-8 -t UTF-16 "$rec" >"$work/u16" && mv "$work/u16" "$rec"
view_case utf16-records 2 'people\.xml: error: file is UTF-16 text: lpdoc reads UTF-8 only'
records_case big-comment finance.xml
awk 'NR == 1 { print; printf "<!--"; for (i = 0; i < 110000; i++) printf "%0100d", 0; print "-->"; next } { print }' \
	"$rec" >"$work/big" && mv "$work/big" "$rec"
view_case big-comment 2 'Comment too big.*files of up to 64 MB, but a single comment, text, name or attribute value of at most 10 MB'
# A read-only output folder: one message, before anything is rendered.
new_case build-read-only
cp -R "$root/data/example" "$dir/in/rlp"
"$LPDOC" build -q "$dir/in/rlp" -o "$dir/out/b" >/dev/null 2>&1
if [ "$(id -u)" = 0 ]; then
	mount --bind "$dir/out/b" "$dir/out/b" 2>/dev/null && mount -o remount,bind,ro "$dir/out/b" 2>/dev/null && ro=mount
else
	chmod -R a-w "$dir/out/b" && ro=chmod
fi
if [ -n "${ro:-}" ]; then
	check build-read-only 3 "fatal: cannot write in this folder: (Read-only file system|Permission denied); nothing was made" out/b/ \
		$LPDOC_WRAP "$LPDOC" build --force --today 2025-12-19 "$dir/in/rlp" -o "$dir/out/b"
	n=$(grep -cE ': (error|fatal): ' "$work/stderr")
	[ "$n" = 1 ] || bad build-read-only "$n error lines, want 1: $(head -3 "$work/stderr")"
	if [ "$ro" = mount ]; then umount "$dir/out/b"; else chmod -R u+w "$dir/out/b"; fi
else
	echo "SKIP build-read-only (cannot make a read-only folder here)"
fi
ro=

# ---- 6. workers die with their parent ----
new_case worker-death
"$LPDOC" build -q -j 2 "$root/data/liverpool" -o "$dir/out/b" >/dev/null 2>&1 &
bpid=$!
kids="" i=0
while [ $i -lt 200 ] && [ -z "$kids" ]; do kids=$(pgrep -P $bpid); [ -n "$kids" ] || sleep 0.02; i=$((i + 1)); done
if [ -z "$kids" ]; then
	bad worker-death "lpdoc build started no worker"
else
	sleep 0.3
	kill -9 $bpid; wait $bpid 2>/dev/null
	sleep 0.3
	alive=""
	for k in $kids; do
		[ -r "/proc/$k/stat" ] && [ "$(awk '{ print $3 }' "/proc/$k/stat" 2>/dev/null)" != Z ] && alive="$alive $k"
	done
	if [ -z "$alive" ]; then pass=$((pass + 1))
	else bad worker-death "workers$alive still ran after their parent's SIGKILL"; kill -9 $alive 2>/dev/null; fi
fi

echo "hostile: $pass passed, $fail failed, $xfail known gaps"
[ "$fail" = 0 ]
