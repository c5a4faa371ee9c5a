#!/bin/sh
# Regression tests for `lpdoc report` (annual report, --performance-plan)
# and `lpdoc plan` (delivery plan).
#
#  - For every partnership under data/: the view XML of each document the
#    records call for (the annual report for 2025-26; the performance
#    plan when the records have a performance plan; the delivery plan
#    when they have one for 2025-26) must equal NAME.KIND.expected
#    exactly: every count, total, variance, rate and chart position.
#  - Totals add up: budget lines sum to their groups and to the budget,
#    income sources to the income total, reserves close as opening +
#    income - spending, party contributions to the plan's total
#    (checked with xmllint over the view, independently of the C code).
#  - Every chart of a view is an SVG in the FO with a title, a description
#    and an alternative text.
#  - The XSL-FO (--fo) is well-formed XML in the XSL-FO namespace; with
#    FOP_ORACLE=1 Apache FOP 2.8 must also render it (never needed by make check).
#  - The PDF from lpdoc's own engine is valid (qpdf --check), tagged
#    (pdfinfo: Tagged: yes), its charts are vectors (pdfimages -list
#    lists no raster image at all: the SVG is drawn as paths and text,
#    whose chart text must be in the PDF's text), its text (pdftotext)
#    holds the title, and its page count is as expected.
#  - The key figures and totals as the PDF prints them (pdftotext -layout:
#    section headings, the at-a-glance figures, every Total row, the
#    sentences with the year's spending, grants and inspection results)
#    must equal NAME.KIND.figures.expected exactly.
#  - Errors: an unknown year, a year without a delivery plan, a bad
#    --today, missing arguments: exit 2 with a message, no output file.
# Set UPDATE=1 to rewrite the expected files from the current output.
test_name=report; . "$(dirname "$0")/../lib.sh"
. "$root/tests/lib/pdf.sh"
export SOURCE_DATE_EPOCH=1785024000   # 2026-07-26: the samples' as-of dates cap it
YEAR=2025-26


compare_paths=root

xp() { xmllint --xpath "$2" "$1" 2>/dev/null; }

# equal WHAT A B: two numbers (as text) are equal to the penny
equal() {
	if awk -v a="$2" -v b="$3" 'BEGIN { exit !(sprintf("%.2f", a) == sprintf("%.2f", b)) }'; then ok
	else bad "$1: $2 != $3"; fi
}

totals_report() { # totals_report NAME VIEW
	v=$2
	if [ "$(xp "$v" 'string(/*/finance/budget/@recorded)')" = yes ]; then
		equal "$1: budget lines sum to the budget" \
			"$(xp "$v" 'string(sum(/*/finance/budget/group/line/@budget))')" "$(xp "$v" 'string(/*/finance/budget/@budget)')"
		equal "$1: spending by line sums to the total" \
			"$(xp "$v" 'string(sum(/*/finance/budget/group/line/@spent))')" "$(xp "$v" 'string(/*/finance/budget/@spent)')"
		equal "$1: groups sum to the budget" \
			"$(xp "$v" 'string(sum(/*/finance/budget/group/@budget))')" "$(xp "$v" 'string(/*/finance/budget/@budget)')"
	fi
	equal "$1: income sources sum to the total" \
		"$(xp "$v" 'string(sum(/*/finance/income/source/@amount))')" "$(xp "$v" 'string(/*/finance/income/@total)')"
	equal "$1: reserves close as opening + income - spending" \
		"$(xp "$v" 'string(/*/finance/reserves/@opening + /*/finance/reserves/@income - /*/finance/reserves/@spending)')" \
		"$(xp "$v" 'string(/*/finance/reserves/@closing)')"
	equal "$1: outcome counts sum to the schools" \
		"$(xp "$v" 'string(sum(/*/schools/outcome/@count))')" "$(xp "$v" 'string(/*/schools/@schools)')"
	# the direction-of-travel matrix only where the agreement has brokerage
	if [ "$(xp "$v" 'string(/*/schools/@brokerage)')" = yes ]; then
		equal "$1: matrix cells sum to the schools" \
			"$(xp "$v" 'string(sum(/*/schools/outcome/cell/@count))')" "$(xp "$v" 'string(/*/schools/@schools)')"
		equal "$1: brokerage groups count the schools they hold" \
			"$(xp "$v" 'string(sum(/*/schools/outcome/cell[@action = "receive"]/@count))')" \
			"$(xp "$v" 'string(/*/schools/brokerage[@action = "receive"]/@count)')"
	else
		equal "$1: no direction of travel without brokerage" \
			"$(xp "$v" 'string(count(/*/schools/outcome/cell | /*/schools/travel | /*/schools/brokerage))')" 0
	fi
	equal "$1: grants by school sum to the fund's year" \
		"$(xp "$v" 'string(sum(/*/grants/fund/school/@amount))')" "$(xp "$v" 'string(sum(/*/grants/fund/@granted-in-year))')"
	one_membership "$1" "$v"
}

# one_membership NAME VIEW: the member schools counted, the schools whose
# inspections are counted and the membership that members' meetings' quorums
# and turnout are reckoned on are one number on the report's date.
one_membership() {
	n=$(xp "$2" 'string(/*/membership/@schools)')
	[ -n "$n" ] || return 0   # the performance plan has no membership section
	if [ "$(xp "$2" 'count(/*/schools)')" != 0 ]; then
		equal "$1: schools judged are the member schools" "$(xp "$2" 'string(/*/schools/@schools)')" "$n"
	fi
	for b in $(xp "$2" '/*/meetings/body[@members-based="yes"]/@id' | sed 's/ id="\([^"]*\)"/\1 /g'); do
		equal "$1: the $b's membership is the member schools" \
			"$(xp "$2" "string(/*/meetings/body[@id='$b']/@membership)")" "$n"
	done
}

totals_plan() { # totals_plan NAME VIEW
	v=$2
	equal "$1: party totals sum to the total" \
		"$(xp "$v" 'string(sum(/*/contributions/party/@total))')" "$(xp "$v" 'string(/*/contributions/@total)')"
	equal "$1: activity contributions sum to the total" \
		"$(xp "$v" 'string(sum(//activity/@contributions))')" "$(xp "$v" 'string(/*/contributions/@total)')"
	equal "$1: activity shares sum to the total" \
		"$(xp "$v" 'string(sum(//activity/share/@amount))')" "$(xp "$v" 'string(/*/contributions/@total)')"
}

fo_ok() { # fo_ok NAME FO
	if xmllint --noout "$2" 2>/dev/null &&
	   [ "$(xp "$2" 'namespace-uri(/*)')" = "http://www.w3.org/1999/XSL/Format" ]; then ok
	else bad "$1: the XSL-FO is not well-formed FO"; fi
}

# charts_ok NAME VIEW FO: every chart of the view is an SVG in the FO with
# its title, its description and an alternative text
charts_ok() {
	n=$(xp "$2" 'count(//chart)')
	svg=$(grep -c '<svg:svg ' "$3")
	titled=$(grep -c '<svg:title>' "$3")
	alt=$(grep -c '<fo:instream-foreign-object [^>]*fox:alt-text=' "$3")
	if [ "$n" -gt 0 ] && [ "$svg" = "$n" ] && [ "$alt" = "$n" ] && [ "$titled" -ge "$n" ]; then ok
	else bad "$1: $n charts in the view, $svg SVGs, $titled titles, $alt alt texts in the FO"; fi
}

pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }

pdf_ok() { # pdf_ok NAME PDF TITLE [VIEW]
	why=$(pdf_problems "$2") && ok || bad "$1: $why"
	pdftotext "$2" - >"$work/text" 2>/dev/null
	grep -q "$3" "$work/text" && ok || bad "$1: no '$3' in the PDF's text"
	# pdfimages -list: two header lines, then one line per raster image
	# (and its mask); the partnership's logo is one, of its own size
	logo_wh=$(file -b "$root/data/example/logo.png" | sed -n 's/.*, \([0-9]*\) x \([0-9]*\),.*/\1 \2/p')
	n=$(pdfimages -list "$2" 2>/dev/null | tail -n +3 | awk -v wh="$logo_wh" '($4 " " $5) != wh' | wc -l)
	[ "$n" = 0 ] && ok || bad "$1: $n raster images (the charts must be vectors)"
	[ $# -ge 4 ] || return 0
	# the charts' own words (axis labels, legends) are text in the PDF, not pixels
	sel='//chart/text[@cls="legend" or @cls="head" or @cls="label"]'
	n=$(xp "$4" "count($sel)")
	[ "${n:-0}" -gt 0 ] && ok || bad "$1: no chart labels in the view"
	i=1
	while [ "$i" -le "${n:-0}" ]; do
		label=$(xp "$4" "string(($sel)[$i])")
		grep -qF -- "$label" "$work/text" || { bad "$1: chart label '$label' is not text in the PDF"; return; }
		i=$((i + 1))
	done
	ok
}

# figures NAME KIND PDF: the key figures and totals as printed
figures() {
	pdftotext -layout "$3" - 2>/dev/null | sed 's/^ *//; s/ *$//; s/   */ | /g' |
		grep -E '^(Total|All bodies|All member schools|Reserves carried|Share \||[0-9] [A-Z]|Appendix)|spent|totalling|member schools|good or outstanding|contribute|^[£0-9][£0-9,.%]*( \| [£0-9][£0-9,.%]*)+$' \
		>"$work/$1.$2.figures"
	compare "$1 $2: key figures and totals in the PDF" "$here/$1.$2.figures.expected" "$work/$1.$2.figures"
}

# run NAME KIND ARGS...: view, FO and PDF of one document
run() {
	name=$1 kind=$2; shift 2
	v=$work/$name.$kind.xml
	$LPDOC_WRAP "$LPDOC" "$@" --view -o "$v" 2>"$work/err"
	rc=$?
	[ $rc = 0 ] && ok || { bad "$name $kind: --view exit $rc"; cat "$work/err"; return; }
	compare "$name $kind: view" "$here/$name.$kind.expected" "$v"
	$LPDOC_WRAP "$LPDOC" "$@" --fo -o "$work/$name.$kind.fo" 2>/dev/null && ok || bad "$name $kind: --fo"
	fo_ok "$name $kind" "$work/$name.$kind.fo"
	charts_ok "$name $kind" "$v" "$work/$name.$kind.fo"
	if [ -n "${FOP_ORACLE:-}" ]; then   # FOP_ORACLE=1: Apache FOP must accept the FO too
		fop -q -fo "$work/$name.$kind.fo" -pdf "$work/$name.$kind.fop.pdf" >"$work/fop.log" 2>&1 &&
			[ -s "$work/$name.$kind.fop.pdf" ] && ok || { bad "$name $kind: FOP refuses the FO"; grep -m3 -i error "$work/fop.log"; }
	fi
	$LPDOC_WRAP "$LPDOC" "$@" -o "$work/$name.$kind.pdf" 2>/dev/null && ok || bad "$name $kind: PDF"
	echo "$name $kind $(pages "$work/$name.$kind.pdf")" >>"$work/pages"
}

for dir in "$root"/data/*/; do
	dir=${dir%/}
	name=$(basename "$dir")
	[ -f "$dir/partnership.xml" ] || continue
	run "$name" report report "$dir" --year $YEAR
	pdf_ok "$name report" "$work/$name.report.pdf" "Annual Report $YEAR" "$work/$name.report.xml"
	figures "$name" report "$work/$name.report.pdf"
	totals_report "$name report" "$work/$name.report.xml"
	if grep -q '<performance-plan ' "$dir/plans.xml" 2>/dev/null; then
		run "$name" performance-plan report "$dir" --year $YEAR --performance-plan
		pdf_ok "$name performance plan" "$work/$name.performance-plan.pdf" "Annual Performance Plan" "$work/$name.performance-plan.xml"
		figures "$name" performance-plan "$work/$name.performance-plan.pdf"
		totals_report "$name performance plan" "$work/$name.performance-plan.xml"
	fi
	if grep -q "<delivery-plan year=\"$YEAR\"" "$dir/plans.xml" 2>/dev/null; then
		run "$name" plan plan "$dir" --year $YEAR
		pdf_ok "$name plan" "$work/$name.plan.pdf" "Delivery Plan $YEAR" "$work/$name.plan.xml"
		figures "$name" plan "$work/$name.plan.pdf"
		totals_plan "$name plan" "$work/$name.plan.xml"
	fi
done
compare "page counts" "$here/pages.expected" "$work/pages"

# ---- one membership: Leicester Primary's 84 paying schools ----
# The report, the quorum of its last members' meeting of the year (11 March
# 2026, as lpdoc view computes it) and the check's notes agree: six schools
# did not pay their 2025-26 subscription, so they are not members.
lp=$work/leicester-primary.report.xml
[ "$(xp "$lp" 'string(/*/membership/@schools)')" = 84 ] && ok || bad "leicester-primary: $(xp "$lp" 'string(/*/membership/@schools)') member schools, not 84"
[ "$(xp "$lp" 'string(/*/membership/@pupils)')" = 38303 ] && ok || bad "leicester-primary: $(xp "$lp" 'string(/*/membership/@pupils)') pupils, not 38303"
"$LPDOC" view "$root/data/leicester-primary" >"$work/lp-model.xml" 2>/dev/null
equal "leicester-primary: the 11 March 2026 quorum's membership is the report's" \
	"$(xp "$work/lp-model.xml" 'string(//meeting[@body="mm"][@date="2026-03-11"]/@membership)')" "$(xp "$lp" 'string(/*/membership/@schools)')"
unpaid=$("$LPDOC" check "$root/data/leicester-primary" 2>&1 | grep -c 'did not pay its 2025-26 subscription')
equal "leicester-primary: the schools the check finds unpaid are not counted" \
	"$(xp "$work/lp-model.xml" 'count(//members/school)')" "$((84 + unpaid))"
for s in $(xp "$work/lp-model.xml" '//members/school[subscription[@year="2025-26"][not(@paid)]]/@id' | sed 's/ id="\([^"]*\)"/\1 /g'); do
	xp "$lp" "//*[@member='$s']" | grep -q . && bad "leicester-primary: $s has not paid for 2025-26 but the report lists it" || ok
done

# ---- a partnership with no finance, performance or plans still reports ----
cp -R "$root/data/example" "$work/bare"
rm -f "$work/bare/finance.xml" "$work/bare/performance.xml" "$work/bare/plans.xml"
for pp in "" --performance-plan; do
	# shellcheck disable=SC2086
	$LPDOC_WRAP "$LPDOC" report "$work/bare" --year $YEAR $pp --fo -o "$work/bare.fo" 2>/dev/null &&
		ok || bad "bare $pp: exit status"
	fo_ok "bare $pp" "$work/bare.fo"
	if [ -n "${FOP_ORACLE:-}" ]; then
		fop -q -fo "$work/bare.fo" -pdf "$work/bare.pdf" >/dev/null 2>&1 && ok || bad "bare $pp: FOP refuses the FO"
	fi
done

# ---- what the documents say, in the engine's text ----
ex=$root/data/example
$LPDOC_WRAP "$LPDOC" report "$ex" --year $YEAR -o "$work/ex.pdf" 2>/dev/null
pdftotext "$work/ex.pdf" - | grep -E '^[0-9] [A-Z]|spent|member schools|good or outstanding|totalling|granted' >"$work/ex.headings"
compare "example: report headings and figures" "$here/example.headings.expected" "$work/ex.headings"

# ---- one figure, one value: good or outstanding ----
# The at-a-glance share of inspected member schools judged good or outstanding
# on 31 March 2026 and the good-or-outstanding measure for 2025-26 are one value
# in each report (they were 87.1% and 84.1% in Liverpool's); Suffolk's hand-
# recorded 80.3% is kept only as the differing recorded figure, with its source.
for n in liverpool leicester-alliance suffolk; do
	v=$work/$n.report.xml
	equal "$n: the good-or-outstanding measure is the schools' share" \
		"$(xp "$v" 'string(//measure[@id="m-good"]/@current)')" "$(xp "$v" 'string(/*/schools/@good-share)')"
	xp "$v" 'string(//measure[@id="m-good"]/@current-source)' | grep -q '^computed from the inspection records' && ok || bad "$n: the measure does not say it is computed"
done
[ "$(xp "$work/suffolk.report.xml" 'string(//measure[@id="m-good"]/@current-recorded)')" = 80.3 ] && ok || bad "suffolk: the recorded 80.3% is not kept as the differing recorded value"
pdftotext "$work/suffolk.report.pdf" - | tr '\n' ' ' | grep -q '80.3% recorded by hand differs' && ok || bad "suffolk: the PDF does not label the recorded figure"

lvr=$work/liverpool.report.xml
la=$work/leicester-alliance.report.xml
# ---- periods: the meeting records start in September, the year in April ----
# Liverpool's Board met 5 times from 1 September 2025; the report says that its
# meeting figures cover 1 September 2025 to 31 March 2026, not the whole year.
[ "$(xp "$lvr" 'concat(/*/meetings/@from, " ", /*/meetings/@to, " ", /*/meetings/@records-start-late)')" = "2025-09-01 2026-03-31 yes" ] && ok || bad "liverpool: the meeting figures do not say they cover 1 September 2025 to 31 March 2026"
pdftotext "$work/liverpool.report.pdf" - | tr '\n' ' ' | grep -q 'The meeting records begin on 1 September 2025, so the figures in this section cover 1 September 2025 to 31 March 2026, not the whole financial year' && ok || bad "liverpool: the PDF does not say the meeting records start in September"
pdftotext -f 1 -l 1 "$work/liverpool.report.pdf" - | tr -s ' \n' ' ' | grep -q 'meetings held 1 September 2025 to 31 March 2026' && ok || bad "liverpool: the at-a-glance meetings figure does not give its period"
# ---- the Executive Committee's attendance is by party, one nominee each ----
ec_members=$(xp "$la" 'count(/*/meetings/body[@id="ec"]/member)')
ec_parties=$(xp "$la" '/*/meetings/body[@id="ec"]/member/@party' | tr ' ' '\n' | grep -c .)
[ "$ec_members" -gt 0 ] && [ "$ec_parties" = "$ec_members" ] && ok || bad "leicester-alliance: Executive Committee members are not each shown with their party ($ec_parties of $ec_members)"
# ---- the appendix shows the nominating body the records hold, and flags a wrong one ----
[ "$(xp "$lvr" 'string(//board//holder[@person="p-michelle-cooper"]/@nominated-by-name)')" = "Liverpool Association of Secondary Headteachers" ] && ok || bad "liverpool: the appendix does not show LASH as Michelle Cooper's nominating body"
[ "$(xp "$lvr" 'string(//board//holder[@person="p-michelle-cooper"]/@nominator-differs)')" = yes ] && ok || bad "liverpool: the appendix does not flag the nominating body"
[ "$(xp "$lvr" 'count(//board//holder[@nominator-differs])')" = 1 ] && ok || bad "liverpool: the appendix flags other holders"

# ---- decisions of inquorate meetings, with their standing at the year's end ----
# The six-party Executive Committee's meeting of 29 January 2026 was inquorate
# and nothing ratifies its three decisions (one allocates £12,000); Liverpool's
# Board ratified its 3 March decision on 17 March.
[ "$(xp "$la" 'string(/*/meetings/inquorate-decisions/@awaiting)')" = 3 ] && ok || bad "leicester-alliance: decisions awaiting ratification are not 3"
xp "$la" '/*/meetings/inquorate-decisions/decision[@standing="awaiting-ratification"]' | grep -q '£12,000' && ok || bad "leicester-alliance: the £12,000 decision is not listed as awaiting ratification"
pdftotext "$work/leicester-alliance.report.pdf" "$work/la.txt"
grep -q 'Awaiting ratification' "$work/la.txt" && ok || bad "leicester-alliance: the PDF does not list the decisions awaiting ratification"
[ "$(xp "$lvr" 'string(/*/meetings/inquorate-decisions/decision[@date="2026-03-03"]/@standing)')" = ratified ] && ok || bad "liverpool: the 3 March decision is not shown as ratified"
# One section, one period: the example's meeting records begin on 1 September
# 2025, so its decisions of inquorate meetings are counted from that day too
# (they said "From 1 April 2025" under a table covering 1 September onwards),
# and a standing with nothing awaiting says so rather than "0 awaited".
pdftotext "$work/example.report.pdf" - | tr -s ' \n' ' ' >"$work/ex.txt"
grep -q 'From 1 September 2025 to 19 December 2025, 1 decision was taken at a meeting that was not quorate' "$work/ex.txt" && ok || bad "example: the inquorate decisions are not counted over the section's period"
grep -q 'On 19 December 2025, it had been ratified' "$work/ex.txt" && ok || bad "example: the ratified decision's standing does not read as a sentence"
grep -q '0 awaited' "$work/ex.txt" && bad "example: the report says '0 awaited'" || ok
[ "$(xp "$work/suffolk.report.xml" 'string(/*/meetings/inquorate-decisions/@from)')" = "$(xp "$work/suffolk.report.xml" 'string(/*/meetings/@from)')" ] && ok || bad "suffolk: the inquorate decisions' period is not the meetings section's"
# The example's records stop on 19 December 2025, before its year ends: the
# spending and reserves are the year's to date (it said "Reserves carried
# forward on 31 March 2026: £42,401.26" and "In 2025-26 the partnership
# spent"); 8,250.75 + 62,150.50 - 27,999.99 = 42,401.26.
grep -q 'From 1 April 2025 to 19 December 2025 the partnership spent £27,999.99 of its 2025-26 budget of £67,000 (41.8%), approved on 20 March 2025; £39,000.01 of the budget remains.' "$work/ex.txt" && ok || bad "example: the spending sentence does not say it is to 19 December 2025"
grep -q 'Reserves on 19 December 2025 £42,401.26' "$work/ex.txt" && ok || bad "example: the reserves are not given on 19 December 2025"
grep -q 'carried forward on 31 March 2026' "$work/ex.txt" && bad "example: reserves 'carried forward on 31 March 2026' before the year ends" || ok
grep -q 'Reserves carried forward on 31 March 2026' "$work/liverpool.txt" 2>/dev/null || pdftotext "$work/liverpool.report.pdf" - | tr -s ' \n' ' ' | grep -q 'Reserves carried forward on 31 March 2026' && ok || bad "liverpool: a full year's reserves are not carried forward on 31 March 2026"
# A grouping without seats counts its schools: the example's Primary Grouping
# met on 1 October 2025 with the heads of both its schools, 100% attendance
# (the cell was empty, as if nobody's attendance were recorded).
[ "$(xp "$work/example.report.xml" 'string(/*/meetings/body[@id="g-primary"]/@attendance-rate)')" = 100.0 ] && ok || bad "example: the Primary Grouping's attendance is not its schools' (2 of 2)"
# Joiners and leavers as a sentence: "No school joined or left during the
# year." (it said "0 schools joined and 0 left during the year (net +0)").
grep -q 'the partnership had 2 member schools with 735 pupils and 2 partner organisations. No school joined or left during the year.' "$work/ex.txt" && ok || bad "example: the membership sentence"
grep -qE '(^| )0 schools joined|net \+0|1 schools' "$work/ex.txt" && bad "example: the membership sentence gives a zero or wrong plural" || ok

# ---- the compliance section is written for the report's readers ----
# It tells members, governors and the public what the records show, with the
# clauses, not what a tool says to the clerk: no "lpdoc", no "this is the first
# of them; lpdoc review lists them all", no "this LPP meeting" (a record's
# place); Liverpool's members that had not returned their pro-forma are one
# sentence with their number (3 named + 150 counted by lpdoc check).
for n in example leicester-alliance leicester-primary liverpool suffolk; do
	pdftotext "$work/$n.report.pdf" - | tr -s ' \n' ' ' | sed 's/.*How the partnership kept to its agreement//' >"$work/$n.compliance.txt"
	for phrase in lpdoc 'this is the first of them' 'besides those named' 'between this ' 'and this '; do
		grep -qi -- "$phrase" "$work/$n.compliance.txt" && bad "$n: the report's compliance section says '$phrase'" || ok
	done
done
grep -q 'The records for 2025-26 were checked against the Memorandum of Understanding on 24 July 2026' "$work/liverpool.compliance.txt" && ok || bad "liverpool: the compliance section does not say when the records were checked"
grep -q 'MoU 5.1: 153 members had not returned the pro-forma for the December 2025 annual review by 30 January 2026, when it was due' "$work/liverpool.compliance.txt" && ok || bad "liverpool: the compliance section does not give the 153 members without a return in one sentence"
grep -q 'No LPP Strategy Group meeting between the LPP meeting on 11 March 2026 and 5 May 2026' "$work/leicester-primary.compliance.txt" && ok || bad "leicester-primary: the Strategy Group finding does not read for the reader"

# ---- --today moves what is overdue ----
lv=$root/data/liverpool   # act-trk: amber, due 30 June 2026, not done
$LPDOC_WRAP "$LPDOC" plan "$lv" --year $YEAR --today 2026-06-15 --view -o "$work/early.xml" 2>/dev/null
[ "$(xp "$work/early.xml" 'string(//activity[@id="act-trk"]/@status)')" = in-progress ] && ok || bad "--today 2026-06-15: act-trk not in progress"
[ "$(xp "$work/early.xml" 'string(/*/status/@overdue)')" = 0 ] && ok || bad "--today 2026-06-15: overdue count"
$LPDOC_WRAP "$LPDOC" plan "$lv" --year $YEAR --today 2026-07-01 --view -o "$work/late.xml" 2>/dev/null
[ "$(xp "$work/late.xml" 'string(//activity[@id="act-trk"]/@status)')" = overdue ] && ok || bad "--today 2026-07-01: act-trk not overdue"
marks() { xp "$1" 'count(//chart[@id="timeline"]/diamond[@cls="m-overdue"])'; }
[ "$(marks "$work/late.xml")" = $(($(marks "$work/early.xml") + 1)) ] && ok || bad "--today 2026-07-01: no overdue mark on the timeline"
# a milestone done after "today" is not yet done on that day
[ "$(xp "$work/late.xml" 'string(//milestone[@id="ms-cur-2"]/@status)')" = open ] && ok || bad "--today 2026-07-01: ms-cur-2 (done 7 July) not open"

# ---- errors ----
expect_fail() { # expect_fail WHAT MESSAGE-PART ARGS...
	what=$1 msg=$2; shift 2
	rm -f "$work/none.pdf"
	$LPDOC_WRAP "$LPDOC" "$@" 2>"$work/err" >/dev/null
	rc=$?
	[ $rc = 2 ] && ok || bad "$what: exit $rc, not 2"
	grep -q -- "$msg" "$work/err" && ok || { bad "$what: no '$msg' in the message"; cat "$work/err"; }
	[ ! -e "$work/none.pdf" ] && ok || bad "$what: an output file was left"
}
expect_fail "unknown year" "no financial year '2031-32'" report "$ex" --year 2031-32 -o "$work/none.pdf"
expect_fail "no delivery plan" "no <delivery-plan year=\"$YEAR\">" plan "$root/data/leicester-primary" --year $YEAR -o "$work/none.pdf"
expect_fail "no academic year" "no academic year '2031-32'" plan "$ex" --year 2031-32 -o "$work/none.pdf"
expect_fail "bad --today" "--today '2025-02-30'" plan "$ex" --year $YEAR --today 2025-02-30 -o "$work/none.pdf"
expect_fail "no year" "--year" report "$ex" -o "$work/none.pdf"
expect_fail "--fo with --view" "exclude each other" report "$ex" --year $YEAR --fo --view -o "$work/none.pdf"
expect_fail "--performance-plan for plan" "usage" plan "$ex" --year $YEAR --performance-plan -o "$work/none.pdf"

# ---- an output that cannot be written: exit 3, nothing left behind ----
mkdir "$work/ro" && chmod 555 "$work/ro"
for out in "$work/ro/r.pdf" "$work/no/such/dir/r.pdf"; do
	$LPDOC_WRAP "$LPDOC" report "$ex" --year $YEAR -o "$out" >/dev/null 2>&1
	rc=$?
	if [ "$(id -u)" != 0 ] || [ "$out" != "$work/ro/r.pdf" ]; then
		[ $rc = 3 ] && ok || bad "unwritable $out: exit $rc, not 3"
	fi
done
if [ "$(id -u)" != 0 ]; then   # root writes anywhere
	[ -z "$(ls -A "$work/ro")" ] && ok || bad "a temporary file was left in an unwritable folder"
fi
chmod 755 "$work/ro"

suite_end
