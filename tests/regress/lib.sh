# The start every regression script shares; source it as
#   test_name=NAME; . "$(dirname "$0")/../lib.sh"
# It sets here (the script's folder), root (the source tree), LPDOC and
# LPDOC_WRAP (from make, else ./lpdoc and nothing), work (a temporary
# folder "lpdoc-NAME.XXXXXX", removed on exit, made writable first so a
# test may take write permission away), the counters pass and fail, and
# the helpers below: ok, bad/failed, compare, and suite_end, the last line.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
: "${LPDOC:=$root/lpdoc}"
: "${LPDOC_WRAP:=}"
work=$(mktemp -d "${TMPDIR:-/tmp}/lpdoc-$test_name.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
fail=0 pass=0

# ok: one check passed.
ok() {
	pass=$((pass + 1))
}

# failed MESSAGE (bad MESSAGE...): prints "FAIL MESSAGE" and counts it.
failed() {
	echo "FAIL $1"
	fail=$((fail + 1))
}
bad() {
	failed "$*"
}

# What compare writes in place of an absolute folder in the actual
# output before comparing, so expected files do not depend on where the
# tree is: a suite sets compare_paths to "root" (the source tree, as
# @ROOT@: the partnership's logo is named by its absolute path in views
# and FO) or "work" (the temporary folder, as @WORK@); empty: nothing.
compare_paths=
# How many lines of a failing diff compare prints.
compare_lines=20

# compare WHAT EXPECTED ACTUAL: ACTUAL, normalised as compare_paths says,
# against EXPECTED byte for byte; UPDATE=1 first copies ACTUAL over it.
compare() {
	case $compare_paths in
	root) sed -i "s|$(cd "$root" && pwd -P)/|@ROOT@/|g" "$3" ;;
	work) sed -i "s|$(cd "$work" && pwd -P)/|@WORK@/|g" "$3" ;;
	esac
	[ "${UPDATE:-}" = 1 ] && cp "$3" "$2"
	if cmp -s "$2" "$3"; then
		ok
	else
		failed "$1"
		diff -u "$2" "$3" | head -"$compare_lines"
	fi
}

# suite_end: the summary line; the status is the suite's result.
suite_end() {
	echo "$test_name: $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}
