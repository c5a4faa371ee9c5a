#!/bin/sh
# Prints what is painted down vertical lines of each page of a PDF, for
# backgrounds and borders the text cannot show: at 72 dpi, each pixel of
# the line is W (white) or # (anything painted), runs of the same
# collapsed.  A gap in a background is an extra W; a row drawn too low,
# an extra # (its border).  The first line repeats the arguments, so an
# expectation file says where it looks.
#   paint.sh FILE.pdf X...    (X: points from the page's left edge)
set -e
pdf=$1
shift
echo "paint.sh x $*"
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
i=1
while [ "$i" -le "$pages" ]; do
	for x in "$@"; do
		printf 'page %s x %s: ' "$i" "$x"
		# A binary PPM one pixel wide: the header's four fields, one
		# white-space byte, then R G B per pixel.
		pdftoppm -q -r 72 -f "$i" -l "$i" -x "$x" -y 0 -W 1 -H 100000 "$pdf" |
			od -An -v -tu1 | awk '
			{ for (k = 1; k <= NF; k++) {
				b = $k
				if (fields < 4) {
					if (b == 9 || b == 10 || b == 13 || b == 32) { if (tok) { fields++; tok = 0 } }
					else tok = 1
					continue
				}
				px[n++ % 3] = b
				if (n % 3) continue
				c = (px[0] >= 250 && px[1] >= 250 && px[2] >= 250) ? "W" : "#"
				if (c != last) { out = out c; last = c }
			} }
			END { print out }'
	done
	i=$((i + 1))
done
