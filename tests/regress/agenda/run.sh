#!/bin/sh
# Regression tests for `lpdoc agenda` (notice, agenda and papers pack) and
# `lpdoc interests` (the register of interests).
#
#  - data/liverpool (as of 24 July 2026) plans the autumn term 2026: the
#    Board's October meeting is not the last of the term, so it has no
#    financial report item; its December meeting is, so the item the MoU
#    requires (2.7) is there, with lpdoc's own paper (oct.view.expected,
#    dec.view.expected).  October's reports of the Strategic Groups that
#    meet before it (2.3) are required items.
#  - A required item missing from the planned items: added to the agenda,
#    marked, and `lpdoc check` warns (missing.view.expected, missing.check.expected).
#  - The member pack: the papers' pages are embedded as vectors (their
#    words extract as text), stamped "Item N · Paper Na ... page n of m",
#    page labels match the printed numbers, outline per item and paper,
#    qpdf --check, fonts embedded, tagged.  The public pack has no word
#    of the confidential paper and replaces its item's title.
#  - A paper that is not a readable PDF: error at the <paper>'s line, exit
#    2, nothing written.
#  - lpdoc interests --body eb (interests.view.expected) and its PDF.
# Set UPDATE=1 to rewrite the expected files from the current output.
test_name=agenda; . "$(dirname "$0")/../lib.sh"
. "$root/tests/lib/pdf.sh"
export SOURCE_DATE_EPOCH=1785024000   # 2026-07-26: the samples' as-of dates cap it
compare_paths=work

cp -R "$root/data/liverpool" "$work/liverpool"
cd "$work" || exit 1

# ---- the final meeting of the term gets the financial report ----
"$LPDOC" agenda liverpool --meeting eb-2026-10-13 --view -o oct.xml 2>err && [ ! -s err ] && ok || { bad "october: view"; cat err; }
compare "october: view" "$here/oct.view.expected" oct.xml
grep -q 'kind="financial-report"' oct.xml && bad "october: a financial report item, though December is the term's final meeting" || ok
grep -q 'source="required" title="Report of the Strategic Group: All Learners"' oct.xml && ok || bad "october: no report of the Strategic Group (MoU 2.3)"
"$LPDOC" agenda liverpool --meeting eb-2026-12-08 --view -o dec.xml 2>err && ok || bad "december: view"
compare "december: view" "$here/dec.view.expected" dec.xml
grep -q 'source="required" title="Financial report, autumn term 2026".*cite="MoU 2.7"' dec.xml && ok ||
	bad "december: no financial report item citing MoU 2.7"

# ---- a required item missing: added and warned ----
cp -R liverpool missing
perl -0pi -e 's{\s*<item id="eb-2026-12-08-fin".*?</item>}{}s' missing/meetings/planned.xml
"$LPDOC" agenda missing --meeting eb-2026-12-08 --view -o missing.xml 2>err && ok || bad "missing: view"
compare "missing: view" "$here/missing.view.expected" missing.xml
grep -q 'source="required" title="Financial report" added="yes"' missing.xml && ok || bad "missing: the item is not added"
"$LPDOC" check missing 2>&1 | grep 'planned.xml' >missing.check
compare "missing: check" "$here/missing.check.expected" missing.check

# ---- the other agreements' required items ----
# Leicester Primary: the AGM receives the directors' report and the audited accounts (3.e);
# the six-party agreement: the Meeting of the Parties the delivery plan (5.3) and the
# annual performance plan (6.1).
cp -R "$root/data/leicester-primary" lpp
cat >lpp/meetings/planned.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<meetings>
  <meeting id="agm-2026-07-27" body="agm" date="2026-07-27" start="18:00" kind="agm" status="scheduled"/>
</meetings>
XML
"$LPDOC" agenda lpp --meeting agm-2026-07-27 --view -o lpp.xml 2>err && ok || { bad "lpp: view"; cat err; }
grep -o '<item [^>]*source="required"[^>]*>' lpp.xml | sed 's/ num="[0-9]*"//' >lpp.required
compare "lpp: the AGM's required items" "$here/lpp.required.expected" lpp.required
# the sample's AGM of June 2027 summons the member schools of the day the notice goes out
# (their 2027-28 subscriptions are not paid yet: counted on the meeting's day, none)
"$LPDOC" agenda "$root/data/leicester-primary" --meeting agm-2027-06-24 --view -o agm.xml 2>err && ok || bad "agm: view"
grep -q '<summoned members="schools" count="84" on="2026-07-26"' agm.xml && ok || bad "agm: $(grep -o '<summoned[^>]*>' agm.xml)"
cp -R "$root/data/leicester-alliance" six
cat >six/meetings/planned.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<meetings>
  <meeting id="mp-2027-07-07" body="parties" date="2027-07-07" start="10:00" status="scheduled"/>
</meetings>
XML
"$LPDOC" agenda six --meeting mp-2027-07-07 --view -o six.xml 2>err && ok || { bad "six: view"; cat err; }
grep -o '<item [^>]*source="required"[^>]*>' six.xml | sed 's/ num="[0-9]*"//' >six.required
compare "six: the Meeting of the Parties' required items" "$here/six.required.expected" six.required

# ---- the CEO's decisions since the last meeting (example: MoU 3.2) ----
cp -R "$root/data/example" ceo
perl -0pi -e 's{(<ceo-decision id="cd-001"[^>]*/>)}{$1\n  <ceo-decision id="cd-002" date="2025-12-10" by="p-eve" amount="1200" purpose="Supply cover for a reading visit" line="b-reading"/>}' ceo/finance.xml
cat >ceo/meetings/planned.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<meetings>
  <meeting id="eb-2026-01-20" body="eb" date="2026-01-20" start="16:00" status="scheduled" notice="2026-01-06"/>
</meetings>
XML
"$LPDOC" agenda ceo --meeting eb-2026-01-20 --today 2025-12-19 --view -o ceo.xml 2>err && ok || { bad "ceo: view"; cat err; }
grep -q 'title="Decisions of the CEO since the last meeting" added="yes"' ceo.xml && ok || bad "ceo: no item for the CEO's decisions"
grep -q '<ceo-decision date="2025-12-10".*purpose="Supply cover for a reading visit"' ceo.xml && ok || bad "ceo: the decision is not listed"
grep -q 'purpose="Reading resources for all member schools"' ceo.xml && bad "ceo: a decision reported on 2 December is listed again" || ok

# ---- the member and public packs ----
"$LPDOC" agenda liverpool --meeting eb-2026-10-13 -o member.pdf 2>err && [ ! -s err ] && ok || { bad "member pack: exit"; cat err; }
why=$(pdf_problems member.pdf) && ok || bad "member pack: $why"
pdftotext -layout member.pdf - | sed 's/ *$//' >member.txt
compare "member pack: text" "$here/member.text.expected" member.txt
grep -q 'Fourteen primary schools now use the shared assessment' member.txt && ok ||
	bad "member pack: the embedded paper's words do not extract as text"
grep -q 'That the headteacher of a strong school be seconded' member.txt && ok ||
	bad "member pack: no confidential paper"
[ "$(pdfimages -list member.pdf | tail -n +3 | wc -l)" = 0 ] && ok || bad "member pack: papers embedded as images"
# page labels: i-iii for the notice, agenda and contents, then 1, 2 ... across the papers
qpdf --json --json-key=pagelabels member.pdf | jq -r '.pagelabels[] | "\(.index) \(.label["/S"]) \(.label["/St"])"' >labels.txt
compare "member pack: page labels" "$here/member.labels.expected" labels.txt
pdfinfo member.pdf | grep -q '^Pages: *10$' && ok || bad "member pack: $(pdfinfo member.pdf | grep Pages)"
qpdf --json --json-key=outlines member.pdf | jq -r '.outlines[] | .title, (.kids[] | "  " + .title, (.kids[] | "    " + .title))' >outline.txt
compare "member pack: outline" "$here/member.outline.expected" outline.txt
"$LPDOC" agenda liverpool --meeting eb-2026-10-13 --public -o public.pdf 2>err && ok || bad "public pack: exit"
why=$(pdf_problems public.pdf) && ok || bad "public pack: $why"
pdftotext public.pdf public.txt
grep -qi 'secondment\|seconded' public.txt && bad "public pack: the confidential item or paper is in it" || ok
grep -q 'Confidential item (not for publication)' public.txt && ok || bad "public pack: no placeholder for the confidential item"
grep -q 'Fourteen primary schools' public.txt && ok || bad "public pack: the open papers are missing"

# ---- a paper that is not a readable PDF ----
cp -R liverpool broken
echo "Minutes of a meeting, typed." >broken/papers/delivery-2026-10.pdf
"$LPDOC" agenda broken --meeting eb-2026-10-13 -o broken.pdf 2>broken.err
rc=$?
[ $rc = 2 ] && [ ! -e broken.pdf ] && ok || bad "broken paper: exit $rc, or a PDF written"
compare "broken paper: error" "$here/broken.expected" broken.err

# ---- the register of interests ----
"$LPDOC" interests liverpool --body eb --view -o interests.xml 2>err && ok || bad "interests: view"
compare "interests: view" "$here/interests.view.expected" interests.xml
"$LPDOC" interests liverpool -o interests.pdf 2>err && ok || { bad "interests: PDF"; cat err; }
why=$(pdf_problems interests.pdf) && ok || bad "interests: $why"
"$LPDOC" interests liverpool --body nope -o x.pdf 2>err; [ $? = 2 ] && ok || bad "interests: unknown body"

# ---- lpdoc build: the agendas of the meetings to come, remade when a paper changes ----
cp -R "$root/data/example" example
mkdir example/papers
cp liverpool/papers/delivery-2026-10.pdf example/papers/plan.pdf
cat >example/meetings/planned.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<meetings>
  <meeting id="eb-2026-01-20" body="eb" date="2026-01-20" start="16:00" status="scheduled" notice="2026-01-06">
    <item id="eb-2026-01-20-1" title="Delivery plan: progress" presenter="p-eve" purpose="discussion">
      <paper kind="delivery-plan" title="Progress to January" file="papers/plan.pdf"/>
    </item>
  </meeting>
</meetings>
XML
"$LPDOC" build example -o out >build.txt 2>&1
[ -s out/example/2025-26/agendas/eb-2026-01-20.pdf ] && [ -s out/example/2025-26/agendas/eb-2026-01-20-public.pdf ] &&
	ok || { bad "build: no agenda of the planned meeting"; cat build.txt; }
# the paper revised, with as many pages: the view is the same, the paper is not
sed 's/nine are on track/ten are on track/' liverpool/papers/fo/delivery-2026-10.fo >revised.fo
"$LPDOC" render revised.fo -o example/papers/plan.pdf 2>err || bad "build: render the revised paper"
"$LPDOC" build example -o out >build.txt 2>&1
grep -q ': 2 made, ' build.txt && ok || { bad "build: a paper replaced does not remake its agendas"; tail -1 build.txt; }
pdftotext out/example/2025-26/agendas/eb-2026-01-20.pdf - | grep -q 'ten are on track' && ok ||
	bad "build: the agenda has the old paper"

suite_end
