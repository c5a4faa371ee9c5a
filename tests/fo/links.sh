#!/bin/sh
# Prints where the links of a PDF lead, one line per link annotation in
# page order: "page P: link to page Q" (internal, through the named
# destination) or "page P: link to URI" (external).  Reads qpdf's QDF form.
#   links.sh FILE.pdf
set -e
qpdf --qdf --object-streams=disable "$1" - | awk '
/^%% Page [0-9]+$/ { pending = $3 }
/^[0-9]+ 0 obj/ {
	obj = $1; inannots = 0; innames = 0
	if (pending != "") { pageof[obj] = pending; pending = "" }
}
/^  \/Annots \[/ { inannots = 1; next }
inannots && /^    [0-9]+ 0 R/ { n++; annot[n] = $1; annotpage[$1] = pageof[obj]; next }
inannots && /^  \]/ { inannots = 0 }
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
