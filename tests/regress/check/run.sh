#!/bin/sh
# Regression tests for `lpdoc check`.
#
# Each folder here is one case.  The partnership checked is a fresh copy of
# data/example (called "example"), changed by the case's
#   files/     replacement or extra record files, copied over the copy;
#   setup.sh   a shell snippet run inside the copy (helpers below: edit, as_of);
# (and the shared changes defined below), then `lpdoc check $(cat args) example` runs (args default: --today 2025-12-19;
# `env` may set variables such as SOURCE_DATE_EPOCH)
# and its stdout and stderr, then a last line "exit N", must match `expected`
# byte for byte.
#
# A case named after a message (see `lpdoc check --list-messages`) must
# produce that message (checked through --format=json); every message must
# have such a case; cases named ok-* show rules that are exercised and kept.
# Set UPDATE=1 to rewrite the expected files from the current output.
test_name=check; . "$(dirname "$0")/../lib.sh"
unset SOURCE_DATE_EPOCH

# edit FILE PERL-SUBSTITUTION: changes a record file; the case fails when
# the substitution changes nothing (so a case cannot silently stop breaking).
edit() {
	cp "$1" "$1.before"
	perl -0pi -e "$2" "$1" || return 1
	if cmp -s "$1" "$1.before"; then
		echo "setup: '$2' changed nothing in $1" >&2
		rm -f "$1.before"
		return 1
	fi
	rm -f "$1.before"
}

# as_of DATE: the date the records describe.
as_of() {
	edit partnership.xml "s/as-of=\"[0-9-]*\"/as-of=\"$1\"/"
}

# ---- shared changes, used by several cases ----

# early_january: the records and the date move to 5 January 2026 (the autumn term
# is over); the activity due on 19 December is complete.
early_january() {
	as_of 2026-01-05 &&
	edit plans.xml 's{due="2025-12-19" cost="10000" rag="amber"}{due="2025-12-19" cost="10000" rag="complete" done="2025-12-18"}'
}

# december_review_answered: the other returns to the December 2025 review
# (Brookside's and the two partner organisations'), so that no member is
# outstanding after its return date (31 January 2026).
december_review_answered() {
	edit members.xml 's{(<return member="s-hill"[^>]*/>)}{$1\n    <return member="s-brook" date="2025-12-08" choice="remain"/>\n    <return member="rcc" date="2025-12-15" choice="remain"/>\n    <return member="rha" date="2026-01-12" choice="remain"/>}'
}

# add_financial_year_2024_25: the financial year before, in the calendar.
add_financial_year_2024_25() {
	edit calendar.xml 's{(<financial-year id="2025-26")}{<financial-year id="2024-25" start="2024-04-01" end="2025-03-31"/>\n  $1}'
}

# add_autumn_agm: an AGM on 20 November 2025 that receives the directors' report
# and the audited accounts.
add_autumn_agm() {
	edit meetings/other.xml 's{</meetings>}{  <meeting id="agm-2025-11-20" body="agm" date="2025-11-20" kind="agm">\n    <attendance><present person="p-ada" for="s-mill"/><present person="p-ben" for="s-brook"/></attendance>\n    <item id="agm-2025-11-20-1" title="Directors’ report and accounts">\n      <paper kind="directors-report" title="Directors’ report 2024-25"/>\n      <paper kind="audited-accounts" title="Audited accounts 2024-25"/>\n    </item>\n  </meeting>\n</meetings>}'
}

# add_party_seat_on_task_group: a seat per party on the task group (whose other
# seat needs one member); the council's nominee is its Director of Children's Services.
add_party_seat_on_task_group() {
	edit partnership.xml 's{(<seat id="tf-member" role="Member" min=")2("/>)}{${1}1$2\n      <seat id="tf-party" role="Party nominee" count="1" per="party" clause="1.4"/>}' &&
	edit people.xml 's{(<seat body="sg" seat="sg-la" from="2024-04-01" nominated-by="rcc"/>)}{$1\n    <seat body="tf-reading" seat="tf-party" from="2025-09-01" nominated-by="rcc"/>}'
}

messages=$("$LPDOC" check --list-messages | cut -f1)

for dir in "$here"/*/; do
	name=$(basename "$dir")
	rm -rf "$work/example"
	cp -R "$root/data/example" "$work/example"
	[ -d "$dir/files" ] && cp -R "$dir/files/." "$work/example/"
	if [ -f "$dir/setup.sh" ] && ! (cd "$work/example" && set -e && . "$dir/setup.sh"); then
		failed "$name (setup)"
		continue
	fi
	args="--today 2025-12-19"
	[ -f "$dir/args" ] && args=$(cat "$dir/args")
	# shellcheck disable=SC2086
	(cd "$work" && { [ ! -f "$dir/env" ] || { set -a; . "$dir/env"; set +a; }; }
	 timeout 20 $LPDOC_WRAP "$LPDOC" check $args example >"$name.out" 2>&1
	 echo "exit $?" >>"$name.out")
	[ "${UPDATE:-}" = 1 ] && cp "$work/$name.out" "$dir/expected"
	if ! cmp -s "$dir/expected" "$work/$name.out"; then
		failed "$name"
		diff -u "$dir/expected" "$work/$name.out" | head -20
		continue
	fi
	if echo "$messages" | grep -qx "$name"; then
		# shellcheck disable=SC2086
		(cd "$work" && "$LPDOC" check $args --format=json example >"$name.json" 2>/dev/null)
		if ! grep -q "\"name\": \"$name\"" "$work/$name.json"; then
			failed "$name (the case does not produce message $name)"
			continue
		fi
	fi
	pass=$((pass + 1))
done

for msg in $messages; do
	[ -d "$here/$msg" ] || failed "message $msg has no case tests/regress/check/$msg/"
done

# The example itself checks clean (exit 0).
(cd "$root" && $LPDOC_WRAP "$LPDOC" check --today 2025-12-19 data/example >"$work/example.out" 2>&1) \
	|| failed "data/example does not check clean"

# A full disk is a system failure: exit 3.
if [ -w /dev/full ]; then
	(cd "$root" && $LPDOC_WRAP "$LPDOC" check --today 2025-12-19 data/example >/dev/full 2>/dev/null)
	rc=$?
	[ $rc -eq 3 ] || failed "writing to a full disk gave exit $rc, not 3"
fi

suite_end
