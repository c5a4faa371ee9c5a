# summary.awk: one line per member from the text (pdftotext) of a
# pro-forma PDF, to compare with the expected file:
#   URN|member|details line|headteacher|chair|pages|clauses|return by|
#   subscription|e-mail|resolution
# URN is "org" for a partner organisation, whose details are its kind;
# subscription: the first amount after "We wish to remain"; e-mail: the
# return address by e-mail; resolution: the label of the decision line;
# return by: "was due by DATE. ..." when the form says the date has passed.
# pages: "N" when the footers read "Page 1 of N" .. "Page N of N" in
# order, else "BAD ..."; clauses: "all N in order" when every clause
# number of the agreement (variable clauses, space-separated) starts a
# line in document order within the school's pages, else the first
# missing one.  A line starting with a number matches it only when the
# number is not followed by another digit or ".digit" ("1" is not "1.1").
function flush() {
	if (urn == "")
		return
	pg = (npage == total && total > 0 && bad == "") ? total : "BAD " bad npage "/" total
	cl = (ci > nclause) ? "all " nclause " in order" : "missing " clause[ci]
	print urn "|" school "|" details "|" head "|" chair "|" pg "|" cl "|" ret "|" subs "|" email "|" res
}
function starts_with_num(line, num,    rest) {
	if (substr(line, 1, length(num)) != num)
		return 0
	rest = substr(line, length(num) + 1)
	return rest !~ /^[0-9]/ && rest !~ /^\.[0-9]/
}
BEGIN {
	nclause = split(clauses, clause, " ")
}
{ sub(/^\f/, "") }
/^Copy for .* \(.*\)$/ {
	flush()
	line = $0
	sub(/^Copy for /, "", line)
	school = line
	sub(/ \([^(]*\)$/, "", school)
	urn = details = line
	sub(/.*\(/, "", urn)
	sub(/\)$/, "", urn)
	if (urn ~ /^URN /) {
		sub(/^URN /, "", urn)
		details = ""
	} else {
		details = urn
		urn = "org"
	}
	head = chair = ret = bad = subs = email = res = ""
	nname = 0; npage = 0; total = 0; ci = 1; remain = 0
	next
}
urn == "" { next }
ci <= nclause && starts_with_num($0, clause[ci]) { ci++ }
/^URN [0-9]+ · / { details = $0 }
/^NAME/ {
	v = $0
	sub(/^NAME ?/, "", v)
	if (++nname == 1) head = v; else chair = v
}
/We wish to remain members/ { remain = 1 }
remain > 0 && remain <= 3 && subs == "" && match($0, /£[0-9][0-9,.]*/) {
	subs = substr($0, RSTART, RLENGTH)
	sub(/[.,]$/, "", subs)
}
remain > 0 { remain++ }
/^or by e-mail/ { email = $0; sub(/.*: /, "", email) }
/RESOLUTION$|DECISION$/ { res = $0 }
/^Please return this pro-forma/ { ret = $0; sub(/^Please return this pro-forma, signed, /, "", ret) }
/^This pro-forma was due back by/ { ret = $0; sub(/^This pro-forma was due back /, "was due ", ret) }
/^Page [0-9]+ of [0-9]+$/ {
	npage++
	if ($2 != npage) bad = bad "page " $2 " at " npage "; "
	if (total == 0) total = $4
	else if ($4 != total) bad = bad "of " $4 "; "
}
END { flush() }
