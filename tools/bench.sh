#!/bin/sh
# make bench: the FO engine on generated text documents of 100 and 1,000
# pages (tests/bench/gen-text.sh) and a 2,000-row transactions table
# (tests/bench/gen-table.sh), with Apache FOP 2.8 on the same FO when
# `fop` is installed (`make bench-deps`).  Prints one table: wall time
# (best of 3 for lpdoc, one run for FOP), pages per second, peak resident
# memory (/usr/bin/time), the speed-up over FOP and whether the targets
# hold: >= 20x FOP at 100 pages, >= 8x at 1,000 pages, < 60 MB at 1,000.
#   tools/bench.sh [path/to/lpdoc]
set -e
LPDOC=${1:-./lpdoc}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 3; }
export SOURCE_DATE_EPOCH=1700000000

# measure OUT CMD...: sets wall (s) and rss (MB) of one run
measure() {
	out=$1; shift
	"$TIME" -f "%e %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; return 1; }
	wall=$(awk '{ print $1 }' "$tmp/time")
	rss=$(awk '{ printf "%.1f", $2 / 1024 }' "$tmp/time")
}

best_of_3() {
	bw=999999; br=0
	for i in 1 2 3; do
		measure "$@"
		bw=$(awk -v a="$wall" -v b="$bw" 'BEGIN { print (a < b) ? a : b }')
		br=$(awk -v a="$rss" -v b="$br" 'BEGIN { print (a > b) ? a : b }')
	done
	wall=$bw; rss=$br
}

have_fop=0
command -v fop >/dev/null 2>&1 && have_fop=1

printf '%-16s %6s %9s %9s %8s %9s %9s %8s  %-28s %s\n' case pages "lpdoc s" "pages/s" "peak MB" \
	"FOP s" "FOP MB" speedup target result
status=0
for spec in "text-100:100::20" "text-1000:1000::8" "page-x-of-y-1000:1000:of:" "table-2000:2000:table:-"; do
	name=${spec%%:*}; rest=${spec#*:}
	n=${rest%%:*}; rest=${rest#*:}
	of=${rest%%:*}; want=${rest#*:}
	if [ "$of" = table ]; then
		"$here/tests/bench/gen-table.sh" "$n" >"$tmp/$name.fo"  # n rows, no target
	else
		"$here/tests/bench/gen-text.sh" "$n" $of >"$tmp/$name.fo"
	fi
	best_of_3 "$tmp/$name.pdf" "$LPDOC" render -q "$tmp/$name.fo" -o "$tmp/$name.pdf"
	lw=$wall; lr=$rss
	pages=$(pdfinfo "$tmp/$name.pdf" | awk '/^Pages:/ { print $2 }')
	pps=$(awk -v p="$pages" -v w="$lw" 'BEGIN { printf "%.0f", (w > 0) ? p / w : 0 }')
	fw=-; fr=-; ratio=-
	compare=$want  # "-": compared with FOP, no target
	[ "$want" = - ] && want=""
	if [ "$have_fop" = 1 ] && [ -n "$compare" ]; then
		measure "$tmp/$name-fop.pdf" fop -q -fo "$tmp/$name.fo" -pdf "$tmp/$name-fop.pdf"
		fw=$wall; fr=$rss
		ratio=$(awk -v f="$fw" -v l="$lw" 'BEGIN { printf "%.1f", (l > 0) ? f / l : 0 }')
	fi
	target="" result=ok
	if [ -n "$want" ]; then
		target=">= ${want}x FOP"
		if [ "$ratio" != - ]; then
			awk -v r="$ratio" -v w="$want" 'BEGIN { exit !(r >= w) }' || result=MISSED
		else
			result="n/a (no fop)"
		fi
	fi
	if [ "$n" = 1000 ]; then
		target="${target:+$target, }< 60 MB"
		awk -v m="$lr" 'BEGIN { exit !(m < 60) }' || result=MISSED
	fi
	[ "$result" = MISSED ] && status=1
	printf '%-16s %6s %9s %9s %8s %9s %9s %8s  %-28s %s\n' "$name" "$pages" "$lw" "$pps" "$lr" \
		"$fw" "$fr" "$ratio" "$target" "$result"
done

# Issue 8: 1,000 pro-formas, one worker against -j 2.
echo
"$here/tests/bench/proforma.sh" "$LPDOC" 1000 || status=1

# Issue 6: the largest term's minutes pack of the 1,000-school partnership.
echo
"$here/tests/bench/pack.sh" "$LPDOC" || status=1
exit $status
