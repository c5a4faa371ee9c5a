#!/bin/sh
# Prints a PDF's text line by line as laid out (pdftotext -layout), runs
# of spaces collapsed (justified lines stretch them) and blank lines
# dropped (pdftotext's guesses at paragraph gaps), for h-*.fo cases.
#   lines.sh FILE.pdf
set -e
pdftotext -q -layout "$1" - | tr -d '\f' | sed 's/  */ /g; s/ *$//; /^$/d'
