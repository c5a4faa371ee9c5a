#!/bin/sh
# make bench: runs every tests/bench/*.bench script and prints one table,
# each figure beside the target its issue set, with PASS or MISS.
#   tools/bench.sh path/to/lpdoc
# Each script prints rows name|target|wall_s|pages_per_s|peak_mb|fop_wall_s|fop_peak_mb
# (see tools/benchlib.sh for the target syntax); anything else it prints
# on standard error is progress.  FOP columns appear when Apache FOP is
# installed (make bench-deps); BENCH_FOP=0 skips it.  BENCH_ONLY=render
# runs tests/bench/render.bench alone.
set -eu
[ $# -ge 1 ] || { echo "usage: tools/bench.sh LPDOC" >&2; exit 2; }
TOP=$(cd "$(dirname "$0")/.." && pwd)
LPDOC=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
BUILD=$(dirname "$LPDOC")
# ./lpdoc is a copy: the bench helpers are in the release build
[ -d "$BUILD/bench" ] || BUILD="$TOP/build/rel"
if [ ! -x /usr/bin/time ]; then
	echo "bench: /usr/bin/time is missing: run 'make bench-deps'" >&2
	exit 3
fi
BENCH_TMP=$(mktemp -d "${TMPDIR:-/tmp}/lpdoc-bench.XXXXXX")
trap 'rm -rf "$BENCH_TMP"' EXIT INT TERM
export TOP LPDOC BUILD BENCH_TMP BENCHLIB="$TOP/tools/benchlib.sh"
# same fonts and data whatever the binary's location
export LPDOC_DATADIR="${LPDOC_DATADIR:-$TOP}"
export SOURCE_DATE_EPOCH=1700000000

rows="$BENCH_TMP/rows"
: >"$rows"
status=0
for script in "$TOP"/tests/bench/*.bench; do
	name=$(basename "$script" .bench)
	if [ -n "${BENCH_ONLY:-}" ] && [ "$BENCH_ONLY" != "$name" ]; then continue; fi
	echo "bench: $name ..." >&2
	if ! sh "$script" >>"$rows"; then
		echo "bench: $name failed" >&2
		status=1
	fi
done
command -v fop >/dev/null 2>&1 || echo "bench: fop not installed: no FOP columns ('make bench-deps')" >&2

awk -F'|' '
function ok(metric, op, lim, v) {
	if (v == "") return -1
	if (op == "<") return v + 0 < lim + 0
	if (op == "<=") return v + 0 <= lim + 0
	if (op == ">=") return v + 0 >= lim + 0
	return v + 0 > lim + 0
}
function verdict(target, wall, pps, mb, ratio,   n, t, i, m, op, lim, v, r, seen, bad) {
	if (target == "") return "-"
	n = split(target, t, " ")
	seen = 0; bad = 0
	for (i = 1; i <= n; i++) {
		if (t[i] ~ /^incomplete/) { bad++; continue }
		if (!match(t[i], /(<=|>=|<|>)/)) return "BAD TARGET"
		m = substr(t[i], 1, RSTART - 1); op = substr(t[i], RSTART, RLENGTH)
		lim = substr(t[i], RSTART + RLENGTH)
		v = m == "wall" ? wall : m == "mb" ? mb : m == "pps" ? pps : m == "fop" ? ratio : "?"
		if (v == "?") return "BAD TARGET"
		r = ok(m, op, lim, v)
		if (r < 0) continue
		seen++
		if (!r) bad++
	}
	return bad ? "MISS" : seen ? "PASS" : "n/a"
}
{
	ratio = ($6 != "" && $3 + 0 > 0) ? sprintf("%.1fx", $6 / $3) : ""
	n++
	cell[n, 1] = $1; cell[n, 2] = $2 == "" ? "-" : $2
	cell[n, 3] = $3; cell[n, 4] = $4; cell[n, 5] = $5
	cell[n, 6] = $6; cell[n, 7] = $7; cell[n, 8] = ratio
	cell[n, 9] = verdict($2, $3, $4, $5, ratio == "" ? "" : $6 / $3)
	if (cell[n, 9] == "MISS") miss++
}
END {
	split("benchmark|target|wall s|pages/s|peak MB|FOP s|FOP MB|FOP/lpdoc|result", h, "|")
	for (c = 1; c <= 9; c++) { cell[0, c] = h[c]; w[c] = length(h[c]) }
	for (r = 1; r <= n; r++) for (c = 1; c <= 9; c++)
		if (length(cell[r, c]) > w[c]) w[c] = length(cell[r, c])
	for (r = 0; r <= n; r++) {
		line = ""
		for (c = 1; c <= 9; c++)
			line = line sprintf(c <= 2 ? "%-*s" : "%*s", w[c], cell[r, c]) (c < 9 ? "  " : "")
		print line
		if (r == 0) { s = ""; for (c = 1; c <= 9; c++) { d = sprintf("%*s", w[c], ""); gsub(/ /, "-", d); s = s d (c < 9 ? "  " : "") } print s }
	}
	printf "%d benchmarks, %d missed their target\n", n, miss
}' "$rows"
exit $status
