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
#  - the further checks below, one function per kind of document.
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

build_all
wording

echo "documents: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
