#!/bin/sh
# Regression tests of the XSL-FO engine (`lpdoc render`).  For each case:
#   NN-name.fo        page count and per-page text equal NN-name.expected
#                     (made by Apache FOP 2.8 with make-expected.sh; white
#                     space is collapsed per page, so line breaks inside a
#                     page may differ), every font embedded (pdffonts),
#                     qpdf --check clean, SOURCE_DATE_EPOCH byte-identical
#                     output (also drawn on one thread, LPDOC_THREADS=1);
#                     optional .warn (stderr), .info (pdfinfo metadata)
#                     and .labels (PDF page labels) compared exactly.
#   NN-name.links     where each link leads (links.sh), .rects where on
#                     the page it is (rects.sh, FOP's), .outline the
#                     bookmarks (title, open, page), .images the raster
#                     images (pdfimages: vector graphics are not there).
#                     .structure: the tagged PDF's elements and alt text.
#                     .lines: the text line by line (lines.sh), FOP's.
#                     .paint: what is painted down vertical lines of each
#                     page (paint.sh; backgrounds, borders), FOP's.
#                     .fonts: the embedded fonts' names, without subset
#                     tags, sorted (only bundled fonts, SVG text too).
#   w-name.fo         renders (exit 0) with exactly the warnings in .warn.
#   h-name.fo         hand-written expectations, where FOP cannot be the
#                     oracle (hyphenation: FOP's patterns are not lpdoc's):
#                     the text line by line (lines.sh) equals .lines.
#   m-name.fo         malformed: exit 2, stderr exactly .err, no output, an
#                     earlier output file left untouched.
# Needs LPDOC (the binary); prefixes it with $LPDOC_WRAP (make valgrind).
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/pdf.sh"
: "${LPDOC:?set LPDOC to the lpdoc binary}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$here/cases"
fails=0
total=0
export SOURCE_DATE_EPOCH=1700000000
# The leak checkers' suppressions (fontconfig's one-time parse of
# /etc/fonts) are tests/lsan.supp and tests/valgrind.supp, which make passes.
export VALGRIND_OPTS="--show-leak-kinds=definite${VALGRIND_OPTS:+ $VALGRIND_OPTS}"

fail() {
	echo "FAIL $1: $2"
	fails=$((fails + 1))
}

render() {  # render IN OUT STDERR: runs lpdoc, returns its status
	${LPDOC_WRAP:-} "$LPDOC" render "$1" -o "$2" 2>"$3"
}

check_pdf() {  # name pdf: valid, fonts embedded, tagged (tests/lib/pdf.sh)
	why=$(pdf_problems "$2") || fail "$1" "$why"
}

paint_x() {  # FILE.paint: where its lines are (its first line: "paint.sh x X...")
	sed -n '1s/^paint\.sh x //p' "$1"
}

check_extras() {  # name pdf stderr
	name=$1 pdf=$2 err=$3
	if [ -f "$name.warn" ]; then
		diff -u "$name.warn" "$err" >"$tmp/d" || { fail "$name" "warnings differ"; cat "$tmp/d"; }
	elif [ -s "$err" ]; then
		fail "$name" "unexpected diagnostics"; cat "$err"
	fi
	if [ -f "$name.info" ]; then
		pdfinfo "$pdf" | grep -E '^(Title|Author|Subject|Keywords|CreationDate):' >"$tmp/info"
		diff -u "$name.info" "$tmp/info" >"$tmp/d" || { fail "$name" "metadata differs"; cat "$tmp/d"; }
	fi
	if [ -f "$name.labels" ]; then
		qpdf --json --json-key=pagelabels "$pdf" >"$tmp/labels"
		diff -u "$name.labels" "$tmp/labels" >"$tmp/d" || { fail "$name" "page labels differ"; cat "$tmp/d"; }
	fi
	if [ -f "$name.links" ]; then
		"$here/links.sh" "$pdf" >"$tmp/links"
		diff -u "$name.links" "$tmp/links" >"$tmp/d" || { fail "$name" "links differ"; cat "$tmp/d"; }
	fi
	if [ -f "$name.rects" ]; then
		"$here/rects.sh" "$pdf" >"$tmp/rects"
		diff -u "$name.rects" "$tmp/rects" >"$tmp/d" || { fail "$name" "links are elsewhere"; cat "$tmp/d"; }
	fi
	if [ -f "$name.outline" ]; then
		qpdf --json --json-key=outlines "$pdf" | grep -E '"(title|open|destpageposfrom1)"' >"$tmp/outline"
		diff -u "$name.outline" "$tmp/outline" >"$tmp/d" || { fail "$name" "outline differs"; cat "$tmp/d"; }
	fi
	if [ -f "$name.structure" ]; then
		"$here/structure.sh" "$pdf" >"$tmp/structure"
		diff -u "$name.structure" "$tmp/structure" >"$tmp/d" || { fail "$name" "structure tree differs"; cat "$tmp/d"; }
	fi
	if [ -f "$name.fonts" ]; then
		pdffonts "$pdf" | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }' | sort -u >"$tmp/fonts"
		diff -u "$name.fonts" "$tmp/fonts" >"$tmp/d" || { fail "$name" "fonts differ"; cat "$tmp/d"; }
	fi
	if [ -f "$name.paint" ]; then
		"$here/paint.sh" "$pdf" $(paint_x "$name.paint") >"$tmp/paint"
		diff -u "$name.paint" "$tmp/paint" >"$tmp/d" || { fail "$name" "painting differs"; cat "$tmp/d"; }
	fi
	if [ -f "$name.lines" ]; then
		"$here/lines.sh" "$pdf" >"$tmp/lines"
		diff -u "$name.lines" "$tmp/lines" >"$tmp/d" || { fail "$name" "lines differ"; cat "$tmp/d"; }
	fi
	if [ -f "$name.images" ]; then
		pdfimages -list "$pdf" | awk 'NR > 2 { print $1, $3, $4, $5, $9 }' >"$tmp/images"
		diff -u "$name.images" "$tmp/images" >"$tmp/d" || { fail "$name" "raster images differ"; cat "$tmp/d"; }
	fi
}

for fo in [0-9]*.fo; do
	name=${fo%.fo}
	total=$((total + 1))
	if ! render "$fo" "$tmp/$name.pdf" "$tmp/$name.err"; then
		fail "$name" "lpdoc render failed"; cat "$tmp/$name.err"; continue
	fi
	"$here/extract.sh" "$tmp/$name.pdf" >"$tmp/$name.txt"
	diff -u "$name.expected" "$tmp/$name.txt" >"$tmp/d" || { fail "$name" "pages or text differ from FOP"; head -40 "$tmp/d"; }
	check_pdf "$name" "$tmp/$name.pdf"
	check_extras "$name" "$tmp/$name.pdf" "$tmp/$name.err"
	# again, drawn on the layout's thread: the same bytes
	LPDOC_THREADS=1 render "$fo" "$tmp/$name.again.pdf" /dev/null
	cmp -s "$tmp/$name.pdf" "$tmp/$name.again.pdf" ||
		fail "$name" "output is not reproducible (second run with LPDOC_THREADS=1)"
done

for fo in w-*.fo; do
	name=${fo%.fo}
	total=$((total + 1))
	render "$fo" "$tmp/$name.pdf" "$tmp/$name.err" || { fail "$name" "exit status $?"; continue; }
	check_pdf "$name" "$tmp/$name.pdf"
	check_extras "$name" "$tmp/$name.pdf" "$tmp/$name.err"
done

for fo in h-*.fo; do
	name=${fo%.fo}
	total=$((total + 1))
	render "$fo" "$tmp/$name.pdf" "$tmp/$name.err" || { fail "$name" "exit status $?"; continue; }
	[ -f "$name.lines" ] || fail "$name" "no $name.lines"
	check_pdf "$name" "$tmp/$name.pdf"
	check_extras "$name" "$tmp/$name.pdf" "$tmp/$name.err"
done

for fo in m-*.fo; do
	name=${fo%.fo}
	total=$((total + 1))
	echo "%PDF-1.5 earlier output" >"$tmp/keep.pdf"   # (a PDF: lpdoc replaces nothing else)
	render "$fo" "$tmp/keep.pdf" "$tmp/$name.err"
	status=$?
	[ "$status" = 2 ] || fail "$name" "exit status $status, expected 2"
	diff -u "$name.err" "$tmp/$name.err" >"$tmp/d" || { fail "$name" "diagnostics differ"; cat "$tmp/d"; }
	[ "$(cat "$tmp/keep.pdf")" = "%PDF-1.5 earlier output" ] || fail "$name" "the earlier output was touched"
	render "$fo" "$tmp/$name.pdf" /dev/null
	[ ! -e "$tmp/$name.pdf" ] || fail "$name" "an output file was written"
done

# The DRAFT watermark (an absolutely positioned block-container in static
# content) is on every page.
total=$((total + 1))
${LPDOC_WRAP:-} "$LPDOC" render 21-watermark.fo -o "$tmp/wm.pdf" 2>/dev/null
"$here/extract.sh" "$tmp/wm.pdf" | awk '/^--- page/ { getline; n++; if ($0 !~ /DRAFT/) bad = 1 } END { exit bad || n < 2 }' ||
	fail watermark "a page without the DRAFT watermark"

# Regions are painted before, start, body, end, after (as FOP does): the
# header's watermark comes before the body text in the content stream.
total=$((total + 1))
${LPDOC_WRAP:-} "$LPDOC" render x-paint-order.fo -o "$tmp/order.pdf" 2>/dev/null
[ "$(pdftotext -raw "$tmp/order.pdf" - | tr -s '\n\f' ' ')" = "Header DRAFT THIS TEXT MUST STAY VISIBLE OVER THE DRAFT MARK " ] ||
	fail paint-order "the body is not painted over the header's watermark"

# Table borders: each fill is one rectangle (viewers align those to pixels,
# so thin borders stay sharp), and a row's border segments in one colour
# are joined (40-table-long made 3,632 fills when each cell drew its own).
total=$((total + 1))
${LPDOC_WRAP:-} "$LPDOC" render 40-table-long.fo -o "$tmp/fills.pdf" 2>/dev/null
qpdf --qdf --object-streams=disable "$tmp/fills.pdf" "$tmp/fills.qdf" 2>/dev/null
fills=$(grep -a -c ' re f$' "$tmp/fills.qdf")
joint=$(grep -a -c ' re$' "$tmp/fills.qdf")
[ "$joint" = 0 ] && [ "$fills" -gt 0 ] && [ "$fills" -lt 2000 ] ||
	fail fills "$fills fills of one rectangle, $joint rectangles filled with others"

# Standard input and standard output.
total=$((total + 1))
${LPDOC_WRAP:-} "$LPDOC" render - -o - <01-fonts.fo >"$tmp/stdio.pdf" 2>"$tmp/stdio.err" &&
	"$here/extract.sh" "$tmp/stdio.pdf" | cmp -s - 01-fonts.expected || fail stdio "render - -o - differs"

# The system's fontconfig configuration is never loaded (fo_fonts_isolate):
# a broken one is not even noticed, and the PDF is the same.
total=$((total + 1))
FONTCONFIG_FILE=/nonexistent/fonts.conf ${LPDOC_WRAP:-} "$LPDOC" render 01-fonts.fo \
	-o "$tmp/isolated.pdf" 2>"$tmp/isolated.err"
{ [ ! -s "$tmp/isolated.err" ] && cmp -s "$tmp/isolated.pdf" "$tmp/01-fonts.pdf"; } ||
	{ fail isolated "the system's fontconfig configuration was read"; cat "$tmp/isolated.err"; }

# "Page X of Y" waits for the last page without a second layout pass.
total=$((total + 1))
${LPDOC_WRAP:-} "$LPDOC" render -s 11-page-numbers.fo -o "$tmp/passes.pdf" 2>"$tmp/passes.err"
grep -q ' 1 pass,' "$tmp/passes.err" || { fail passes "page X of Y took more than one pass"; cat "$tmp/passes.err"; }

# -W: warnings become errors, so nothing is written.
total=$((total + 1))
${LPDOC_WRAP:-} "$LPDOC" render -W w-unknown.fo -o "$tmp/werror.pdf" 2>/dev/null
status=$?
[ "$status" = 2 ] && [ ! -e "$tmp/werror.pdf" ] || fail werror "-W: exit $status, or output written"

# Usage errors exit 2.
total=$((total + 1))
${LPDOC_WRAP:-} "$LPDOC" render 01-fonts.fo >/dev/null 2>&1
[ $? = 2 ] || fail usage "render without -o should exit 2"

echo "fo: $((total - fails))/$total passed"
[ "$fails" = 0 ]
