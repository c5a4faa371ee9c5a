#!/bin/sh
# Benchmark for issue 8: N pro-formas (default 1,000) rendered with
# `lpdoc proforma --split`, one worker and -j 2, and combined into one
# PDF; prints wall time, pages per second and the speed-up of the
# second core.  The partnership is the generated one (genpartnership,
# built by make into build/rel/bench/), else a copy of data/example
# scaled up to N schools.
#   usage: tests/bench/proforma.sh [LPDOC] [N]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
lpdoc=${1:-$root/lpdoc}
n=${2:-1000}
work=$(mktemp -d "${TMPDIR:-/tmp}/lpdoc-bench-proforma.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

gen=$root/build/rel/bench/genpartnership
if [ -x "$gen" ]; then
	"$gen" -n "$n" -m 10 -t 10 -s 1 -o "$work/p" >/dev/null
else
	cp -R "$root/data/example" "$work/p"
	# The example's three schools stay (other records refer to them).
	awk -v n="$n" '
		/<\/members>/ {
			for (i = 4; i <= n; i++)
				printf "  <school id=\"s%d\" urn=\"%d\" name=\"Bench School %d Primary\" phase=\"primary\" type=\"maintained\" joined=\"2023-09-01\" headteacher=\"p-ada\" chair-of-governors=\"p-gus\"/>\n", i, 300000 + i, i
		}
		{ print }' "$root/data/example/members.xml" >"$work/p/members.xml"
fi

now() { date +%s.%N; }
run() { # run LABEL ARGS...: prints seconds
	label=$1; shift
	rm -rf "$work/out"
	t0=$(now)
	"$lpdoc" proforma "$work/p" "$@" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
	t1=$(now)
	echo "$t0 $t1" | awk '{ printf "%.3f", $2 - $1 }'
}
pages_of() { # total pages of the PDFs in a folder or one file
	find "$1" -name '*.pdf' -exec pdfinfo {} \; | awk '/^Pages:/ { s += $2 } END { print s }'
}

export SOURCE_DATE_EPOCH=1700000000
t1=$(run "-j 1" --split -j 1 -o "$work/out")
pages=$(pages_of "$work/out")
t2=$(run "-j 2" --split -j 2 -o "$work/out")
tc=$(run combined -o "$work/all.pdf")
pc=$(pages_of "$work/all.pdf")
awk -v n="$n" -v p="$pages" -v t1="$t1" -v t2="$t2" -v tc="$tc" -v pc="$pc" 'BEGIN {
	printf "proforma: %d schools, %d pages\n", n, p
	printf "  --split -j 1   %6.2f s  %7.0f pages/s\n", t1, p / t1
	printf "  --split -j 2   %6.2f s  %7.0f pages/s  speed-up %.2fx  target < 3 s: %s\n", t2, p / t2, t1 / t2, (t2 < 3 ? "ok" : "MISSED")
	printf "  combined       %6.2f s  %7.0f pages/s  (%d pages, one process)\n", tc, pc / tc, pc
	exit !(t2 < 3)
}'
