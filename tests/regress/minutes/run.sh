#!/bin/sh
# Regression tests for `lpdoc minutes` and `lpdoc pack`.
#
#  - data/example: the view XML and the XSL-FO of every held meeting's
#    minutes and of the autumn term's pack, member and public editions,
#    equal expected/ exactly (as of --today 2025-12-10).
#  - The PDFs our engine makes of them pass qpdf --check, have the
#    expected page counts (expected/pages) and carry the key phrases the
#    engine already renders (title, quorum statement, approval, DRAFT,
#    CONFIDENTIAL); the pack's PDF page labels run i, ii then 1, 2 ...
#  - Confidentiality: a phrase planted in a confidential item is in the
#    member edition and nowhere in the public edition — not in the view,
#    the FO, the PDF's text, nor its uncompressed objects (outline,
#    metadata); likewise every confidential item's title, action and
#    declaration.
#  - Overdue actions follow --today, then SOURCE_DATE_EPOCH; the same
#    records give the same PDF bytes.
#  - Bad input: unknown meeting or term (with a suggestion), a meeting
#    not held, a bad --today, missing options: exit 2; an unwritable
#    output: exit 3 and an earlier file left untouched.
#  - Every sample partnership under data/: the pack of each term (both
#    editions) and the minutes of each held meeting render; no title of a
#    confidential item reaches a public pack.
# Apache FOP is not used here (see fop-oracle.sh).
# Set UPDATE=1 to rewrite the expected files from the current output.
test_name=minutes; . "$(dirname "$0")/../lib.sh"
. "$root/tests/lib/pdf.sh"
export SOURCE_DATE_EPOCH=1765324800   # 2025-12-10
today=2025-12-10
ex=$root/data/example
exp=$here/expected


compare_paths=root

run() { # run WHAT COMMAND...: the lpdoc command must succeed
	run_what=$1; shift
	if $LPDOC_WRAP "$LPDOC" "$@" 2>"$work/err"; then ok; else bad "$run_what: exit $?"; cat "$work/err"; fi
}

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }

# has WHAT FILE PHRASE / lacks WHAT FILE PHRASE (fixed strings)
has() { if grep -qF -- "$3" "$2"; then ok; else bad "$1: '$3' missing"; fi; }
lacks() { if grep -qF -- "$3" "$2"; then bad "$1: '$3' present"; else ok; fi; }

# Every form a PDF's text can take: extracted text, and the objects
# uncompressed (outline titles, metadata, link and destination names).
pdf_dump() { # pdf_dump PDF OUT
	pdftotext "$1" "$2.txt" 2>/dev/null
	qpdf --qdf --object-streams=disable "$1" "$2.qdf" 2>/dev/null
	outline "$1" >"$2.outline"
	{ pdfinfo "$1"; pdfinfo -meta "$1"; } >"$2.info" 2>/dev/null
	cat "$2.txt" "$2.qdf" "$2.outline" "$2.info" >"$2"
}

# The PDF outline, one entry a line, indented by level: "title -> page P"
# (P counts physical pages from 1).
outline() {
	qpdf --json --json-key=outlines "$1" | jq -r '
		def entries(d): .[] | ("  " * d) + .title + " -> page " + (.destpageposfrom1 | tostring),
		                      (.kids | entries(d + 1));
		.outlines | entries(0)'
}

# The label of every page, as a viewer shows it: "page P: LABEL".
labels() {
	qpdf --json --json-key=pagelabels "$1" | jq -r --argjson n "$(pages "$1")" '
		def roman: . as $v | [[1000,"m"],[900,"cm"],[500,"d"],[400,"cd"],[100,"c"],[90,"xc"],
			[50,"l"],[40,"xl"],[10,"x"],[9,"ix"],[5,"v"],[4,"iv"],[1,"i"]]
			| reduce .[] as $p ({n: $v, s: ""}; until(.n < $p[0]; .n -= $p[0] | .s += $p[1])) | .s;
		.pagelabels as $r | range(0; $n) | . as $p
		| ([$r[] | select(.index <= $p)] | last) as $x
		| (($x.label["/St"] // 1) + $p - $x.index) as $v
		| "page \($p + 1): " + ($x.label["/P"] // "") +
		  (if $x.label["/S"] == "/r" then ($v | roman) elif $x.label["/S"] == "/D" then ($v | tostring) else "" end)'
}

# What each page carries: its footer's "Page N of M", the chair's initials
# box, DRAFT (the header's word, a line of its own, and the footer's
# "DRAFT: subject to approval") and the header's CONFIDENTIAL.
marks() { # marks NAME PDF
	mk_n=$(pages "$2") mk_i=1
	while [ "$mk_i" -le "$mk_n" ]; do
		pdftotext -f "$mk_i" -l "$mk_i" "$2" "$work/page.txt"
		printf '%s p%s: %s' "$1" "$mk_i" "$(grep -o 'Page [0-9]* of [0-9]*' "$work/page.txt" | head -1)"
		grep -qF 'CHAIR’S INITIALS' "$work/page.txt" && printf ' | initials'
		grep -qxE '(CONFIDENTIAL · )?DRAFT' "$work/page.txt" &&
			grep -qF 'DRAFT: subject to approval' "$work/page.txt" && printf ' | DRAFT'
		grep -qxE 'CONFIDENTIAL( · DRAFT)?' "$work/page.txt" && printf ' | CONFIDENTIAL'
		echo
		mk_i=$((mk_i + 1))
	done
}

# The navigation of any pack: the pages are labelled i, ii ... over the
# front matter (cover and contents), then 1, 2 ... without a gap to the
# end; every contents entry's link leads to the page whose label its
# number gives; every outline entry leads to a page of the pack.
pack_nav_check() { # pack_nav_check NAME PDF
	labels "$2" >"$work/nav.labels"
	awk '
		/: [ivxlc]+$/ && !dec { front++; next }
		{ dec++; if ($3 != dec) { print "page " $2 " labelled " $3 ", not " dec; exit } }
		END { if (front < 2 || dec < 1) print front " front pages, " dec " body pages" }
	' "$work/nav.labels" >"$work/nav.fail"
	[ -s "$work/nav.fail" ] && { bad "$1: page labels"; cat "$work/nav.fail"; } || ok
	nfront=$(grep -c ': [ivxlc]*$' "$work/nav.labels")
	pdftotext -f 2 -l "$nfront" -layout "$2" - |
		sed -n 's/.*\.\.\.* *\([0-9ivx][0-9ivx]*\)$/\1/p' >"$work/nav.toc"
	sh "$root/tests/fo/links.sh" "$2" |
		awk -v last="$nfront" '{ p = $2; sub(/:/, "", p) } p >= 2 && p <= last && / link to page / { print $NF }' |
		while read -r phys; do sed -n "s/^page $phys: //p" "$work/nav.labels"; done >"$work/nav.links"
	[ -s "$work/nav.toc" ] && cmp -s "$work/nav.toc" "$work/nav.links" && ok ||
		{ bad "$1: contents links do not lead to their pages"; diff "$work/nav.toc" "$work/nav.links" | head -5; }
	n=$(pages "$2")
	outline "$2" | awk -v n="$n" '{ p = $NF } p < 1 || p > n || !/ -> page [0-9]+$/' >"$work/nav.fail"
	[ -s "$work/nav.fail" ] && { bad "$1: outline entries leading nowhere"; head -3 "$work/nav.fail"; } || ok
}

held_meetings() { # ids of the held meetings in folder $1
	"$LPDOC" view "$1" 2>/dev/null | grep -o '<meeting id="[^"]*"[^>]*status="held"' |
		sed 's/<meeting id="//; s/".*//'
}

# ---- data/example: views, FO and PDF of each meeting ----
: >"$work/pages"
: >"$work/marks"
for id in $(held_meetings "$ex"); do
	for ed in member public; do
		flag=; [ $ed = public ] && flag=--public
		name=$id.$ed
		run "$name view" minutes "$ex" --meeting "$id" $flag --today $today --view -o "$work/$name.xml"
		compare "$name: view" "$exp/$name.xml" "$work/$name.xml"
		run "$name fo" minutes "$ex" --meeting "$id" $flag --today $today --fo -o "$work/$name.fo"
		compare "$name: fo" "$exp/$name.fo" "$work/$name.fo"
		run "$name pdf" minutes "$ex" --meeting "$id" $flag --today $today -o "$work/$name.pdf"
		why=$(pdf_problems "$work/$name.pdf") && ok || bad "$name: $why"
		echo "$name $(pages "$work/$name.pdf")" >>"$work/pages"
		marks "$name" "$work/$name.pdf" >>"$work/marks"
		pdftotext "$work/$name.pdf" "$work/$name.txt"
		has "$name" "$work/$name.txt" "Minutes of the"
		# the quorum statement's first words (pdftotext may wrap the rest)
		has "$name" "$work/$name.txt" "$(sed -n 's/.*<quorum [^>]*>\([^;]*\);.*/\1/p' "$work/$name.xml" | head -1)"
	done
	if grep -q 'status="draft"' "$work/$id.member.xml"; then
		has "$id draft" "$work/$id.member.txt" "DRAFT: subject to approval"
		has "$id draft" "$work/$id.member.fo" ">DRAFT</fo:inline>"   # the header's word
	else
		has "$id approved" "$work/$id.member.txt" "Signed as a correct record"
		has "$id approved" "$work/$id.member.txt" "Approved as a correct record at the meeting of"
	fi
done
# Every page of a meeting's minutes: "Page N of M" counting the minutes
# (the confidential minutes count on their own) and the initials box;
# DRAFT on every page of unapproved minutes, CONFIDENTIAL on every page of
# confidential minutes and on no other.  Then the lot exactly as reviewed.
awk '
	!/ initials/ { print "FAIL " $0 ": no initials box" }
	!/ Page [0-9]+ of [0-9]+/ { print "FAIL " $0 ": no page number" }
' "$work/marks" >"$work/marks.fail"
[ -s "$work/marks.fail" ] && { bad "minutes pages"; cat "$work/marks.fail"; } || ok
for id in $(held_meetings "$ex"); do
	for ed in member public; do
		name=$id.$ed
		grep "^$name " "$work/marks" >"$work/m.marks"
		n=$(wc -l <"$work/m.marks")
		ndraft=$(grep -c ' | DRAFT' "$work/m.marks")
		if grep -q 'status="draft"' "$work/$name.xml"; then
			[ "$ndraft" = "$n" ] && ok || bad "$name: DRAFT on $ndraft of $n pages"
		else
			[ "$ndraft" = 0 ] && ok || bad "$name: approved minutes marked DRAFT on $ndraft pages"
		fi
		# the page numbers run 1..M within each set of minutes; the second
		# set (the confidential minutes) is marked CONFIDENTIAL throughout
		awk -v name="$name" '
			{ match($0, /Page [0-9]+ of [0-9]+/); split(substr($0, RSTART, RLENGTH), f, " ")
			  if (f[2] != want + 1) print "FAIL " name ": " $0 ": expected page " want + 1
			  if (f[2] == 1) set++
			  if ((set > 1) != /[|] CONFIDENTIAL/) print "FAIL " name ": " $0 ": CONFIDENTIAL mark wrong"
			  want = (f[2] == f[4]) ? 0 : f[2] }
		' "$work/m.marks" >"$work/m.fail"
		[ -s "$work/m.fail" ] && { bad "$name: page numbers"; cat "$work/m.fail"; } || ok
	done
done
compare "minutes: page marks" "$exp/marks" "$work/marks"
# The example's Board meeting of 7 October 2025 has a confidential item.
has "confidential minutes" "$work/eb-2025-10-07.member.txt" "CONFIDENTIAL: Part II"
has "confidential minutes" "$work/eb-2025-10-07.member.txt" "Confidential minutes of the Executive Board"
has "withheld item" "$work/eb-2025-10-07.public.fo" "Confidential item — not published"
has "weekday date" "$work/eb-2025-10-07.member.txt" "Tuesday 7 October 2025, 16:00 to 17:30"

# ---- data/example: the autumn pack ----
for ed in member public; do
	flag=; [ $ed = public ] && flag=--public
	name=pack-2025-autumn.$ed
	run "$name view" pack "$ex" --term 2025-autumn $flag --today $today --view -o "$work/$name.xml"
	compare "$name: view" "$exp/$name.xml" "$work/$name.xml"
	run "$name fo" pack "$ex" --term 2025-autumn $flag --today $today --fo -o "$work/$name.fo"
	compare "$name: fo" "$exp/$name.fo" "$work/$name.fo"
	run "$name pdf" pack "$ex" --term 2025-autumn $flag --today $today -o "$work/$name.pdf"
	why=$(pdf_problems "$work/$name.pdf") && ok || bad "$name: $why"
	echo "$name $(pages "$work/$name.pdf")" >>"$work/pages"
	pdf_dump "$work/$name.pdf" "$work/$name.dump"
	has "$name" "$work/$name.dump" "Minutes pack"
	has "$name" "$work/$name.dump" "Action tracker"
	# page labels: roman front matter (/S /r), then decimal from 1 (/S /D)
	tr -d '\n' <"$work/$name.dump.qdf" | grep -q '/PageLabels <<  */Nums \[  *0  *<<  */S /r' && ok ||
		bad "$name: front matter not labelled i, ii"
	tr -d '\n' <"$work/$name.dump.qdf" | grep -q '/S /D  */St 1' && ok ||
		bad "$name: body not labelled from 1"
	# page labels, outline (by body, meeting, minute), where the contents
	# and tracker links lead, and each page's marks: exactly as reviewed
	labels "$work/$name.pdf" >"$work/$name.labels"
	compare "$name: page labels" "$exp/$name.labels" "$work/$name.labels"
	compare "$name: outline" "$exp/$name.outline" "$work/$name.dump.outline"
	sh "$root/tests/fo/links.sh" "$work/$name.pdf" >"$work/$name.links"
	compare "$name: links" "$exp/$name.links" "$work/$name.links"
	marks "$name" "$work/$name.pdf" >"$work/$name.marks"
	compare "$name: page marks" "$exp/$name.marks" "$work/$name.marks"
	pack_nav_check "$name" "$work/$name.pdf"
done
"$LPDOC" pack "$ex" --term 2025-autumn --today $today -o "$work/again.pdf" 2>/dev/null
cmp -s "$work/again.pdf" "$work/pack-2025-autumn.member.pdf" && ok || bad "pack: not reproducible"
has "pack member" "$work/pack-2025-autumn.member.dump" "Member edition"
has "pack public" "$work/pack-2025-autumn.public.dump" "Public edition"
compare "page counts" "$exp/pages" "$work/pages"

# ---- nothing confidential in a public edition ----
planted="KestrelQX7731"   # one word: pdftotext cannot wrap it
cp -R "$ex" "$work/planted"
sed -i "s|The Board considered the position of a named school.|& $planted.|" "$work/planted/meetings/eb.xml"
grep -qF "$planted" "$work/planted/meetings/eb.xml" && ok || bad "planting: the phrase was not planted"
for cmd in "minutes --meeting eb-2025-10-07" "pack --term 2025-autumn"; do
	set -- $cmd
	what=$1
	for ed in member public; do
		flag=; [ $ed = public ] && flag=--public
		p=$work/planted-$what.$ed
		run "planted $what $ed" "$@" "$work/planted" $flag --today $today --view -o "$p.xml"
		run "planted $what $ed" "$@" "$work/planted" $flag --today $today --fo -o "$p.fo"
		run "planted $what $ed" "$@" "$work/planted" $flag --today $today -o "$p.pdf"
		pdf_dump "$p.pdf" "$p.dump"
		cat "$p.xml" "$p.fo" "$p.dump" >"$p.all"
	done
	has "planted $what member" "$work/planted-$what.member.all" "$planted"
	has "planted $what member" "$work/planted-$what.member.dump" "$planted"
	for phrase in "$planted" "Support for a school causing concern" "Arrange a support visit" \
	              "Governor of Brookside Academy" "Part II: not for publication"; do
		lacks "planted $what public" "$work/planted-$what.public.all" "$phrase"
	done
	lacks "planted $what public outline" "$work/planted-$what.public.dump.outline" "$planted"
	lacks "planted $what public metadata" "$work/planted-$what.public.dump.info" "$planted"
	has "planted $what public" "$work/planted-$what.public.all" "EB 25/26-003"
done

# ---- the compliance summary is the term's ----
# Liverpool's findings fall in different terms (an inquorate decision in
# the spring, a missing meeting before a summer Board) and outside any
# term (finance, membership, seats): each pack lists its own only.
# A period rule breached in the example's autumn term (the Members'
# Meeting must meet three times a term) is the autumn pack's only.
cp -R "$ex" "$work/rule"
sed -i 's|<meets at-least="1" per="term" clause="1.5"/>|<meets at-least="3" per="term" clause="1.5"/>|' "$work/rule/partnership.xml"
sed -i 's|as-of="2025-12-19"|as-of="2026-08-31"|' "$work/rule/partnership.xml"
: >"$work/compliance"
for t in liverpool:2025-autumn liverpool:2026-spring liverpool:2026-summer rule:2025-autumn rule:2026-spring; do
	d=$root/data/${t%%:*}; [ "${t%%:*}" = rule ] && d=$work/rule
	run "compliance $t" pack "$d" --term "${t#*:}" --today 2026-08-31 --view -o "$work/c.xml"
	{ echo "$t"; grep -E '<compliance|<finding' "$work/c.xml" | sed 's/^ *//'; } >>"$work/compliance"
done
compare "compliance summary by term" "$exp/compliance" "$work/compliance"
[ "$(grep -c 'Members’ Meeting held .* in .* term 2026*5*; the agreement requires at least 3 each term' "$work/compliance")" = 2 ] &&
	ok || bad "compliance: the period rule's breach is not in each term's pack"

# ---- decisions of inquorate meetings: not validly taken, until ratified ----
# Liverpool's Board took a decision on 3 March 2026 with 5 of 16 present
# (quorum 6); its quorate meeting of 17 March ratified it.  Leicester
# Primary's members' meeting of 6 May 2026 (19 of 84, quorum 21) is not ratified.
lv=$root/data/liverpool
# minutes_text WHAT DIR MEETING TODAY NAME: the minutes' PDF text into $work/NAME.txt
minutes_text() {
	run "$1" minutes "$2" --meeting "$3" --today "$4" -o "$work/$5.pdf"
	pdftotext "$work/$5.pdf" "$work/$5.txt"
}
minutes_text "inquorate: 3 March" "$lv" eb-2026-03-03 2026-07-24 lv-0303
has "inquorate: 3 March" "$work/lv-0303.txt" "TAKEN WHILE INQUORATE — SINCE RATIFIED"
has "inquorate: 3 March" "$work/lv-0303.txt" "ratified at the meeting of 17 March 2026"
lacks "inquorate: 3 March" "$work/lv-0303.txt" "RESOLVED"
minutes_text "inquorate: 3 March, before 17 March" "$lv" eb-2026-03-03 2026-03-10 lv-0303e
has "inquorate: 3 March, before 17 March" "$work/lv-0303e.txt" "NOT VALIDLY TAKEN — AWAITING RATIFICATION"
minutes_text "ratifying: 17 March" "$lv" eb-2026-03-17 2026-07-24 lv-0317
has "ratifying: 17 March" "$work/lv-0317.txt" "RATIFIED"
has "ratifying: 17 March" "$work/lv-0317.txt" "ratified the decision taken at its meeting of 3 March 2026"
minutes_text "inquorate: 6 May" "$root/data/leicester-primary" mm-2026-05-06 2026-07-24 lp-0506
[ "$(grep -c 'NOT VALIDLY TAKEN — AWAITING RATIFICATION' "$work/lp-0506.txt")" = 2 ] && ok || bad "inquorate: 6 May: its two decisions are not both marked for ratification"
lacks "inquorate: 6 May" "$work/lp-0506.txt" "RESOLVED"

# the summer pack lists the 6 May decisions as awaiting ratification
run "inquorate: summer pack" pack "$root/data/leicester-primary" --term 2026-summer --today 2026-07-24 --view -o "$work/lp-summer.xml"
[ "$(xmllint --xpath 'string(//inquorate-decisions/@awaiting)' "$work/lp-summer.xml")" = 2 ] && ok || bad "inquorate: summer pack: the two 6 May decisions are not listed as awaiting ratification"

# ---- the pack's financial section, as at the pack's date ----
# Liverpool's spring term (5 January to 27 March 2026), by hand from
# finance.xml: budget 2025-26 £630,500; spent in the term £123,085.24 (staffing
# 3 x £13,850, support £60,200, reading £8,750, tracking £11,000, running
# £1,585.24), in the year to 27 March £462,329.40, remaining £168,170.60; the
# council's £420,000 a year: £105,000 received in the term (15 January), all
# £420,000 in the year; other income £150,562.18 (subscriptions); one CEO
# decision, £12,500 on 12 January, over the £10,000 limit, reported 27 January.
fin() { xmllint --xpath "$2" "$1" 2>/dev/null; }
run "finance: spring pack" pack "$lv" --term 2026-spring --today 2026-03-27 --view -o "$work/lv-spring.xml"
[ "$(fin "$work/lv-spring.xml" 'concat(//finance/@as-of, " ", //finance/@year, " ", //finance/@recorded)')" = "2026-03-27 2025-26 yes" ] && ok || bad "finance: the spring pack's section is not as at 27 March 2026 for 2025-26"
[ "$(fin "$work/lv-spring.xml" 'concat(//finance/budget/@amount, " ", //finance/budget/@spent-term, " ", //finance/budget/@spent-year, " ", //finance/budget/@remaining)')" = "630500.00 123085.24 462329.40 168170.60" ] && ok || bad "finance: the spring budget's totals differ from the records"
[ "$(fin "$work/lv-spring.xml" 'string(//finance/budget/line[starts-with(@name, "Staffing")]/@spent-term)')" = 41550.00 ] && ok || bad "finance: staffing spent in the spring term is not £41,550"
[ "$(fin "$work/lv-spring.xml" 'concat(//finance/income/commitment/@received-term, " ", //finance/income/commitment/@received, " ", //finance/income/commitment/@outstanding, " ", //finance/income/@other)')" = "105000.00 420000.00 0.00 150562.18" ] && ok || bad "finance: income against the council's commitment differs from the records"
[ "$(fin "$work/lv-spring.xml" 'concat(count(//finance/ceo-decisions/decision), " ", //finance/ceo-decisions/decision/@amount, " ", //finance/ceo-decisions/decision/@within-limit, " ", //finance/ceo-decisions/decision/@reported-at)')" = "1 12500.00 no 2026-01-27" ] && ok || bad "finance: the spring term's CEO decision is not the £12,500 over the limit"
run "finance: spring pack pdf" pack "$lv" --term 2026-spring --today 2026-03-27 -o "$work/lv-spring.pdf"
pdftotext -layout "$work/lv-spring.pdf" - | tr -s ' \n' ' ' >"$work/lv-spring.txt"
for figure in "Budget and spending 2025-26, as at 27 March 2026" "Total £630,500 £123,085.24 £462,329.40 £168,170.60" "£420,000 for £105,000 £420,000 £0" "£150,562.18 in 2025-26 to 27 March 2026" "over the £10,000 limit" "1 decision this term, totalling £12,500."; do
	has "finance: spring pack PDF" "$work/lv-spring.txt" "$figure"
done
# as at an earlier date (--today 31 January 2026): January's spending only,
# and the decision reported on 27 January already shown as reported
run "finance: --today" pack "$lv" --term 2026-spring --today 2026-01-31 --view -o "$work/lv-jan.xml"
[ "$(fin "$work/lv-jan.xml" 'concat(//finance/@to, " ", //finance/budget/@spent-term, " ", //finance/budget/@spent-year, " ", //finance/ceo-decisions/decision/@reported-at)')" = "2026-01-31 52983.80 392227.96 2026-01-27" ] && ok || bad "finance: --today 2026-01-31 does not cut the spending at 31 January"
# Income paid into a fund is received against the commitment financing it:
# the example's £10,000 from the council for the Challenge Fund (income i-003,
# fund="f-challenge") counts against the £20,000 Challenge Fund commitment,
# £10,000 to come (it was "other income, not against a commitment").
run "finance: fund income" pack "$root/data/example" --term 2025-autumn --view -o "$work/ex-autumn.xml"
[ "$(fin "$work/ex-autumn.xml" 'concat(//finance/income/commitment[. = "Challenge Fund grants"]/@received, " ", //finance/income/commitment[. = "Challenge Fund grants"]/@outstanding, " ", //finance/income/@other)')" = "10000.00 10000.00 2150.50" ] && ok || bad "finance: the Challenge Fund income is not received against its commitment"
# Suffolk's summer term (financial year 2026-27) has no budget, income,
# spending or CEO decision: the pack says so in words
run "finance: no records" pack "$root/data/suffolk" --term 2026-summer --today 2026-07-22 -o "$work/sf-summer.pdf"
pdftotext "$work/sf-summer.pdf" - | tr -s ' \n' ' ' >"$work/sf-summer.txt"
has "finance: no records" "$work/sf-summer.txt" "No finance records for this term: no budget for 2026-27, and no income, spending or CEO decisions dated from 13 April 2026 to 22 July 2026."
# a pack as at a day before its term begins has no period to report: it
# says the term has not begun, not a range that runs backwards
run "finance: term not begun" pack "$root/data/suffolk" --term 2026-summer --today 2026-04-01 -o "$work/sf-early.pdf"
pdftotext "$work/sf-early.pdf" - | tr -s ' \n' ' ' >"$work/sf-early.txt"
has "finance: term not begun" "$work/sf-early.txt" "Summer term 2026 has not begun on 1 April 2026 (it begins on 13 April 2026): there are no finance records for it yet."
grep -q "to 1 April 2026" "$work/sf-early.txt" && bad "finance: a pack before its term prints a period that runs backwards" || ok
run "finance: no records view" pack "$root/data/suffolk" --term 2026-summer --today 2026-07-22 --view -o "$work/sf-summer.xml"
[ "$(fin "$work/sf-summer.xml" 'string(//finance/@recorded)')" = no ] && ok || bad "finance: Suffolk's summer pack does not say it has no finance records"

# ---- who is there as what: office, seat or party ----
run "as what: Executive Committee" minutes "$root/data/leicester-alliance" --meeting ec-2026-01-29 --today 2026-07-24 --view -o "$work/ec.xml"
[ "$(xmllint --xpath 'count(//attendance/*[self::present or self::apologies][@party])' "$work/ec.xml")" = 6 ] && ok || bad "as what: the six Executive Committee members are not each under their party"
[ "$(xmllint --xpath 'count(//attendance/present[@party][@org-name])' "$work/ec.xml")" = 0 ] && ok || bad "as what: a party's nominee is listed under their school"
minutes_text "as what: CEO" "$root/data/liverpool" eb-2026-03-17 2026-07-24 eb17
has "as what: CEO" "$work/eb17.txt" "Anil Pearson (CEO)"
has "as what: seat" "$work/eb17.txt" "Michelle Cooper, Primary Headteacher"
minutes_text "as what: members' meeting chair" "$root/data/leicester-primary" mm-2026-03-11 2026-07-24 mm
has "as what: members' meeting chair" "$work/mm.txt" "Claire Doyle (Chair)"
run "as what: AGM signature" minutes "$root/data/leicester-primary" --meeting agm-2026-07-01 --today 2026-07-24 --view -o "$work/agm.xml"
[ "$(xmllint --xpath 'string(//approval/@chair-name)' "$work/agm.xml")" = "Claire Doyle" ] && ok || bad "as what: the AGM's signature block has no chair's name"

# ---- overdue actions follow --today, then SOURCE_DATE_EPOCH ----
run "overdue" pack "$ex" --term 2025-autumn --today 2026-02-01 --view -o "$work/late.xml"
has "overdue --today" "$work/late.xml" 'open="0" done="1" dropped="0" overdue="2"'
has "overdue --today" "$work/late.xml" 'state-text="Overdue: due 30 January 2026"'
# without --today the pack is as at the end of its term, however late
# "today" (SOURCE_DATE_EPOCH, 1 February 2026) is: nothing overdue then
SOURCE_DATE_EPOCH=1769904000 run "overdue epoch" pack "$ex" --term 2025-autumn --view -o "$work/late2.xml"
has "as at the end of term, not SOURCE_DATE_EPOCH" "$work/late2.xml" 'overdue="0"'
has "as at the end of term, not SOURCE_DATE_EPOCH" "$work/late2.xml" 'today="2025-12-19"'
has "not overdue" "$work/pack-2025-autumn.member.xml" 'open="2" done="1" dropped="0" overdue="0"'

# ---- bad input ----
expect_fail() { # expect_fail WHAT STATUS MESSAGE COMMAND...
	ef_what=$1 ef_want=$2 ef_msg=$3; shift 3
	$LPDOC_WRAP "$LPDOC" "$@" >/dev/null 2>"$work/err"
	rc=$?
	[ $rc = "$ef_want" ] && ok || bad "$ef_what: exit $rc, want $ef_want"
	grep -qF -- "$ef_msg" "$work/err" && ok || { bad "$ef_what: no '$ef_msg'"; cat "$work/err"; }
}
expect_fail "unknown meeting" 2 "unknown meeting 'eb-2025-10-08'; did you mean 'eb-2025-10-07'?" \
	minutes "$ex" --meeting eb-2025-10-08 -o "$work/x.pdf"
expect_fail "unknown term" 2 "unknown term '2025-autum'; did you mean '2025-autumn'?" \
	pack "$ex" --term 2025-autum -o "$work/x.pdf"
expect_fail "bad --today" 2 "--today '2025-13-01': " \
	minutes "$ex" --meeting eb-2025-10-07 --today 2025-13-01 -o "$work/x.pdf"
expect_fail "no -o" 2 "give one partnership folder, --meeting and -o FILE" minutes "$ex" --meeting eb-2025-10-07
expect_fail "no --term" 2 "give one partnership folder, --term and -o FILE" pack "$ex" -o "$work/x.pdf"
expect_fail "bad folder" 2 "error" pack "$work/nowhere" --term 2025-autumn -o "$work/x.pdf"
cp -R "$ex" "$work/sched"
sed -i 's|<meeting id="eb-2025-12-02" body="eb" date="2025-12-02"|& status="scheduled"|' "$work/sched/meetings/eb.xml"
expect_fail "scheduled meeting" 2 "meeting 'eb-2025-12-02' is scheduled: only a held meeting has minutes" \
	minutes "$work/sched" --meeting eb-2025-12-02 -o "$work/x.pdf"
[ ! -e "$work/x.pdf" ] && ok || bad "a failed run wrote its output"
mkdir "$work/ro" && echo "%PDF-1.5 keep" >"$work/ro/old.pdf" && chmod 555 "$work/ro"
if [ ! -w "$work/ro" ]; then   # (root writes anywhere)
	expect_fail "unwritable" 3 "" minutes "$ex" --meeting eb-2025-10-07 -o "$work/ro/old.pdf"
	[ "$(cat "$work/ro/old.pdf")" = "%PDF-1.5 keep" ] && ok || bad "unwritable: the earlier file was changed"
fi
chmod 755 "$work/ro"
"$LPDOC" minutes --help | grep -q "usage: lpdoc minutes" && ok || bad "minutes --help"
"$LPDOC" pack --help | grep -q "usage: lpdoc pack" && ok || bad "pack --help"

# ---- every sample partnership: every term's pack, every meeting's minutes ----
for dir in "$root"/data/*/; do
	dir=${dir%/}
	name=$(basename "$dir")
	[ -f "$dir/partnership.xml" ] || continue
	"$LPDOC" view "$dir" >"$work/$name.model" 2>/dev/null || { bad "$name: lpdoc view"; continue; }
	# titles of confidential items, which no public pack may show
	grep -o '<item [^>]*confidential="yes"[^>]*>' "$work/$name.model" |
		sed -n 's/.* title="\([^"]*\)".*/\1/p' >"$work/$name.secret"
	for term in $(grep -o '<term id="[^"]*"' "$dir/calendar.xml" | sed 's/.*id="//; s/"//'); do
		for ed in member public; do
			flag=; [ $ed = public ] && flag=--public
			p=$work/$name-$term.$ed
			timeout 60 $LPDOC_WRAP "$LPDOC" pack "$dir" --term "$term" $flag -o "$p.pdf" 2>"$p.err"
			rc=$?
			[ $rc = 0 ] && ok || { bad "$name $term $ed pack: exit $rc"; head -3 "$p.err"; continue; }
			why=$(pdf_problems "$p.pdf") && ok || bad "$name $term $ed pack: $why"
			pack_nav_check "$name $term $ed pack" "$p.pdf"
		done
		pdf_dump "$work/$name-$term.public.pdf" "$work/$name-$term.public.dump"
		while IFS= read -r title; do
			[ -n "$title" ] && lacks "$name $term public pack" "$work/$name-$term.public.dump" "$title"
		done <"$work/$name.secret"
	done
	nbad=0 n=0
	for id in $(held_meetings "$dir"); do
		n=$((n + 1))
		timeout 60 $LPDOC_WRAP "$LPDOC" minutes "$dir" --meeting "$id" -o "$work/m.pdf" 2>/dev/null &&
			pdf_problems "$work/m.pdf" >/dev/null || { nbad=$((nbad + 1)); echo "  $name: $id"; }
	done
	[ $nbad = 0 ] && ok || bad "$name: $nbad of $n meetings' minutes did not render"
done

# ---- names in every script (issue 18) ----
# The example's people and a school renamed in Devanagari, Arabic, Chinese,
# Gurmukhi, Hebrew, Bengali and Gujarati: the Executive Board's minutes
# carry every name, character for character (pdftotext's bidi marks and
# spaces dropped: it moves the space after a right-to-left name), with
# no warning.  Then a private-use character in a name: the minutes and
# `lpdoc check` warn, naming the record's file, line and column.
sc=$work/scripts
cp -R "$ex" "$sc"
sed -i 's/"Ada Lovelace"/"प्रिया शर्मा"/; s/"Ben Okafor"/"محمد عبد الرحيم"/;
	s/"Dee Sharma"/"ਹਰਪ੍ਰੀਤ ਸਿੰਘ"/; s/"Eve Marsh"/"דוד לוי"/; s/"Hal Jones"/"王芳"/' "$sc/people.xml"
sed -i 's/"Mill Lane Primary School"/"মিল লেন Primary School"/' "$sc/members.xml"
sed -i 's/Riverside Education Centre/નવરંગ Education Centre/' "$sc/meetings/eb.xml"
squeeze() { LC_ALL=C sed 's/\xe2\x80[\xaa-\xae]//g' "$1" | tr -d ' \n\f'; }
run "scripts minutes" minutes "$sc" --meeting eb-2025-10-07 --today $today -o "$work/scripts.pdf"
[ -s "$work/err" ] && bad "scripts minutes: warnings" && cat "$work/err"
why=$(pdf_problems "$work/scripts.pdf") && ok || bad "scripts minutes: $why"
pdftotext "$work/scripts.pdf" "$work/scripts.txt"
squeeze "$work/scripts.txt" >"$work/scripts.sq"
for name in "प्रिया शर्मा" "محمد عبد الرحيم" "王芳" "ਹਰਪ੍ਰੀਤ ਸਿੰਘ" "דוד לוי" "মিল লেন Primary School" \
	"નવરંગ Education Centre"; do
	if grep -qF -- "$(printf '%s' "$name" | tr -d ' ')" "$work/scripts.sq"; then ok; else bad "scripts minutes: '$name' missing"; fi
done
has "scripts minutes" "$work/scripts.txt" "प्रिया शर्मा (Chair)"
sed -i '3s/name="\([^"]*\)"/name="\1 \xee\x84\xa3"/' "$sc/people.xml"
pua="people.xml:3:41: warning: no font lpdoc uses has the character U+E123: it prints as an empty box"
$LPDOC_WRAP "$LPDOC" minutes "$sc" --meeting eb-2025-10-07 --today $today -o "$work/pua.pdf" 2>"$work/pua.err" && ok ||
	bad "pua minutes: exit $?"
has "pua minutes" "$work/pua.err" "$sc/$pua"
[ "$(wc -l <"$work/pua.err")" = 1 ] && ok || { bad "pua minutes: other messages"; cat "$work/pua.err"; }
$LPDOC_WRAP "$LPDOC" check "$sc" --today $today >"$work/pua.check" 2>&1
has "pua check" "$work/pua.check" "$sc/$pua"

suite_end
