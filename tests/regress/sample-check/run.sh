#!/bin/sh
# `lpdoc check` over every sample partnership: the deliberate breaches each
# sample lists in its BREACHES.md are found, and nothing else is reported
# but notes.  Expected output (stdout, stderr, exit status) is compared exactly.
#   LPDOC=path/to/lpdoc tests/regress/sample-check/run.sh [--update]
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
LPDOC=${LPDOC:-$root/lpdoc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
cd "$root" || exit 3
for dir in data/*/; do
	name=$(basename "$dir")
	[ -f "$dir/partnership.xml" ] || continue
	SOURCE_DATE_EPOCH=1785000000 ${LPDOC_WRAP:-} "$LPDOC" check "data/$name" >"$tmp/out" 2>&1
	echo "exit $?" >>"$tmp/out"
	if [ "${1:-}" = "--update" ]; then
		cp "$tmp/out" "$here/$name.expected"
	fi
	if cmp -s "$tmp/out" "$here/$name.expected"; then
		pass=$((pass + 1))
	else
		echo "FAIL: check $name"
		diff -u "$here/$name.expected" "$tmp/out" | head -20
		fail=$((fail + 1))
	fi
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
done
echo "sample-check: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
