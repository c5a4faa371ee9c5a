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

ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }

compare() { # compare WHAT EXPECTED ACTUAL
	[ "${UPDATE:-}" = 1 ] && cp "$3" "$2"
	if cmp -s "$2" "$3"; then ok; else bad "$1"; diff -u "$2" "$3" | head -20; fi
}

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
expect_fail "bad --today" 2 "'2025-13-01' is not a date" \
	minutes "$ex" --meeting eb-2025-10-07 --today 2025-13-01 -o "$work/x.pdf"
expect_fail "no -o" 2 "give one partnership folder, --meeting and -o FILE" minutes "$ex" --meeting eb-2025-10-07
expect_fail "no --term" 2 "give one partnership folder, --term and -o FILE" pack "$ex" -o "$work/x.pdf"
expect_fail "bad folder" 2 "error" pack "$work/nowhere" --term 2025-autumn -o "$work/x.pdf"
cp -R "$ex" "$work/sched"
sed -i 's|<meeting id="eb-2025-12-02" body="eb" date="2025-12-02"|& status="scheduled"|' "$work/sched/meetings/eb.xml"
expect_fail "scheduled meeting" 2 "meeting 'eb-2025-12-02' is scheduled: only a held meeting has minutes" \
	minutes "$work/sched" --meeting eb-2025-12-02 -o "$work/x.pdf"
[ ! -e "$work/x.pdf" ] && ok || bad "a failed run wrote its output"
mkdir "$work/ro" && echo keep >"$work/ro/old.pdf" && chmod 555 "$work/ro"
if [ ! -w "$work/ro" ]; then   # (root writes anywhere)
	expect_fail "unwritable" 3 "" minutes "$ex" --meeting eb-2025-10-07 -o "$work/ro/old.pdf"
	[ "$(cat "$work/ro/old.pdf")" = keep ] && ok || bad "unwritable: the earlier file was changed"
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

echo "minutes: $pass passed, $fail failed"
[ $fail = 0 ]
