#!/bin/sh
# Regression tests for `lpdoc review`, the annual review register.
#
#  - data/liverpool (as of 24 July 2026): the December 2025 review by
#    default (renewing 2026-27): seven returns to remain, Dingle Bank's
#    notice in time, Yew Tree Junior's late notice (after 31 January
#    2026), 153 members outstanding.  The view, the PDF's text (pdftotext)
#    and the outline must equal liverpool.view.expected, liverpool.text.expected
#    and liverpool.outline.expected; the same with --year 2026-27.
#  - data/example before and after its return date: a withdrawal made late
#    (the register marks it; lpdoc check reports it), the members not
#    returned with their contacts (example-late.view.expected).
#  - An agreement without an annual review (Suffolk, the six-party
#    agreement): nothing written, one line naming the agreement and the
#    command to use instead, exit 2 (NAME.expected); --year naming no
#    year a review renews: exit 2, nothing written.
#  - Reproducible with SOURCE_DATE_EPOCH.
# Set UPDATE=1 to rewrite the expected files from the current output.
test_name=review; . "$(dirname "$0")/../lib.sh"
. "$root/tests/lib/pdf.sh"
export SOURCE_DATE_EPOCH=1785024000   # 2026-07-26: the samples' as-of dates cap it


# The view names the logo by its absolute path: the copy's folder becomes @WORK@.
compare_paths=work

outline() {
	qpdf --json --json-key=outlines "$1" | jq -r '.outlines[] | .title + " -> page " + (.destpageposfrom1 | tostring)'
}

# ---- Liverpool: the December 2025 review ----
cd "$root/data" || exit 1
$LPDOC_WRAP "$LPDOC" review liverpool --view -o "$work/liverpool.xml" 2>"$work/err"
rc=$?
[ $rc = 0 ] && [ ! -s "$work/err" ] && ok || { bad "liverpool: view exit $rc"; cat "$work/err"; }
compare "liverpool: view" "$here/liverpool.view.expected" "$work/liverpool.xml"
$LPDOC_WRAP "$LPDOC" review liverpool -o "$work/liverpool.pdf" 2>"$work/err"
rc=$?
[ $rc = 0 ] && ok || bad "liverpool: PDF exit $rc"
why=$(pdf_problems "$work/liverpool.pdf") && ok || bad "liverpool: $why"
pdftotext -layout "$work/liverpool.pdf" - | sed 's/ *$//' >"$work/liverpool.txt"
compare "liverpool: the PDF's text" "$here/liverpool.text.expected" "$work/liverpool.txt"
outline "$work/liverpool.pdf" >"$work/liverpool.outline"
compare "liverpool: outline" "$here/liverpool.outline.expected" "$work/liverpool.outline"
"$LPDOC" review liverpool --year 2026-27 --view -o "$work/liverpool-y.xml" 2>/dev/null
cmp -s "$work/liverpool.xml" "$work/liverpool-y.xml" && ok || bad "liverpool: --year 2026-27 is not the default"
"$LPDOC" review liverpool -o "$work/liverpool2.pdf" 2>/dev/null
cmp -s "$work/liverpool.pdf" "$work/liverpool2.pdf" && ok || bad "liverpool: not reproducible"
grep -q '<tally asked="162" asked-schools="152" asked-organisations="10" returned="9" remain="7" withdraw="2" late="1" outstanding="153" unasked="0"/>' "$work/liverpool.xml" &&
	ok || bad "liverpool: tallies"
grep -q 'Not returned (153)' "$work/liverpool.txt" && ok || bad "liverpool: no \"Not returned\" heading"

# ---- the example: a late withdrawal, members not returned ----
cp -R "$root/data/example" "$work/example"
sed -i 's/as-of="2025-12-19"/as-of="2026-02-20"/;' "$work/example/partnership.xml"
# Hilltop pays its subscription, so it is a member the review asked
sed -i 's/<subscription year="2025-26" amount="600"\/>/<subscription year="2025-26" amount="600" paid="2025-09-20"\/>/' "$work/example/members.xml"
sed -i 's/<return member="s-hill" date="2025-12-10"/<return member="s-hill" date="2026-02-16"/;
        s/<withdrawal notice="2025-12-10"/<withdrawal notice="2026-02-16"/' "$work/example/members.xml"
(cd "$work" && "$LPDOC" review example --view -o example.xml 2>err)
[ $? = 0 ] && ok || bad "example: exit $?"
compare "example: late notice, not returned" "$here/example-late.view.expected" "$work/example.xml"
(cd "$work" && "$LPDOC" check example) | grep -c 'review-withdraw-late\|gave notice to withdraw on 16 February 2026' >"$work/n"
[ "$(cat "$work/n")" = 1 ] && ok || bad "example: lpdoc check does not report the late notice once"

# ---- the tiles add up: asked = remain + withdraw + not returned ----
# Hilltop Special School (its 2025-26 subscription unpaid, so not a member
# when the review opened) returned a pro-forma to withdraw: it is listed and
# said not to be counted; the tiles read 4 asked, 1 remain, 0 withdraw, 3 not
# returned (they read 4, 1, 1, 3, which do not add up).
"$LPDOC" review "$root/data/example" --view -o "$work/ex-now.xml" 2>/dev/null
grep -q '<tally asked="4" asked-schools="2" asked-organisations="2" returned="2" remain="1" withdraw="0" late="0" outstanding="3" unasked="1"/>' "$work/ex-now.xml" && ok || bad "example: the tally counts a return from a school the review did not ask"
"$LPDOC" review "$root/data/example" -o "$work/ex-now.pdf" 2>/dev/null
pdftotext "$work/ex-now.pdf" - | tr -s ' \n' ' ' >"$work/ex-now.txt"
grep -q 'Hilltop Special School returned a pro-forma but was not a member when the review opened, so the review did not ask it: its return is listed below and not counted.' "$work/ex-now.txt" && ok || bad "example: the register does not say Hilltop's return is not counted"
grep -q 'Leaves on' "$work/ex-now.txt" && bad "example: a school that is not a member 'leaves'" || ok
grep -q 'Pro-formas are due back by 31 January 2026' "$work/ex-now.txt" && ok || bad "example: the return date ahead is not in the present tense"
# The example's agreement defines a member as a school: the review asked its 2
# member schools and 2 partner organisations (it said "the 4 members").
grep -q 'It asked the 2 member schools and 2 partner organisations on that day' "$work/ex-now.txt" && ok || bad "example: whom the review asked is not in the agreement's words"
for v in "$work/ex-now.xml" "$work/liverpool.xml"; do
	sum=$(xmllint --xpath 'concat(/*/tally/@asked, " ", /*/tally/@remain + /*/tally/@withdraw + /*/tally/@outstanding)' "$v")
	[ "${sum% *}" = "${sum#* }" ] && ok || bad "$v: asked is not remain + withdraw + not returned ($sum)"
done

# ---- no annual review: nothing written, one line why, exit 2 ----
for name in suffolk leicester-alliance; do
	rm -f "$work/none.pdf"
	$LPDOC_WRAP "$LPDOC" review "$name" -o "$work/none.pdf" 2>"$work/$name.err"
	rc=$?
	[ $rc = 2 ] && [ ! -e "$work/none.pdf" ] && ok || bad "$name: exit $rc or a file written"
	compare "$name: the refusal" "$here/$name.expected" "$work/$name.err"
done
"$LPDOC" review liverpool --year 2026 -o "$work/bad.pdf" 2>/dev/null
[ $? = 2 ] && [ ! -e "$work/bad.pdf" ] && ok || bad "--year 2026: not refused"
# Without -o: output/review-register.pdf, its folder made where there is none.
mkdir "$work/fresh"
(cd "$work/fresh" && "$LPDOC" review "$root/data/liverpool" 2>"$work/fresh.err")
rc=$?
[ $rc = 0 ] && [ -s "$work/fresh/output/review-register.pdf" ] && ok ||
	bad "default output in a folder without output/: exit $rc, $(cat "$work/fresh.err")"
"$LPDOC" review >/dev/null 2>&1; [ $? = 2 ] && ok || bad "review without folder"
"$LPDOC" review liverpool --fo --view >/dev/null 2>&1; [ $? = 2 ] && ok || bad "--fo and --view together"

suite_end
