#!/bin/sh
# Prints where the links of a PDF lead, one line per link annotation in
# page order: "page P: link to page Q" (internal, through the named
# destination) or "page P: link to URI" (external).  Reads qpdf's QDF form
# (the pages and their annotations: annots.awk).
#   links.sh FILE.pdf
set -e
here=$(cd "$(dirname "$0")" && pwd)
qpdf --qdf --object-streams=disable "$1" - | awk "$(cat "$here/annots.awk")"'
/^[0-9]+ 0 obj/ { innames = 0 }
/^  \/Names \[/ { innames = 1; next }
innames && /^    \(/ { name = $1; getline; getline; destobj[name] = $1; next }
innames && /^  \]/ { innames = 0 }
/^  \/Dest \(/ { dest[obj] = $2 }
/^    \/URI \(/ { uri[obj] = substr($0, index($0, "(") + 1); sub(/\)$/, "", uri[obj]) }
END {
	for (i = 1; i <= n; i++) {
		a = annot[i]
		if (a in uri) print "page " annotpage[a] ": link to " uri[a]
		else if (a in dest) print "page " annotpage[a] ": link to page " pageof[destobj[dest[a]]]
	}
}'
