#!/bin/sh
# make fuzz: builds every libFuzzer harness in tests/fuzz/ with clang,
# AddressSanitizer and UBSan, and runs each in turn (one at a time, at low
# priority) for FUZZ_SECONDS (default 60).
#   FUZZ_SECONDS=3600 make fuzz          every harness for an hour
#   FUZZ_ONLY=fo FUZZ_SECONDS=900 make fuzz
# Harnesses: xml (the safe XML reader), model (the records loader, one
# record file of data/example replaced by the input), check (the checker on
# the same folders, once src/check/ is in the tree), fo (the FO engine).
# Corpora grow in build/fuzz/corpus-<name>/, seeded from the tests (see
# seeds_for below).  A crash leaves build/fuzz/crash-*: commit it under
# tests/fuzz/crashes/<name>/ and tests/hostile/run.sh replays it.
set -eu
SECONDS_EACH=${FUZZ_SECONDS:-60}
command -v clang >/dev/null 2>&1 || { echo "fuzz: clang is missing: run 'tools/deps.sh --fuzz'" >&2; exit 3; }
TOP=$(pwd)
OUT=build/fuzz
mkdir -p "$OUT"
PKGS="libxml-2.0 libxslt libexslt pangocairo pangoft2 cairo-pdf librsvg-2.0 poppler-glib fontconfig"
CFLAGS="-g -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined $(pkg-config --cflags $PKGS)"
LIBS="$(pkg-config --libs $PKGS) -lhyphen -lcsv -lical -lm -lpthread"  # as the Makefile
# The harnesses find data/example, data/schema and fonts/ here.
export LPDOC_DATADIR="$TOP"
export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS="suppressions=$TOP/tests/lsan.supp:print_suppressions=0"

# Seed folders for harness $1, relative to $OUT.
seeds_for() {
	case "$1" in
	model|check)
		# one seed per record file: its index byte, then its text
		s="$OUT/seeds-model"
		mkdir -p "$s"
		i=0
		for f in partnership members people calendar finance performance plans \
		         meetings/eb meetings/other; do
			{ printf "\\$(printf %03o $i)"; cat "data/example/$f.xml"; } \
				>"$s/$(echo "$f" | tr / -)"
			i=$((i + 1))
		done
		echo "seeds-model" ;;
	fo) echo "../../tests/fo/cases ../../tests/fuzz/seeds/fo" ;;
	*) echo "../../tests/fuzz/seeds/$1" ;;
	esac
}

objs=""
# cli/ calls into main.c: the harnesses need neither.
for src in $(find src -name '*.c' ! -path src/main.c ! -path 'src/cli/*' | sort); do
	obj="$OUT/obj/${src%.c}.o"
	mkdir -p "$(dirname "$obj")"
	if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find src -name '*.h' -newer "$obj" | head -1)" ]; then
		clang $CFLAGS -c "$src" -o "$obj"
	fi
	objs="$objs $obj"
done
status=0
for harness in tests/fuzz/fuzz_*.c; do
	name=$(basename "$harness" .c)
	name=${name#fuzz_}
	if [ -n "${FUZZ_ONLY:-}" ] && [ "$FUZZ_ONLY" != "$name" ]; then continue; fi
	# "needs: FILE" in a harness's head: skip it until FILE is in this tree
	needs=$(sed -n 's/.*needs: \([^ ]*\).*/\1/p' "$harness" | head -1)
	if [ -n "$needs" ] && [ ! -f "$needs" ]; then
		echo "fuzz: $name skipped: $needs is not in this tree yet"; continue; fi
	bin="$OUT/fuzz_$name"
	clang $CFLAGS -fsanitize=fuzzer -Isrc "$harness" $objs -o "$bin" $LIBS
	corpus="$OUT/corpus-$name"
	mkdir -p "$corpus" "$OUT/crashes-$name"
	# seed folders that exist (libFuzzer stops at a missing one)
	seeds=""
	for s in $(seeds_for "$name"); do
		[ -d "$OUT/$s" ] && seeds="$seeds $s"
	done
	echo "fuzz: $name for ${SECONDS_EACH}s"
	# shellcheck disable=SC2086
	(cd "$OUT" && nice -n 19 "./fuzz_$name" -max_total_time="$SECONDS_EACH" -max_len=65536 \
		-timeout=20 -rss_limit_mb=1536 -print_final_stats=1 \
		-artifact_prefix="crashes-$name/" \
		"corpus-$name" $seeds 2>"fuzz_$name.log") || status=1
	grep -E "stat::number_of_executed_units|cov:|ERROR|SUMMARY" "$OUT/fuzz_$name.log" | tail -4
done
exit $status
