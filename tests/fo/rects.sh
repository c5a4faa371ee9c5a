#!/bin/sh
# Prints where the link annotations of a PDF are, one line per link in
# page order: "page P: link at X Y", the centre of its rectangle in points
# from the page's bottom-left corner, rounded to 5 points (lpdoc's and
# FOP's rectangles are as tall as the link's text, but cairo's corners
# are whole points).
# Turned pages and containers must carry their links turned with the text.
# Reads qpdf's QDF form (the pages and their annotations: annots.awk).
#   rects.sh FILE.pdf
set -e
here=$(cd "$(dirname "$0")" && pwd)
qpdf --qdf --object-streams=disable "$1" - | awk "$(cat "$here/annots.awk")"'
/^[0-9]+ 0 obj/ { inrect = 0 }
/^  \/Rect \[/ { inrect = 1; k = 0; next }
inrect && /^  \]/ { inrect = 0; next }
inrect { r[obj, k++] = $1 }
/^  \/Subtype \/Link/ { islink[obj] = 1 }
END {
	for (i = 1; i <= n; i++) {
		a = annot[i]
		if (!(a in islink)) continue
		x = (r[a, 0] + r[a, 2]) / 2; y = (r[a, 1] + r[a, 3]) / 2
		printf "page %s: link at %d %d\n", annotpage[a], int(x / 5 + 0.5) * 5, int(y / 5 + 0.5) * 5
	}
}'
