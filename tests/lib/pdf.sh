# PDF checks shared by the regression suites: every PDF a suite makes must
# pass them.  Source it (. "$root/tests/lib/pdf.sh"); it defines functions
# only and keeps no state.

# pdf_problems PDF: when PDF is not fit to hand out, prints on one line
# why (qpdf --check fails; fonts not embedded, by name, as pdffonts lists
# them; not a tagged PDF, as pdfinfo says) and returns 1; otherwise prints
# nothing and returns 0.
pdf_problems() {
	_pp=
	qpdf --check "$1" >/dev/null 2>&1 || _pp="qpdf --check fails"
	# pdffonts: two header lines; "emb" is the fifth field from the end
	# (the type may be two words, the object id always is)
	_pf=$(pdffonts "$1" 2>/dev/null | awk 'NR > 2 && $(NF - 4) != "yes" { printf " %s", $1 }')
	[ -n "$_pf" ] && _pp="${_pp:+$_pp; }fonts not embedded:$_pf"
	pdfinfo "$1" 2>/dev/null | grep -q '^Tagged: *yes' || _pp="${_pp:+$_pp; }not tagged"
	[ -z "$_pp" ] && return 0
	echo "$_pp"
	return 1
}
