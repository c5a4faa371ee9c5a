#!/bin/sh
# Regression tests for the records loader and `lpdoc view`.
#
#  - view.expected: `lpdoc view data/example` must match it byte for byte.
#  - cases/NAME.sh: a shell snippet run inside a fresh copy of data/example
#    (called "records") that breaks it; `lpdoc view records` must exit with
#    the status and print exactly the diagnostics in cases/NAME.expected
#    (stderr, then a last line "exit N").
#  - hostile inputs generated here (200 MB file, 10,000-deep nesting) must
#    fail the same way, quickly.
# Set UPDATE=1 to rewrite the expected files from the current output.
test_name=records; . "$(dirname "$0")/../lib.sh"

# compare NAME EXPECTED_FILE ACTUAL_FILE
# run_view NAME: lpdoc view records (in $work), stderr + exit status into $work/NAME.out
run_view() {
	(cd "$work" && timeout 20 $LPDOC_WRAP "$LPDOC" view records >/dev/null 2>"$1.out"
	 echo "exit $?" >>"$1.out")
}

fresh() {
	rm -rf "$work/records"
	cp -R "$root/data/example" "$work/records"
}

# 1. The canonical view of the example.
(cd "$root" && $LPDOC_WRAP "$LPDOC" view data/example >"$work/view.xml" 2>"$work/view.err")
compare "view data/example" "$here/view.expected" "$work/view.xml"
if [ -s "$work/view.err" ]; then
	echo "FAIL view data/example printed diagnostics:"; cat "$work/view.err"; fail=$((fail + 1))
fi
# -o writes the same bytes, atomically.
(cd "$root" && $LPDOC_WRAP "$LPDOC" view data/example -o "$work/view-o.xml")
compare "view -o" "$work/view.xml" "$work/view-o.xml"

# 2. Broken records, one case each.
for script in "$here"/cases/*.sh; do
	name=$(basename "$script" .sh)
	fresh
	(cd "$work/records" && . "$script")
	run_view "$name"
	compare "$name" "$here/cases/$name.expected" "$work/$name.out"
done

# 3. Hostile inputs too big to keep in the tree.
fresh
printf '<?xml version="1.0"?>\n<plans>\n' >"$work/records/plans.xml"
truncate -s 200M "$work/records/plans.xml"
start=$(date +%s)
run_view big-file
rm -f "$work/records/plans.xml"
compare big-file "$here/hostile/big-file.expected" "$work/big-file.out"
[ $(( $(date +%s) - start )) -le 5 ] || { echo "FAIL big-file took too long"; fail=$((fail + 1)); }

fresh
{
	printf '<?xml version="1.0"?>\n<calendar>'
	i=0; while [ $i -lt 10000 ]; do printf '<a>'; i=$((i + 1)); done
	i=0; while [ $i -lt 10000 ]; do printf '</a>'; i=$((i + 1)); done
	printf '</calendar>\n'
} >"$work/records/calendar.xml"
run_view deep-nesting
compare deep-nesting "$here/hostile/deep-nesting.expected" "$work/deep-nesting.out"

# 4. Usage errors.
(cd "$work" && $LPDOC_WRAP "$LPDOC" view no-such-folder >/dev/null 2>usage.out; echo "exit $?" >>usage.out)
compare no-such-folder "$here/hostile/no-such-folder.expected" "$work/usage.out"
# No folder, and -o without a file: the message, then the usage (as for
# lpdoc calendar: both are cli_model_command()'s).
(cd "$work" && { $LPDOC_WRAP "$LPDOC" view; echo "exit $?"; $LPDOC_WRAP "$LPDOC" view records -o ''; echo "exit $?"; } >usage2.out 2>&1)
compare usage "$here/hostile/usage.expected" "$work/usage2.out"

suite_end
