#!/bin/sh
# Benchmark for issue 6: the minutes pack of the largest term of the
# generated 1,000-school, 500-meeting partnership (genpartnership, built by
# make into build/rel/bench/), rendered by `lpdoc pack` (best of 3: wall
# time and peak resident memory from /usr/bin/time), and the same FO by
# Apache FOP 2.8 when `fop` is installed.  Targets: < 2 s, < 150 MB.
#   usage: tests/bench/pack.sh [LPDOC]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
lpdoc=${1:-$root/lpdoc}
work=$(mktemp -d "${TMPDIR:-/tmp}/lpdoc-bench-pack.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
TIME=/usr/bin/time
gen=$root/build/rel/bench/genpartnership
[ -x "$gen" ] || { echo "bench: $gen is missing (make all)" >&2; exit 3; }
[ -x "$TIME" ] || { echo "bench: /usr/bin/time is needed" >&2; exit 3; }
export SOURCE_DATE_EPOCH=1765324800
"$gen" -n 1000 -m 500 -t 2000 -s 1 -o "$work/p" >/dev/null

# the term with the most held meetings
best= most=-1
for term in $(grep -o '<term id="[^"]*"' "$work/p/calendar.xml" | sed 's/.*id="//; s/"//'); do
	"$lpdoc" pack "$work/p" --term "$term" --view -o "$work/v.xml"
	n=$(grep -o '<pack [^>]* meetings="[0-9]*"' "$work/v.xml" | sed 's/.*meetings="//; s/"//')
	[ "$n" -gt "$most" ] && { most=$n; best=$term; }
done

measure() { # measure CMD...: sets wall (s) and rss (MB)
	"$TIME" -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
	wall=$(awk '{ print $1 }' "$work/time")
	rss=$(awk '{ printf "%.1f", $2 / 1024 }' "$work/time")
}

bw=999999 br=0
for i in 1 2 3; do
	measure "$lpdoc" pack "$work/p" --term "$best" -o "$work/pack.pdf"
	bw=$(awk -v a="$wall" -v b="$bw" 'BEGIN { print (a < b) ? a : b }')
	br=$(awk -v a="$rss" -v b="$br" 'BEGIN { print (a > b) ? a : b }')
done
pages=$(pdfinfo "$work/pack.pdf" | awk '/^Pages:/ { print $2 }')
fw=- fr=- fpages=-
if command -v fop >/dev/null 2>&1; then
	"$lpdoc" pack "$work/p" --term "$best" --fo -o "$work/pack.fo"
	printf '<fop version="1.0"><renderers><renderer mime="application/pdf"><fonts><directory recursive="true">%s/fonts</directory></fonts></renderer></renderers></fop>\n' "$root" >"$work/fop.xconf"
	if measure fop -q -c "$work/fop.xconf" -fo "$work/pack.fo" -pdf "$work/fop.pdf"; then
		fw=$wall fr=$rss
		fpages=$(pdfinfo "$work/fop.pdf" | awk '/^Pages:/ { print $2 }')
	fi
fi
result=ok
awk -v w="$bw" -v m="$br" 'BEGIN { exit !(w < 2 && m < 150) }' || result=MISSED
printf '%-22s %8s %6s %9s %8s %6s %9s %8s  %-18s %s\n' case meetings pages "lpdoc s" "peak MB" \
	"FOP pp" "FOP s" "FOP MB" target result
printf '%-22s %8s %6s %9s %8s %6s %9s %8s  %-18s %s\n' "pack $best" "$most" "$pages" "$bw" "$br" \
	"$fpages" "$fw" "$fr" "< 2 s, < 150 MB" "$result"
[ "$result" = ok ]
