#!/bin/sh
# make demo: renders every sample partnership's documents into output/.
#   tools/demo.sh LPDOC
# When lpdoc has the `build` command it does the whole job; otherwise each
# document command the binary has is run over each sample, for the
# academic and financial year of the records (2025-26 in the samples).
set -u
LPDOC=${1:-./lpdoc}
OUT=${OUT:-output}
YEAR=${YEAR:-2025-26}
mkdir -p "$OUT"
failed=0
made=0

has() { "$LPDOC" help "$1" >/dev/null 2>&1; }

# run FILE COMMAND...: one document; the file is reported either way.
run() {
	file=$1; shift
	if "$LPDOC" "$@" -o "$file" 2>>"$log"; then
		made=$((made + 1))
	else
		echo "demo: FAILED: lpdoc $* (see $log)" >&2
		failed=$((failed + 1))
	fi
}

ids() { sed -n "s/^ *<$1 id=\"\\([^\"]*\\)\".*/\\1/p" "$view"; }

for dir in data/*/; do
	name=$(basename "$dir")
	[ -f "$dir/partnership.xml" ] || continue
	dest="$OUT/$name"
	mkdir -p "$dest"
	log="$dest/lpdoc.log"
	: >"$log"
	if has build; then
		"$LPDOC" build "$dir" -o "$OUT" || failed=$((failed + 1))
		continue
	fi
	view="$dest/model.xml"
	"$LPDOC" view "$dir" -o "$view" || { failed=$((failed + 1)); continue; }
	"$LPDOC" check "$dir" >"$dest/compliance.txt" 2>&1
	echo "demo: $name: $(tail -n 1 "$dest/compliance.txt")"
	if has minutes; then
		mkdir -p "$dest/minutes"
		for m in $(ids meeting); do
			run "$dest/minutes/$m.pdf" minutes "$dir" --meeting "$m"
		done
	fi
	if has pack; then
		for t in $(ids term); do
			run "$dest/pack-$t.pdf" pack "$dir" --term "$t"
			run "$dest/pack-$t-public.pdf" pack "$dir" --term "$t" --public
		done
	fi
	if has report; then
		run "$dest/annual-report-$YEAR.pdf" report "$dir" --year "$YEAR"
		if grep -q '<performance-plan' "$dir/partnership.xml"; then
			run "$dest/performance-plan-$YEAR.pdf" report "$dir" --year "$YEAR" --performance-plan
		fi
	fi
	# only the documents this partnership's records call for
	if has plan && grep -qs "<delivery-plan year=\"$YEAR\"" "$dir/plans.xml"; then
		run "$dest/delivery-plan-$YEAR.pdf" plan "$dir" --year "$YEAR"
	fi
	if has proforma && grep -q '<school ' "$dir/members.xml"; then
		run "$dest/mou-proformas.pdf" proforma "$dir"
	fi
	if has agreement && grep -q '<party ' "$dir/partnership.xml"; then
		run "$dest/agreement.pdf" agreement "$dir"
	fi
done
for fo in examples/*.fo; do
	[ -f "$fo" ] || continue
	log="$OUT/examples.log"
	run "$OUT/$(basename "$fo" .fo).pdf" render "$fo"
done
echo "demo: $made documents in $OUT/, $failed failed"
[ "$failed" -eq 0 ]
