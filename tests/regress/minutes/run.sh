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
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
: "${LPDOC:=$root/lpdoc}"
: "${LPDOC_WRAP:=}"
work=$(mktemp -d "${TMPDIR:-/tmp}/lpdoc-minutes.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
fail=0 pass=0
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
	cat "$2.txt" "$2.qdf" >"$2"
}

held_meetings() { # ids of the held meetings in folder $1
	"$LPDOC" view "$1" 2>/dev/null | grep -o '<meeting id="[^"]*"[^>]*status="held"' |
		sed 's/<meeting id="//; s/".*//'
}

# ---- data/example: views, FO and PDF of each meeting ----
: >"$work/pages"
for id in $(held_meetings "$ex"); do
	for ed in member public; do
		flag=; [ $ed = public ] && flag=--public
		name=$id.$ed
		run "$name view" minutes "$ex" --meeting "$id" $flag --today $today --view -o "$work/$name.xml"
		compare "$name: view" "$exp/$name.xml" "$work/$name.xml"
		run "$name fo" minutes "$ex" --meeting "$id" $flag --today $today --fo -o "$work/$name.fo"
		compare "$name: fo" "$exp/$name.fo" "$work/$name.fo"
		run "$name pdf" minutes "$ex" --meeting "$id" $flag --today $today -o "$work/$name.pdf"
		qpdf --check "$work/$name.pdf" >/dev/null 2>&1 && ok || bad "$name: qpdf --check"
		echo "$name $(pages "$work/$name.pdf")" >>"$work/pages"
		pdftotext "$work/$name.pdf" "$work/$name.txt"
		has "$name" "$work/$name.txt" "Minutes of the"
		# the quorum statement's first words (pdftotext may wrap the rest)
		has "$name" "$work/$name.txt" "$(sed -n 's/.*<quorum [^>]*>\([^;]*\);.*/\1/p' "$work/$name.xml" | head -1)"
	done
	if grep -q 'status="draft"' "$work/$id.member.xml"; then
		has "$id draft" "$work/$id.member.txt" "DRAFT: subject to approval"
		has "$id draft" "$work/$id.member.fo" ">DRAFT</fo:block>"   # the watermark
	else
		has "$id approved" "$work/$id.member.txt" "Signed as a correct record"
		has "$id approved" "$work/$id.member.txt" "Approved as a correct record at the meeting of"
	fi
done
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
	qpdf --check "$work/$name.pdf" >/dev/null 2>&1 && ok || bad "$name: qpdf --check"
	echo "$name $(pages "$work/$name.pdf")" >>"$work/pages"
	pdf_dump "$work/$name.pdf" "$work/$name.dump"
	has "$name" "$work/$name.dump" "Minutes pack"
	has "$name" "$work/$name.dump" "Action tracker"
	# page labels: roman front matter (/S /r), then decimal from 1 (/S /D)
	tr -d '\n' <"$work/$name.dump.qdf" | grep -q '/PageLabels <<  */Nums \[  *0  *<<  */S /r' && ok ||
		bad "$name: front matter not labelled i, ii"
	tr -d '\n' <"$work/$name.dump.qdf" | grep -q '/S /D  */St 1' && ok ||
		bad "$name: body not labelled from 1"
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
	has "planted $what public" "$work/planted-$what.public.all" "EB 25/26-003"
done

# ---- overdue actions follow --today, then SOURCE_DATE_EPOCH ----
run "overdue" pack "$ex" --term 2025-autumn --today 2026-02-01 --view -o "$work/late.xml"
has "overdue --today" "$work/late.xml" 'open="0" done="1" dropped="0" overdue="2"'
has "overdue --today" "$work/late.xml" 'state-text="Overdue: due 30 January 2026"'
SOURCE_DATE_EPOCH=1769904000 run "overdue epoch" pack "$ex" --term 2025-autumn --view -o "$work/late2.xml"
has "overdue SOURCE_DATE_EPOCH" "$work/late2.xml" 'overdue="2"'
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
			qpdf --check "$p.pdf" >/dev/null 2>&1 && ok || bad "$name $term $ed pack: qpdf --check"
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
			qpdf --check "$work/m.pdf" >/dev/null 2>&1 || { nbad=$((nbad + 1)); echo "  $name: $id"; }
	done
	[ $nbad = 0 ] && ok || bad "$name: $nbad of $n meetings' minutes did not render"
done

echo "minutes: $pass passed, $fail failed"
[ $fail = 0 ]
