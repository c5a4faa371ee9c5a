#!/bin/sh
# Measures `lpdoc render` against Apache FOP 2.8 on a folder of XSL-FO files
# that are not part of this repository (issues 19 and 20; not run by make
# check, see README.md in this folder).
#   tests/fo/corpus.sh DIR [OUT]
# For each DIR/**/*.fo: FOP renders it (its PDF and text are cached in
# OUT/fop by the file's SHA-256, since FOP is slow), lpdoc renders it
# (OUT/lpdoc), and the two are compared as the FO cases are (extract.sh:
# the page count, each page's text with white space collapsed).
#   word similarity of a page: 1 - (word-level edit distance) / (the larger
#   word count of the two pages), 1 for two empty pages; a file's is the
#   least over its pages (over the pages both have when the counts differ).
#   agree: the same page count and a word similarity >= 0.95 on every page.
# One line per file:
#   STATUS NAME fop=PAGES lpdoc=PAGES sim=S rc=R [claimed|beyond]
# STATUS: ok (agrees), pages (page counts differ), text (a page's words
# differ), fail (lpdoc exited 2 or 3, crashed or timed out), skip (FOP
# fails on the file: not counted).  claimed: lpdoc warned of nothing it does
# not support (no *-unsupported, element-unknown or leader-use-content
# diagnostic), so the file uses only what README.md claims.
# Then the totals and the share agreeing, of all files and of the claimed.
# Environment: LPDOC (default build/rel/lpdoc), TIMEOUT (seconds a run may
# take, default 120), FOP (default fop).
set -u
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:?usage: corpus.sh DIR [OUT]}
out=${2:-${TMPDIR:-/tmp}/lpdoc-corpus}
lpdoc=${LPDOC:-$here/../../build/rel/lpdoc}
case $lpdoc in /*) ;; *) lpdoc=$PWD/$lpdoc ;; esac
limit=${TIMEOUT:-120}
fop=${FOP:-fop}
mkdir -p "$out/fop" "$out/lpdoc"
out=$(cd "$out" && pwd)
dir=$(cd "$dir" && pwd)

# similarity A B: the least per-page word similarity of two extract.sh
# outputs, and whether the page counts agree ("sim pagesA pagesB").
similarity() {
	awk '
	FNR == 1 { f++; next }
	/^--- page / { p = $3; next }
	{ t[f, p] = t[f, p] " " $0; if (p > np[f]) np[f] = p }
	END {
		n = np[1] < np[2] ? np[1] : np[2]
		least = 1
		for (p = 1; p <= n; p++) {
			a = split(t[1, p], x, " "); b = split(t[2, p], y, " ")
			m = a > b ? a : b
			if (m == 0) continue
			for (j = 0; j <= b; j++) prev[j] = j
			for (i = 1; i <= a; i++) {
				cur[0] = i
				for (j = 1; j <= b; j++) {
					c = prev[j - 1] + (x[i] != y[j])
					if (prev[j] + 1 < c) c = prev[j] + 1
					if (cur[j - 1] + 1 < c) c = cur[j - 1] + 1
					cur[j] = c
				}
				for (j = 0; j <= b; j++) prev[j] = cur[j]
			}
			s = 1 - prev[b] / m
			if (s < least) least = s
		}
		printf "%.3f %d %d\n", least, np[1] + 0, np[2] + 0
	}' "$1" "$2"
}

total=0 agree=0 skipped=0 failed=0 ctotal=0 cagree=0
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find "$dir" -name '*.fo' -type f | LC_ALL=C sort >"$list"
while IFS= read -r fo; do
	name=${fo#"$dir"/}
	key=$(sha256sum <"$fo" | cut -c1-16)
	cache=$out/fop/$key
	# FOP resolves relative images against the file's folder: run there.
	if [ ! -f "$cache.rc" ]; then
		(cd "$(dirname "$fo")" && timeout "$limit" "$fop" -q -fo "$fo" -pdf "$cache.pdf" \
			>"$cache.log" 2>&1)
		rc=$?
		if [ $rc -eq 0 ]; then
			"$here/extract.sh" "$cache.pdf" >"$cache.txt" 2>/dev/null || rc=1
		fi
		echo "$rc" >"$cache.rc"
	fi
	if [ "$(cat "$cache.rc")" != 0 ]; then
		echo "skip $name (FOP fails)"
		skipped=$((skipped + 1))
		continue
	fi
	total=$((total + 1))
	mine=$out/lpdoc/$(echo "$name" | tr / _)
	(cd "$(dirname "$fo")" && timeout "$limit" "$lpdoc" render "$fo" -o "$mine.pdf" >"$mine.log" 2>&1)
	rc=$?
	if grep -q -e 'unsupported\]' -e 'element-unknown\]' -e 'leader-use-content\]' \
		-e 'not supported' -e 'unknown element' "$mine.log"; then
		claim=beyond
	else
		claim=claimed
		ctotal=$((ctotal + 1))
	fi
	if [ $rc -ne 0 ] && [ $rc -ne 1 ] || [ ! -s "$mine.pdf" ]; then
		echo "fail $name rc=$rc $claim"
		failed=$((failed + 1))
		continue
	fi
	"$here/extract.sh" "$mine.pdf" >"$mine.txt" 2>/dev/null
	set -- $(similarity "$cache.txt" "$mine.txt")
	status=ok
	if [ "$2" != "$3" ]; then
		status=pages
	elif awk "BEGIN { exit !($1 < 0.95) }"; then
		status=text
	fi
	if [ $status = ok ]; then
		agree=$((agree + 1))
		[ $claim = claimed ] && cagree=$((cagree + 1))
	fi
	echo "$status $name fop=$2 lpdoc=$3 sim=$1 rc=$rc $claim"
done <"$list"

pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.1f%%\n", 100 * a / b }'; }
echo "files $((total + skipped)), FOP fails on $skipped, compared $total, lpdoc fails on $failed"
echo "agree $agree of $total: $(pct $agree $total)"
echo "claimed (only what README.md's render section claims): agree $cagree of $ctotal: $(pct $cagree $ctotal)"
