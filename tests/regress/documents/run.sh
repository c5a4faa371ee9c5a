#!/bin/sh
# What a clerk reads in the documents `lpdoc build` makes of every sample
# partnership (issue 15): one full build of each sample into a scratch
# folder, every PDF turned into text (pdftotext -layout, page by page
# where a page matters), then:
#
#  - wording: no count with the wrong number ("1 breaches", "2 meetings
#    of 1 bodies", "5 errors, 1 warnings"), no "decision(s)", no "the
#    next meeting of the Annual General Meeting", no count of schools
#    with a decimal ("+36.0"), in any PDF or compliance.txt;
#  - published documents (public minutes, public packs, annual reports)
#    carry no "NOT COMPLIANT" mark; the annual report says in plain
#    words how the partnership kept to its agreement, the public pack
#    lists the findings that are not about confidential business;
#    member editions keep the mark;
#  - no page of any minutes PDF opens with the sign-off ("Signed as a
#    correct record" and the signature lines alone on a page): it keeps
#    with the end of the last minute;
#  - a member edition of minutes holding Part II says so on page 1 and in
#    its file name (-with-part-ii-confidential.pdf), and only then; a pack
#    says it contains confidential minutes only when it does.
#
# Each check names the file and the line it objects to.
test_name=documents; . "$(dirname "$0")/../lib.sh"
SAMPLES="liverpool leicester-primary leicester-alliance suffolk"
export SOURCE_DATE_EPOCH=1785456000   # 31 July 2026: the samples' as-of dates cap it

ok() {
	pass=$((pass + 1))
}

# build_all: every sample into $work/out, each PDF as FILE.txt beside it.
build_all() {
	for s in $SAMPLES; do
		$LPDOC_WRAP "$LPDOC" build "$root/data/$s" -o "$work/out" -q >"$work/$s.build" 2>&1
		rc=$?
		if [ $rc -gt 1 ]; then
			failed "lpdoc build data/$s: exit $rc"
			head -5 "$work/$s.build"
		fi
	done
	find "$work/out" -name '*.pdf' | while read -r f; do
		pdftotext -layout "$f" "${f%.pdf}.txt"
	done
}

# texts: every text a reader gets (each PDF's and compliance.txt).
texts() {
	find "$work/out" -name '*.txt' | sort
}

# none WHAT REGEX: no line of any text matches REGEX (extended, per line).
none() {
	hits=$(texts | xargs grep -nE -- "$2" 2>/dev/null | sed "s|$work/out/||")
	if [ -z "$hits" ]; then
		ok
	else
		failed "$1:"
		echo "$hits" | head -10
	fi
}

# ---- 12. wording ----
wording() {
	nouns='errors|warnings|notes|breaches|meetings|bodies|members|places|schools|decisions|actions|items|documents|pages|findings|days|credits|grants|parties|terms'
	none "a count of 1 with a plural noun" "(^|[^0-9.,£])1 ($nouns)\b"
	none "a count of 0 or more than 1 with a singular noun" \
		"(^|[^0-9.,£:/-])([02-9]|[1-9][0-9]+) (error|warning|breach|body|member|place|decision|finding|meeting|school)([,.;:)]|$| (and|or|of|on|in|to|from)\b)"
	none "a count with a plural in brackets" "[0-9] ([a-z]+ )?[a-z]+\(s\)"
	none "a body that is itself a meeting, as 'meeting of the'" "meeting of the (Annual General Meeting|LPP meeting)"
	none "a count of schools with a decimal" "^ *Schools using .* [+-][0-9]+\.[0-9]"
}

# has WHAT FILE FIXED-TEXT: FILE (relative to out/) holds the text.
has() {
	if grep -qF -- "$3" "$work/out/$2"; then
		ok
	else
		failed "$1: $2 lacks '$3'"
	fi
}

# lacks WHAT FILE FIXED-TEXT: FILE does not hold the text.
lacks() {
	if grep -qF -- "$3" "$work/out/$2"; then
		failed "$1: $2 has '$3'"
		grep -nF -- "$3" "$work/out/$2" | head -3
	else
		ok
	fi
}

# ---- 4. no mark on published documents ----
published() {
	hits=$(texts | grep -E -- '-public\.txt$|/annual-report\.txt$' | xargs grep -l "NOT COMPLIANT" | sed "s|$work/out/||")
	if [ -z "$hits" ]; then
		ok
	else
		failed "published documents with the NOT COMPLIANT mark:"
		echo "$hits" | head -10
	fi
	for s in $SAMPLES; do
		has "annual report's compliance section" "$s/2025-26/annual-report.txt" "How the partnership kept to its agreement"
	done
	l=liverpool/2025-26
	has "a breach in plain words" $l/annual-report.txt "MoU 3.3: CEO decision of £12,500"
	has "what was done" $l/annual-report.txt "What was done about them"
	has "the public pack lists its findings" $l/packs/2026-spring-public.txt "[MoU 3.1] decision taken while the Executive Board was inquorate"
	lacks "the public pack sends readers elsewhere" $l/packs/2026-spring-public.txt "listed in the member edition"
	has "member editions keep the mark" $l/packs/2026-spring.txt "NOT COMPLIANT"
	# (12 May: no Strategic Group met before it, MoU 2.3; 3 March's inquorate
	# decision was ratified on 17 March, a note, so its minutes are unmarked)
	has "member editions keep the mark" $l/minutes/eb-2026-05-12.txt "NOT COMPLIANT"
	lacks "a ratified decision's minutes, marked" $l/minutes/eb-2026-03-03.txt "NOT COMPLIANT"
	# a judgement of a named school under brokerage is not published
	lacks "the partnership's judgement of a school, published" suffolk/2025-26/annual-report.txt \
		"support was drawn from All Saints"
}

# ---- 8. the sign-off never alone on a page ----
signature() {
	alone=0
	for f in $(find "$work/out" -path '*/minutes/*.pdf' | sort); do
		pages=$(pdfinfo "$f" | sed -n 's/^Pages: *//p')
		p=1
		while [ "$p" -le "$pages" ]; do
			# the page's body: after the running header, marks left out
			first=$(pdftotext -layout -f "$p" -l "$p" "$f" - | sed '1d' |
				grep -v -e '^[[:space:]]*$' -e 'NOT COMPLIANT' | head -1)
			case "$first" in
			*"igned as a correct record"*)
				failed "the sign-off alone: ${f#"$work/out/"} page $p"
				alone=$((alone + 1)) ;;
			esac
			p=$((p + 1))
		done
	done
	[ "$alone" -eq 0 ] && ok
}

# ---- 11. Part II ----
part_ii() {
	for f in $(find "$work/out" -path '*/minutes/*.txt' ! -name '*-public.txt' | sort); do
		name=${f#"$work/out/"}
		holds=no
		grep -q 'CONFIDENTIAL: Part II' "$f" && holds=yes
		case "$name:$holds" in
		*-with-part-ii-confidential.txt:yes | *:no) ok ;;
		*) failed "minutes holding Part II without saying so in the file name: $name" ;;
		esac
		case "$name" in
		*-with-part-ii-confidential.txt)
			pdftotext -l 1 "${f%.txt}.pdf" - | grep -q 'CONTAINS CONFIDENTIAL (PART II) MINUTES: NOT FOR PUBLICATION' &&
				[ "$holds" = yes ] && ok || failed "$name: page 1 does not say it holds Part II" ;;
		esac
	done
	m=liverpool/2025-26/minutes
	if [ -e "$work/out/$m/eb-2026-01-27-with-part-ii-confidential.pdf" ] && [ ! -e "$work/out/$m/eb-2026-01-27.pdf" ]; then
		ok
	else
		failed "the Liverpool Board's minutes of 27 January 2026 (with Part II) are not named so"
	fi
	for f in $(find "$work/out" -path '*/packs/*.txt' | sort); do
		name=${f#"$work/out/"}
		says=no holds=no
		grep -q 'contains confidential' "$f" && says=yes
		grep -q 'CONFIDENTIAL: Part II' "$f" && holds=yes
		[ "$says" = "$holds" ] && ok || failed "$name says it contains confidential minutes: $says; holds them: $holds"
	done
}

# ---- 10. sections only where the agreement has the thing ----
brokerage() {
	lacks "direction of travel without brokerage" leicester-primary/2025-26/annual-report.txt "direction-of-travel"
	lacks "brokerage without brokerage" leicester-primary/2025-26/annual-report.txt "brokerage"
	has "brokerage where the agreement has it" suffolk/2025-26/annual-report.txt "Direction of travel and brokerage"
	has "brokerage groups counted" suffolk/2025-26/annual-report.txt "Receives brokered support:"
	for s in $SAMPLES; do
		for f in annual-report.txt performance-plan.txt; do
			[ -e "$work/out/$s/2025-26/$f" ] || continue
			lacks "a school named as judged declining" "$s/2025-26/$f" "declining)"
		done
	done
}

# ---- 5. every finding cites its clause ----
clauses() {
	none "a finding that cites no clause" ': (error|warning|note): [^[]'
	lacks "warnings reported as no breaches" suffolk/2025-26/compliance-report.txt "No breaches found"
	has "Suffolk's set-up spending cites Paper 16" suffolk/2025-26/compliance.txt \
		"warning: [Paper 16] spending on 'Set-up costs (one-off)'"
}

# ---- 9. a pack is as at one date ----
as_at() {
	for f in $(find "$work/out" -path '*/packs/*.txt' | sort); do
		name=${f#"$work/out/"}
		dates=$(grep -oE -e '^As at [0-9]+ [A-Z][a-z]+ [0-9]{4}' \
			-e 'as at [0-9]+ [A-Z][a-z]+ [0-9]{4}' "$f" | sed 's/^[Aa]s at //' | sort -u)
		if [ "$(echo "$dates" | grep -c .)" -eq 1 ]; then
			ok
		else
			failed "$name is as at more than one date:"
			echo "$dates"
		fi
	done
	has "the spring pack as at the end of term" liverpool/2025-26/packs/2026-spring.txt "As at 27 March 2026"
	has "a year-wide breach in the term it happened" liverpool/2025-26/packs/2026-spring.txt \
		"[MoU 3.3] CEO decision of £12,500"
}

build_all
wording
published
signature
part_ii
brokerage
clauses
as_at

echo "documents: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
