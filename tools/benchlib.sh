# Helpers for tests/bench/*.bench scripts, sourced through $BENCHLIB.
#
# bench_measure RUNS CMD...   runs CMD RUNS times (output to /dev/null) and
#   prints "WALL PEAK_MB": the best wall time in seconds and the largest
#   peak resident memory (/usr/bin/time %M) over the runs.  Returns CMD's
#   status of the last run.
# bench_row NAME TARGET WALL PPS MB FOPWALL FOPMB   prints one result row.
#
# A TARGET is a space-separated list of conditions that tools/bench.sh
# checks: wall<S (seconds), mb<M (peak MB), pps>=P (pages per second),
# fop>=R (FOP's wall time divided by lpdoc's); "incomplete(...)" marks a
# result that cannot count (lpdoc left content out) and always misses.  Empty fields are allowed.

bench_now() { date +%s.%N; }

bench_measure() {
	runs=$1
	shift
	tf=$(mktemp)
	: >"$tf.all"
	rc=0 i=0
	while [ "$i" -lt "$runs" ]; do
		t0=$(bench_now)
		if ! /usr/bin/time -f %M -o "$tf" "$@" >/dev/null 2>"$tf.err"; then
			rc=1
			echo "bench: '$*' failed:" >&2
			tail -3 "$tf.err" >&2
			break
		fi
		echo "$t0 $(bench_now) $(tail -1 "$tf")" >>"$tf.all"
		i=$((i + 1))
	done
	awk 'NR == 1 || $2 - $1 < best { best = $2 - $1 }
	     $3 > peak { peak = $3 }
	     END { if (NR) printf "%.4f %.1f\n", best, peak / 1024; else print "" }' "$tf.all"
	rm -f "$tf" "$tf.err" "$tf.all"
	return "$rc"
}

bench_row() {
	echo "$1|$2|$3|$4|$5|$6|$7"
}

bench_have_fop() {
	[ "${BENCH_FOP:-1}" != 0 ] && command -v fop >/dev/null 2>&1
}
