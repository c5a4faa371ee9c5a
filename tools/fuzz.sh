#!/bin/sh
# make fuzz: builds every libFuzzer harness in tests/fuzz/ with clang,
# AddressSanitizer and UBSan, and runs each for FUZZ_SECONDS (default 60).
#   FUZZ_SECONDS=3600 make fuzz
# Corpora grow in build/fuzz/corpus-<name>/ starting from tests/fuzz/seeds/<name>/
# (and tests/fuzz/seeds/<name> may name other test folders in SEEDS).
# A crash leaves build/fuzz/crash-* ; turn it into a regression test.
set -eu
SECONDS_EACH=${FUZZ_SECONDS:-60}
OUT=build/fuzz
mkdir -p "$OUT"
PKGS="libxml-2.0 libxslt libexslt pangocairo pangoft2 cairo-pdf librsvg-2.0 fontconfig"
CFLAGS="-g -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -fsanitize=fuzzer-no-link,address,undefined $(pkg-config --cflags $PKGS)"
LIBS="$(pkg-config --libs $PKGS) -lm -lpthread"
objs=""
for src in $(find src -name '*.c' ! -path src/main.c | sort); do
	obj="$OUT/obj/${src%.c}.o"
	mkdir -p "$(dirname "$obj")"
	if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ]; then
		clang $CFLAGS -c "$src" -o "$obj"
	fi
	objs="$objs $obj"
done
status=0
for harness in tests/fuzz/fuzz_*.c; do
	name=$(basename "$harness" .c)
	name=${name#fuzz_}
	bin="$OUT/fuzz_$name"
	clang $CFLAGS -fsanitize=fuzzer -Isrc "$harness" $objs -o "$bin" $LIBS
	corpus="$OUT/corpus-$name"
	mkdir -p "$corpus"
	seeds="tests/fuzz/seeds/$name"
	echo "fuzz: $name for ${SECONDS_EACH}s"
	(cd "$OUT" && "./fuzz_$name" -max_total_time="$SECONDS_EACH" -max_len=65536 \
		-timeout=10 -rss_limit_mb=1024 -print_final_stats=1 \
		"corpus-$name" "../../$seeds" 2>"fuzz_$name.log") || status=1
	grep -E "stat::number_of_executed_units|cov:|ERROR" "$OUT/fuzz_$name.log" | tail -3
done
exit $status
