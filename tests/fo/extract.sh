#!/bin/sh
# Prints what the FO tests compare of a PDF: the page count, then each
# page's text from pdftotext with all white space collapsed, so that line
# breaks inside a page do not count (see README.md in this folder).
#   extract.sh FILE.pdf
set -e
pdf=$1
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
echo "pages $pages"
i=1
while [ "$i" -le "$pages" ]; do
	echo "--- page $i"
	# pdftotext marks right-to-left text with U+202B ... U+202C (not in
	# the PDF): dropped.
	pdftotext -q -f "$i" -l "$i" "$pdf" - | tr -s ' \t\n\f\r' '    ' |
		LC_ALL=C sed 's/\xe2\x80[\xaa-\xae]//g; s/^ *//; s/ *$//'
	echo
	i=$((i + 1))
done
