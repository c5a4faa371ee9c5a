#!/bin/sh
# make demo: every sample partnership's documents into output/ with
# `lpdoc build` (a second run makes only what changed), printing each
# build's table of documents.
#   tools/demo.sh LPDOC
# The samples break their agreements on purpose (data/*/BREACHES.md), so
# lpdoc build exits 1 and marks the documents concerned "NOT COMPLIANT":
# that counts as done.  Its messages go to output/<partnership>.log.
set -u
LPDOC=${1:-./lpdoc}
OUT=${OUT:-output}
mkdir -p "$OUT"
failed=0
for dir in data/*/; do
	[ -f "$dir/partnership.xml" ] || continue
	name=$(basename "$dir")
	echo "== $name"
	"$LPDOC" build "$dir" -o "$OUT" 2>"$OUT/$name.log"
	status=$?
	if [ "$status" -gt 1 ]; then
		echo "demo: FAILED: lpdoc build $dir (exit $status, see $OUT/$name.log)" >&2
		failed=$((failed + 1))
	fi
	grep -h "the records break the agreement" "$OUT/$name.log"
done
[ "$failed" -eq 0 ] || { echo "demo: $failed partnership(s) failed" >&2; exit 1; }
echo "demo: the documents are in $OUT/<partnership>/<year>/"
