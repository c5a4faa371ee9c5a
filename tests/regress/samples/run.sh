#!/bin/sh
# Regression tests for the sample partnerships (data/<name>/) and for the
# synthetic partnership generator (tests/bench/genpartnership).
#
#  - `lpdoc view data/<name>` exits 0 and prints no diagnostics, for each of
#    the four samples built from the seeds.
#  - The figures the seeds give come out of the model: they are extracted
#    from the view output into figures.out and compared with
#    figures.expected byte for byte (Liverpool's Executive Board, 84 members
#    giving a quorum of 21 in Leicester, Suffolk's £500,000 / £100,000 /
#    £1,000,000, ...).
#  - Each sample marks as many deliberate breaches in its XML as its
#    BREACHES.md lists.
#  - genpartnership with a fixed seed writes identical trees twice, a
#    different seed writes a different tree, and its output loads cleanly.
# Set UPDATE=1 to rewrite figures.expected from the current output.
test_name=samples; . "$(dirname "$0")/../lib.sh"
: "${BUILD:=$root/build/rel}"
GEN=$BUILD/bench/genpartnership
SAMPLES="liverpool leicester-primary leicester-alliance suffolk"


# view DIR NAME: lpdoc view DIR into $work/NAME.xml; must exit 0, print nothing on stderr
view() {
	timeout 60 $LPDOC_WRAP "$LPDOC" view "$1" >"$work/$2.xml" 2>"$work/$2.err"
	rc=$?
	if [ $rc -eq 0 ] && [ ! -s "$work/$2.err" ]; then
		ok
	else
		bad "lpdoc view $1: exit $rc"
		head -5 "$work/$2.err"
	fi
}

# attr NAME BODY ELEMENT ATTRIBUTE: the attribute of the first ELEMENT inside <body id="BODY">
attr() {
	sed -n "/<body id=\"$2\"/,/<\/body>/p" "$work/$1.xml" | grep "<$3[ >]" | head -1 |
		sed -n "s/.* $4=\"\([^\"]*\)\".*/\1/p"
}

# seat NAME BODY SEAT: "count nominated-by" of that seat
seat() {
	line=$(sed -n "/<body id=\"$2\"/,/<\/body>/p" "$work/$1.xml" | grep "<seat id=\"$3\"")
	n=$(echo "$line" | sed -n 's/.* count="\([0-9]*\)".*/\1/p')
	[ -n "$n" ] || n="min $(echo "$line" | sed -n 's/.* min="\([0-9]*\)".*/\1/p')"
	by=$(echo "$line" | sed -n 's/.* nominated-by-name="\([^"]*\)".*/\1/p')
	echo "$n ${by:--}"
}

# element NAME PATTERN ATTRIBUTE: attribute of the first line matching PATTERN
element() {
	grep -m1 -- "$2" "$work/$1.xml" | sed -n "s/.* $3=\"\([^\"]*\)\".*/\1/p"
}

count() { grep -c -- "$2" "$work/$1.xml"; }

figures() {
	n=liverpool
	echo "== liverpool"
	echo "schools $(element $n '<members ' schools), in membership $(element $n '<members ' schools-in-membership)"
	echo "EB places $(attr $n eb body places), quorum $(attr $n eb quorum quorum) ($(attr $n eb quorum rule)) [$(attr $n eb quorum cite)]"
	for s in eb-primary eb-secondary eb-special eb-dcs eb-member eb-college eb-ccg eb-govforum eb-schoolsforum eb-ceo; do
		echo "  seat $s: $(seat $n eb $s)"
	done
	echo "EB meets at least $(attr $n eb meets at-least) per $(attr $n eb meets per); financial report at $(attr $n eb report at)"
	echo "groupings: $(grep '<body id=' "$work/$n.xml" | grep 'kind="grouping"' | sed -n 's/.* phase="\([a-z]*\)".*/\1/p' | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
	echo "strategic groups: $(grep '<body id=' "$work/$n.xml" | grep -c 'kind="strategic-group"'), each meets $(attr $n sg-all meets relative) $(attr $n sg-all meets body)"
	echo "CEO limit $(element $n '<spending-limit' amount-text) reported to $(element $n '<spending-limit' report-to); review month $(element $n '<annual-review' month); notice $(element $n '<withdrawal-notice' months) months"
	n=leicester-primary
	echo "== leicester-primary"
	echo "schools $(element $n '<members ' schools), members (subscription paid) $(element $n '<members ' schools-in-membership)"
	for b in exec directors sg mm agm; do
		echo "  $b: quorum $(attr $n $b quorum quorum) of $(attr $n $b quorum membership) ($(attr $n $b quorum rule)) [$(attr $n $b quorum cite)]"
	done
	echo "LPP meetings at least $(attr $n mm meets at-least) per $(attr $n mm meets per); Strategy Group meets $(attr $n sg meets relative) $(attr $n sg meets body)"
	echo "Executive term of office $(attr $n exec term-of-office years) years, re-electable $(attr $n exec term-of-office re-electable)"
	echo "AGM in the $(attr $n agm meets in-term) term, receives $(sed -n '/<body id="agm"/,/<\/body>/p' "$work/$n.xml" | sed -n 's/.*<report paper="\([a-z-]*\)".*/\1/p' | tr '\n' ' ')"
	n=leicester-alliance
	echo "== leicester-alliance"
	echo "parties: $(grep '<party ' "$work/$n.xml" | sed -n 's/.* short="\([^"]*\)".*/\1/p' | tr '\n' ' ')"
	echo "Executive Committee places $(attr $n ec body places), quorum $(attr $n ec quorum quorum) [$(attr $n ec quorum cite)], term $(attr $n ec term-of-office years) years, report $(attr $n ec report paper) $(attr $n ec report at) to $(attr $n ec report to)"
	echo "delivery plan activities $(count $n '<activity '), contributions $(count $n '<contribution '); performance plans $(count $n '<performance-plan year=')"
	n=suffolk
	echo "== suffolk"
	echo "schools $(element $n '<members ' schools)"
	echo "interim board places $(attr $n ib body places)"
	echo "council running costs $(element $n '<commitment id="c-running"' amount-text) per $(element $n '<commitment id="c-running"' per) [$(element $n '<commitment id="c-running"' cite)]"
	echo "set-up $(element $n '<commitment id="c-setup"' amount-text) $(element $n '<commitment id="c-setup"' per) [$(element $n '<commitment id="c-setup"' cite)]"
	echo "Challenge Fund $(element $n '<fund id="f-challenge"' total-text) from $(element $n '<fund id="f-challenge"' from) to $(element $n '<fund id="f-challenge"' to) [$(element $n '<fund id="f-challenge"' cite)]"
	echo "priorities $(count $n '<priority '), milestones $(count $n '<milestone ')"
}

for s in $SAMPLES; do
	view "$root/data/$s" "$s"
	marked=$(cat "$root/data/$s"/*.xml "$root/data/$s"/meetings/*.xml 2>/dev/null | grep -c 'deliberate breach \[')
	listed=$(grep -c '^| [0-9]' "$root/data/$s/BREACHES.md")
	if [ "$marked" -eq "$listed" ] && [ "$listed" -ge 3 ] && [ "$listed" -le 6 ]; then
		ok
	else
		bad "$s: $marked breaches marked in the XML, $listed listed in BREACHES.md (want the same, 3 to 6)"
	fi
done

figures >"$work/figures.out"
if [ "${UPDATE:-}" = 1 ]; then
	cp "$work/figures.out" "$here/figures.expected"
fi
if cmp -s "$here/figures.expected" "$work/figures.out"; then
	ok
else
	bad "figures"
	diff -u "$here/figures.expected" "$work/figures.out" | head -30
fi
cat "$work/figures.out"

# genpartnership: deterministic, seed-dependent, loads cleanly
if [ -x "$GEN" ]; then
	"$GEN" -n 120 -m 60 -t 400 -s 7 -o "$work/gen-a" &&
		"$GEN" -n 120 -m 60 -t 400 -s 7 -o "$work/gen-b" &&
		"$GEN" -n 120 -m 60 -t 400 -s 8 -o "$work/gen-c"
	if [ $? -ne 0 ]; then
		bad "genpartnership failed"
	elif ! diff -r "$work/gen-a" "$work/gen-b" >/dev/null; then
		bad "genpartnership: two runs with seed 7 differ"
	elif diff -r "$work/gen-a" "$work/gen-c" >/dev/null; then
		bad "genpartnership: seeds 7 and 8 give the same tree"
	else
		ok
	fi
	view "$work/gen-a" gen
	schools=$(element gen '<members ' schools)
	meetings=$(grep -c '<meeting ' "$work/gen.xml")
	if [ "$schools" = 120 ] && [ "$meetings" = 60 ]; then ok; else bad "generated: $schools schools, $meetings meetings (want 120, 60)"; fi
	"$GEN" -n 5 -m 1 -t 1 -s 1 -o "$work/gen-bad" 2>/dev/null
	if [ $? -eq 2 ] && [ ! -e "$work/gen-bad" ]; then ok; else bad "genpartnership -n 5 should be a usage error (exit 2)"; fi
else
	bad "$GEN not built"
fi

suite_end
