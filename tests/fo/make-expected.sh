#!/bin/sh
# Regenerates the expected page count and text of every FO test case with
# Apache FOP 2.8, the oracle: cases/NAME.expected.  FOP is needed only
# here, never by run.sh.  Malformed cases (m-*.fo) keep hand-written
# expected diagnostics (m-*.err), and cases with a NAME.nofop file keep
# theirs (FOP as installed cannot lay them out; the file says why).
#   tests/fo/make-expected.sh [NAME...]
set -e
here=$(cd "$(dirname "$0")" && pwd)
command -v fop >/dev/null || { echo "make-expected: fop (Apache FOP 2.8) is not installed" >&2; exit 3; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$here/cases"
if [ $# -gt 0 ]; then set -- $(for n in "$@"; do echo "$n.fo"; done); else set -- [0-9]*.fo; fi
for fo in "$@"; do
	name=${fo%.fo}
	# NAME.nofop: FOP cannot make this case's expectation (the file says why).
	if [ -f "$name.nofop" ]; then echo "make-expected: $name: kept (see $name.nofop)"; continue; fi
	fop -q -fo "$fo" -pdf "$tmp/$name.pdf" >"$tmp/$name.log" 2>&1 || { cat "$tmp/$name.log"; exit 1; }
	"$here/extract.sh" "$tmp/$name.pdf" >"$name.expected"
	# NAME.paint: FOP's painting down the same vertical lines (paint.sh).
	if [ -f "$name.paint" ]; then
		x=$(sed -n '1s/^paint\.sh x //p' "$name.paint")
		"$here/paint.sh" "$tmp/$name.pdf" $x >"$tmp/$name.paint"
		mv "$tmp/$name.paint" "$name.paint"
	fi
	# NAME.rects: where FOP's links are (rects.sh).
	if [ -f "$name.rects" ]; then
		"$here/rects.sh" "$tmp/$name.pdf" >"$tmp/$name.rects"
		mv "$tmp/$name.rects" "$name.rects"
	fi
	# NAME.lines: FOP's text line by line (lines.sh).
	if [ -f "$name.lines" ]; then
		"$here/lines.sh" "$tmp/$name.pdf" >"$tmp/$name.lines"
		mv "$tmp/$name.lines" "$name.lines"
	fi
	echo "make-expected: $name: $(head -1 "$name.expected")"
done
