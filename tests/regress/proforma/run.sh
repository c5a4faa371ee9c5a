#!/bin/sh
# Regression tests for `lpdoc proforma` and `lpdoc agreement`.
#
#  - For every partnership under data/ whose agreement has an annual
#    review (Liverpool's MoU 5.1, the example): the combined PDF is valid
#    (qpdf --check), embeds every font, and its text (pdftotext)
#    summarised per member by summary.awk — details, names, footers
#    "Page 1 of N".."Page N of N", every clause of the agreement in
#    order, return date, subscription, e-mail, resolution line — must
#    equal NAME.expected: the members on the day the review opens,
#    schools then partner organisations.  The same with --split -j 2:
#    one valid file per member, named URN-name.pdf (id-name.pdf for an
#    organisation), the same pages in total; nothing printed when all
#    goes well (not a TTY).
#  - For every other partnership (Suffolk's paper, the six-party
#    agreement, Leicester Primary's membership by subscription): nothing
#    written, exit status 2, and the one line saying why (NAME.expected).
#  - The chase round: --year 2026-27 --outstanding gives the members of
#    the December 2025 review that have not returned their form.
#  - Hostile school names ('/', '..') stay inside the output folder.
#  - One school failing (an unknown URN, an unwritable file) stops
#    nothing else: reported, the others produced, exit status 2.
#  - `lpdoc agreement`: one signature block per party; refused (2) for an
#    agreement without parties.  Reproducible with SOURCE_DATE_EPOCH.
# Set UPDATE=1 to rewrite the expected files from the current output.
test_name=proforma; . "$(dirname "$0")/../lib.sh"
. "$root/tests/lib/pdf.sh"
export SOURCE_DATE_EPOCH=1764547200

check() { # check WHAT COMMAND...: passes when the command succeeds
	what=$1; shift
	if "$@" >/dev/null 2>&1; then ok; else bad "$what"; fi
}

compare_paths=root

clauses_of() {
	grep -o '<clause num="[^"]*"' "$1/partnership.xml" | sed 's/.*num="//; s/"$//' | tr '\n' ' '
}

summary() { # summary PDF DIR
	# (without the bidi marks pdftotext puts around right-to-left names)
	pdftotext "$1" - | LC_ALL=C sed 's/\xe2\x80[\xaa-\xae]//g' |
		awk -v clauses="$(clauses_of "$2")" -f "$here/summary.awk"
}

pdf_ok() { # pdf_ok NAME PDF: valid, fonts embedded, tagged (tests/lib/pdf.sh)
	why=$(pdf_problems "$2") && ok || bad "$1: $why"
}

pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }

# ---- every sample partnership with schools ----
for dir in "$root"/data/*/; do
	dir=${dir%/}
	name=$(basename "$dir")
	[ -f "$dir/members.xml" ] && grep -q '<school ' "$dir/members.xml" || continue
	if ! grep -q '<annual-review ' "$dir/partnership.xml"; then
		# no review: no pro-forma, one line why, exit 2
		rm -rf "$work/none.pdf"
		(cd "$root/data" && $LPDOC_WRAP "$LPDOC" proforma "$name" -o "$work/none.pdf" 2>"$work/$name.err")
		rc=$?
		[ $rc = 2 ] && [ ! -e "$work/none.pdf" ] && ok || bad "$name: no review, but exit $rc or a file written"
		[ "$(wc -l <"$work/$name.err")" = 1 ] && grep -q 'pro-forma' "$work/$name.err" && ok ||
			bad "$name: not one line naming the pro-forma"
		compare "$name: the refusal" "$here/$name.expected" "$work/$name.err"
		continue
	fi
	pdf=$work/$name.pdf
	timeout 120 $LPDOC_WRAP "$LPDOC" proforma "$dir" -o "$pdf" 2>"$work/$name.err"
	rc=$?
	[ $rc = 0 ] && ok || { bad "$name: proforma exit $rc"; cat "$work/$name.err"; continue; }
	pdf_ok "$name" "$pdf"
	summary "$pdf" "$dir" >"$work/$name.summary"
	compare "$name: per-school summary" "$here/$name.expected" "$work/$name.summary"
	total=$(awk -F'|' '{ s += $6 } END { print s }' "$work/$name.summary")
	[ "$(pages "$pdf")" = "$total" ] && ok || bad "$name: $(pages "$pdf") pages, schools' footers add up to $total"

	out=$work/$name-split
	timeout 120 $LPDOC_WRAP "$LPDOC" proforma "$dir" --split -j 2 -o "$out" 2>"$work/$name-split.err"
	rc=$?
	[ $rc = 0 ] && ok || bad "$name: --split exit $rc"
	[ -s "$work/$name-split.err" ] && [ ! -s "$work/$name.err" ] && bad "$name: --split printed something"
	nfiles=$(ls "$out" | wc -l)
	nschools=$(wc -l <"$work/$name.summary")
	[ "$nfiles" = "$nschools" ] && ok || bad "$name: $nfiles files for $nschools schools"
	norgs=$(grep -c '^org|' "$work/$name.summary")
	badnames=$(ls "$out" | grep -cv '^[0-9]\{6,7\}-[a-z0-9-]*\.pdf$')
	[ "$badnames" = "$norgs" ] && ok || bad "$name: $badnames file names not URN-name.pdf, $norgs organisations"
	sum=0 allvalid=1
	for f in "$out"/*.pdf; do
		sum=$((sum + $(pages "$f")))
		why=$(pdf_problems "$f") || { allvalid=0; echo "  $f: $why"; }
	done
	[ "$allvalid" = 1 ] && ok || bad "$name: split files fail the PDF checks"
	[ "$sum" = "$total" ] && ok || bad "$name: split files have $sum pages, combined $total"
	first=$(head -1 "$work/$name.summary" | cut -d'|' -f1)
	f=$(ls "$out"/"$first"-*.pdf)
	summary "$f" "$dir" >"$work/$name-one.summary"
	head -1 "$work/$name.summary" | cmp -s - "$work/$name-one.summary" && ok ||
		bad "$name: split file of $first differs from its part of the combined PDF"
done

# ---- the chase round: the December 2025 review's outstanding members ----
(cd "$root/data" && "$LPDOC" proforma liverpool --year 2026-27 --outstanding -o "$work/chase.pdf" 2>/dev/null)
rc=$?
[ $rc = 0 ] && ok || bad "chase round: exit $rc"
summary "$work/chase.pdf" "$root/data/liverpool" | cut -d'|' -f1,2,8 >"$work/chase.summary"
compare "chase round: outstanding members" "$here/liverpool-chase.expected" "$work/chase.summary"
# returned (St Felix, the City Council, Yew Tree Junior): not chased
grep -q '^921000|\|Liverpool City Council|\|^976942|' "$work/chase.summary" && bad "chase round: a returned member is chased" || ok
# the chase round comes after the return date (30 January 2026; the records
# are as at 24 July 2026): the forms say it has passed and ask for them as
# soon as possible, with a warning naming --return-by
pdftotext "$work/chase.pdf" - | tr '\n' ' ' | grep -q 'This pro-forma was due back by 30 January 2026. Please return it, signed, as soon as possible, to:' &&
	ok || bad "chase round: the forms do not say the return date has passed"
pdftotext "$work/chase.pdf" - | grep -q 'Please return this pro-forma, signed, by 30 January 2026' &&
	bad "chase round: the forms ask for return by a date already past" || ok
(cd "$root/data" && "$LPDOC" proforma liverpool --year 2026-27 --outstanding -o "$work/chase.pdf" 2>&1 >/dev/null) |
	grep -qx "liverpool/partnership.xml:12:3: warning: the pro-formas were due back by 30 January 2026, before the records' as-of date (24 July 2026): they say so and ask for return as soon as possible; give a new date with --return-by YYYY-MM-DD" &&
	ok || bad "chase round: no warning that the return date has passed"
# ... and after the last day for notice (31 January 2026) it no longer offers
# to leave at the end of 2025-26: notice given now takes effect on 31 March 2027
pdftotext "$work/chase.pdf" - | tr '\n' ' ' | grep -q "We give notice to withdraw from Liverpool Learning Partnership. The last day to give notice to leave at the end of 2025-26, 31 January 2026, has passed: notice given now takes effect at the end of the financial year 2026-27, on 31 March 2027." &&
	ok || bad "chase round: the withdrawal option offers a notice date already past"
pdftotext "$work/chase.pdf" - | tr '\n' ' ' | grep -q "this form must reach us by 31 January 2026" &&
	bad "chase round: a form asks to reach us by a notice date already past" || ok
# --return-by gives the chase round a new date
"$LPDOC" proforma "$root/data/liverpool" --year 2026-27 --outstanding --return-by 2026-09-30 -o "$work/chase2.pdf" 2>"$work/chase2.err"
rc=$?
[ $rc = 0 ] && ok || bad "--return-by: exit $rc"
pdftotext "$work/chase2.pdf" - | tr '\n' ' ' | grep -q 'Please return this pro-forma, signed, by 30 September 2026, to:' &&
	ok || bad "--return-by: the forms do not ask for return by 30 September 2026"
grep -q 'due back' "$work/chase2.err" && bad "--return-by: still warns the date has passed" || ok
# a --return-by already past, or not a date: exit 2, nothing written
"$LPDOC" proforma "$root/data/liverpool" --year 2026-27 --outstanding --return-by 2026-01-30 -o "$work/past.pdf" 2>"$work/past.err"
[ $? = 2 ] && [ ! -e "$work/past.pdf" ] && ok || bad "--return-by 2026-01-30: not refused"
grep -qx -- "--return-by: error: 30 January 2026 is before the records' as-of date (24 July 2026): give a date still to come; no pro-forma written" "$work/past.err" &&
	ok || bad "--return-by 2026-01-30: message $(cat "$work/past.err")"
"$LPDOC" proforma "$root/data/liverpool" --return-by 2026-13-01 -o "$work/past.pdf" 2>"$work/past.err"
[ $? = 2 ] && [ ! -e "$work/past.pdf" ] && grep -qx -- "lpdoc proforma: --return-by '2026-13-01': there is no such month; write YYYY-MM-DD" "$work/past.err" &&
	ok || bad "--return-by 2026-13-01: not refused as it should be"
# --year names no review the agreement renews
"$LPDOC" proforma "$root/data/liverpool" --year 2026 -o "$work/bad-year.pdf" >/dev/null 2>&1
[ $? = 2 ] && [ ! -e "$work/bad-year.pdf" ] && ok || bad "--year 2026: not refused"

# ---- hostile school names stay inside the output folder ----
cp -R "$root/data/example" "$work/hostile"
sed -i 's|name="Mill Lane Primary School"|name="../../escaped/Mill Lane"|;
        s|name="Brookside Academy"|name="/tmp/abs/.."|;
        s|name="Hilltop Special School"|name=".."|;
        s|<subscription year="2025-26" amount="600"/>|<subscription year="2025-26" amount="600" paid="2025-11-20"/>|' "$work/hostile/members.xml"
mkdir "$work/hout"
(cd "$work" && $LPDOC_WRAP "$LPDOC" proforma hostile --split -j 2 -o hout 2>/dev/null)
rc=$?
[ $rc = 0 ] && ok || bad "hostile: exit $rc"
[ "$(ls "$work/hout" | tr '\n' ' ')" = "100001-escaped-mill-lane.pdf 100002-tmp-abs.pdf 100003.pdf rcc-riverside-city-council.pdf rha-riverside-headteachers-association.pdf " ] &&
	ok || bad "hostile: file names $(ls "$work/hout" | tr '\n' ' ')"
[ ! -e "$work/escaped" ] && [ ! -e /tmp/abs ] && ok || bad "hostile: a file escaped the output folder"

# ---- one bad school stops nothing else ----
mkdir "$work/fout" "$work/fout/100002-brookside-academy.pdf"
(cd "$root" && $LPDOC_WRAP "$LPDOC" proforma data/example --split -j 2 -o "$work/fout" \
	--school 100001 --school 999999 --school 100002 --school 100003 2>"$work/fail.err")
rc=$?
[ $rc = 3 ] && ok || bad "failing school: exit $rc, want 3 (cannot write)"
grep -q "no school with URN 999999" "$work/fail.err" && ok || bad "failing school: unknown URN not reported"
grep -q "Brookside Academy (URN 100002) was not written" "$work/fail.err" && ok ||
	bad "failing school: unwritable file not reported"
grep -q "1 failed" "$work/fail.err" && ok || bad "failing school: no summary line"
[ -f "$work/fout/100001-mill-lane-primary-school.pdf" ] && [ -f "$work/fout/100003-hilltop-special-school.pdf" ] &&
	ok || bad "failing school: the other schools were not produced"

(cd "$root" && "$LPDOC" proforma data/example --split -o "$work/fout2" --school 999999 --school 100003 2>/dev/null)
rc=$?
[ $rc = 2 ] && [ -f "$work/fout2/100003-hilltop-special-school.pdf" ] && ok || bad "unknown URN: exit $rc, want 2"

# A school with no name (the schema lets name=" " through): reported,
# left out, the others in the combined PDF, exit status 2.
cp -R "$root/data/example" "$work/noname"
sed -i 's|name="Brookside Academy"|name="  "|;
        s|<subscription year="2025-26" amount="600"/>|<subscription year="2025-26" amount="600" paid="2025-11-20"/>|' "$work/noname/members.xml"
(cd "$work" && "$LPDOC" proforma noname -o "$work/noname.pdf" 2>"$work/noname.err")
rc=$?
grep -q 'noname/members.xml:[0-9]*:[0-9]*: error: the school with URN 100002 has no name' "$work/noname.err" &&
	[ $rc = 2 ] && ok || bad "nameless school: exit $rc"
[ "$(summary "$work/noname.pdf" "$work/noname" | cut -d'|' -f1 | tr '\n' ' ')" = "100001 100003 org org " ] && ok ||
	bad "nameless school: the others are not in the PDF"

# ---- agreement signature pages ----
timeout 60 $LPDOC_WRAP "$LPDOC" agreement "$root/data/example" -o "$work/agreement.pdf" 2>"$work/agreement.err"
rc=$?
[ $rc = 0 ] && ok || bad "agreement: exit $rc"
pdf_ok agreement "$work/agreement.pdf"
pdftotext "$work/agreement.pdf" - | tr '\n' ' ' | grep -o 'Signed by _*, duly authorised on behalf of [^(]*(“[A-Z]*”)' >"$work/agreement.sig"
compare "agreement: signature blocks" "$here/agreement-example.expected" "$work/agreement.sig"
n=$(grep -o '<clause num="[^"]*"' "$root/data/example/partnership.xml" | wc -l)
pdftotext "$work/agreement.pdf" - | awk -v clauses="$(clauses_of "$root/data/example")" '
	BEGIN { n = split(clauses, c, " "); i = 1 }
	i <= n && index($0, c[i]) == 1 && substr($0, length(c[i]) + 1) !~ /^\.?[0-9]/ { i++ }
	END { exit i <= n }' && ok || bad "agreement: clauses not all in order"
"$LPDOC" agreement "$root/data/example" -o "$work/agreement2.pdf" 2>/dev/null
cmp -s "$work/agreement.pdf" "$work/agreement2.pdf" && ok || bad "agreement: not reproducible"
for dir in "$root"/data/*/; do
	grep -q '<party ' "$dir/partnership.xml" && continue
	"$LPDOC" agreement "$dir" -o "$work/noparty.pdf" 2>"$work/noparty.err"
	rc=$?
	[ $rc = 2 ] && grep -q 'has no <party> elements' "$work/noparty.err" && [ ! -e "$work/noparty.pdf" ] &&
		ok || bad "agreement without parties ($dir): exit $rc"
	break
done

# ---- --fo writes XSL-FO that lpdoc render typesets the same ----
(cd "$root" && "$LPDOC" proforma data/example --school 100001 --fo -o "$work/one.fo" 2>/dev/null)
grep -q '<fo:root' "$work/one.fo" && ok || bad "--fo: no fo:root"
"$LPDOC" render "$work/one.fo" -o "$work/one-render.pdf" 2>/dev/null
(cd "$root" && "$LPDOC" proforma data/example --school 100001 -o "$work/one.pdf" 2>/dev/null)
[ "$(pdftotext "$work/one.pdf" -)" = "$(pdftotext "$work/one-render.pdf" -)" ] && ok ||
	bad "--fo: rendering the FO gives other text"

# ---- a logo and an outline: in the FO for any processor, and left out
# (with no warning) of PDFs from an engine that lacks them ----
cp -R "$root/data/example" "$work/logo"
# A 1x1 PNG.
printf 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==' |
	base64 -d >"$work/logo/logo.png"
(cd "$work" && "$LPDOC" proforma logo --school 100001 --fo -o "$work/logo.fo" 2>/dev/null)
grep -q "<fo:external-graphic[^>]*src=\"url('$work/logo/logo.png')\"" "$work/logo.fo" && ok ||
	bad "logo: no fo:external-graphic with the absolute file name in the FO"
grep -q '<fo:bookmark-title>Mill Lane Primary School (URN 100001)</fo:bookmark-title>' "$work/logo.fo" && ok ||
	bad "outline: no bookmark for the school in the FO"
(cd "$work" && "$LPDOC" proforma logo --school 100001 -o "$work/logo.pdf" 2>"$work/logo.err")
[ $? = 0 ] && [ ! -s "$work/logo.err" ] && ok || { bad "logo: the PDF run printed"; cat "$work/logo.err"; }
# the engine draws the outline and the logo in our own PDF too
qpdf --json --json-key=outlines "$work/logo.pdf" | grep -q '"title": "Mill Lane Primary School (URN 100001)"' && ok ||
	bad "outline: no bookmark for the school in the PDF"
[ "$(pdfimages -list "$work/logo.pdf" 2>/dev/null | tail -n +3 | wc -l)" -ge 1 ] && ok ||
	bad "logo: no image in the PDF"

# ---- usage errors ----
"$LPDOC" proforma >/dev/null 2>&1; [ $? = 2 ] && ok || bad "proforma without folder"
"$LPDOC" proforma "$root/data/example" -j 0 >/dev/null 2>&1; [ $? = 2 ] && ok || bad "proforma -j 0"
"$LPDOC" agreement "$root/data/example" >/dev/null 2>&1; [ $? = 2 ] && ok || bad "agreement without -o"

suite_end
