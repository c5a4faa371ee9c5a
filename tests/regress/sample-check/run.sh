#!/bin/sh
# `lpdoc check` over every sample partnership: the deliberate breaches each
# sample lists in its BREACHES.md are found, and nothing else is reported
# but notes.  Expected output (stdout, stderr, exit status) is compared exactly.
# Then each sample's <name>.unbreach script (sourced after unbreach-lib.sh, in a
# temporary copy of the sample) removes the deliberate breaches: the copy must
# differ from the sample, keep none of its `deliberate breach` comments, no
# longer give any of the sample's error or warning lines, and check with exit
# status 0 and no error or warning (notes are information, not breaches).
#   LPDOC=path/to/lpdoc tests/regress/sample-check/run.sh [--update]
# (--update, or UPDATE=1 as in the other suites, rewrites the expected files)
test_name=sample-check; . "$(dirname "$0")/../lib.sh"
[ "${1:-}" = "--update" ] && UPDATE=1
tmp=$work
cd "$root" || exit 3

# A diagnostic without its position, which edits move: "people.xml: error: [...] ...".
unposition() {
	sed -n "s#^$1/\([^:]*\):[0-9]*:[0-9]*: \(error\|warning\|note\): #\1: \2: #p"
}

# unbreach NAME: run NAME.unbreach in a copy of data/NAME and check the result
# (see the top); the sample's own check output is in $tmp/out.
unbreach() {
	ub="$tmp/unbreach"
	rm -rf "$ub" && mkdir -p "$ub" && cp -R "data/$1" "$ub/$1" || return 1
	if ! (cd "$ub/$1" && sh -ec '. "$1" && . "$2"' sh "$here/unbreach-lib.sh" "$here/$1.unbreach"); then
		echo "FAIL: unbreach $1: $1.unbreach failed"
		return 1
	fi
	if diff -r "data/$1" "$ub/$1" >/dev/null; then
		echo "FAIL: unbreach $1: $1.unbreach changed nothing"
		return 1
	fi
	ok=0
	if grep -rn --include='*.xml' -- '<!-- deliberate breach \[' "$ub/$1"; then
		echo "FAIL: unbreach $1: deliberate breach comments left (above)"
		ok=1
	fi
	(cd "$ub" && SOURCE_DATE_EPOCH=1785000000 ${LPDOC_WRAP:-} "$LPDOC" check "$1") >"$ub/out" 2>&1
	status=$?
	if [ "$status" -ne 0 ] || grep -q ': \(error\|warning\): ' "$ub/out"; then
		echo "FAIL: unbreach $1: lpdoc check exit $status after removing the breaches:"
		grep -v ': note: ' "$ub/out" | head -20
		ok=1
	fi
	grep ': \(error\|warning\): ' "$tmp/out" | unposition "data/$1" >"$ub/breaches"
	unposition "$1" <"$ub/out" >"$ub/after"
	while IFS= read -r line; do
		if grep -qxF -- "$line" "$ub/after"; then
			echo "FAIL: unbreach $1: still reported: $line"
			ok=1
		fi
	done <"$ub/breaches"
	if [ ! -s "$ub/breaches" ]; then
		echo "FAIL: unbreach $1: the sample reports no breach to remove"
		ok=1
	fi
	return $ok
}
for dir in data/*/; do
	name=$(basename "$dir")
	[ -f "$dir/partnership.xml" ] || continue
	SOURCE_DATE_EPOCH=1785000000 ${LPDOC_WRAP:-} "$LPDOC" check "data/$name" >"$tmp/out" 2>&1
	echo "exit $?" >>"$tmp/out"
	compare "check $name" "$here/$name.expected" "$tmp/out"
	# at least as many errors and warnings as breaches listed in BREACHES.md
	# (the expected file, read by a person, shows each one is found)
	if [ -f "$dir/BREACHES.md" ]; then
		listed=$(grep -c '^| [0-9][0-9]* |' "$dir/BREACHES.md")
		found=$(grep -c ': \(error\|warning\): ' "$tmp/out")
		if [ "$found" -lt "$listed" ]; then
			echo "FAIL: $name: $listed breaches listed, only $found reported"
			fail=$((fail + 1))
		fi
	fi
	if [ -f "$dir/BREACHES.md" ] && [ ! -f "$here/$name.unbreach" ]; then
		echo "FAIL: $name: BREACHES.md but no $name.unbreach to remove the breaches"
		fail=$((fail + 1))
	fi
	if [ -f "$here/$name.unbreach" ]; then
		if unbreach "$name"; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
		fi
	fi
done
suite_end
