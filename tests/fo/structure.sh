#!/bin/sh
# Prints the structure elements of a tagged PDF as qpdf's QDF form lists
# them (type per line, alternative text after its element's type), then
# whether pdfinfo calls it tagged.
#   structure.sh FILE.pdf
set -e
qpdf --qdf --object-streams=disable "$1" - | awk '
/^[0-9]+ 0 obj/ { if (s != "") print s (alt != "" ? " alt=" alt : ""); s = ""; alt = "" }
/^  \/S \// { s = substr($2, 2) }
/^  \/Alt / { alt = substr($0, index($0, "/Alt ") + 5) }
END { if (s != "") print s (alt != "" ? " alt=" alt : "") }'
pdfinfo "$1" | grep '^Tagged:'
