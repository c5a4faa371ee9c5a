# The start every regression script shares; source it as
#   test_name=NAME; . "$(dirname "$0")/../lib.sh"
# It sets here (the script's folder), root (the source tree), LPDOC and
# LPDOC_WRAP (from make, else ./lpdoc and nothing), work (a temporary
# folder "lpdoc-NAME.XXXXXX", removed on exit, made writable first so a
# test may take write permission away), the counters pass and fail, and
# failed MESSAGE, which prints "FAIL MESSAGE" and counts it.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
: "${LPDOC:=$root/lpdoc}"
: "${LPDOC_WRAP:=}"
work=$(mktemp -d "${TMPDIR:-/tmp}/lpdoc-$test_name.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
fail=0 pass=0

failed() {
	echo "FAIL $1"
	fail=$((fail + 1))
}
