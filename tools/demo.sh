#!/bin/sh
# make demo: renders every sample document into output/.
#   tools/demo.sh LPDOC
# Each sample partnership under data/ goes through `lpdoc build` when the
# binary has that command; every FO example under examples/ is rendered.
set -u
LPDOC=${1:-./lpdoc}
OUT=output
mkdir -p "$OUT"
status=0
if "$LPDOC" help build >/dev/null 2>&1; then
	for dir in data/*/; do
		[ -f "$dir/partnership.xml" ] || continue
		"$LPDOC" build "$dir" -o "$OUT" || status=1
	done
fi
for fo in examples/*.fo; do
	[ -f "$fo" ] || continue
	name=$(basename "$fo" .fo)
	if "$LPDOC" render "$fo" -o "$OUT/$name.pdf"; then
		echo "demo: $OUT/$name.pdf"
	else
		status=1
	fi
done
[ $status -eq 0 ] && echo "demo: documents are in $OUT/"
exit $status
