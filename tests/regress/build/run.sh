#!/bin/sh
# Regression tests for `lpdoc build`: the output tree, the incremental
# rebuild, the not-compliant mark, --strict, --term, and the errors.
#
# One story over a fresh copy of data/example (called "example"), built
# into out/ from inside a scratch folder, so that every path printed is
# relative.  Each step's standard output, standard error and "exit N"
# (the run time replaced by T) must match expected/STEP byte for byte;
# some steps check more (files untouched, text of a PDF).
# UPDATE=1 rewrites the expected files from the current output.
test_name=build; . "$(dirname "$0")/../lib.sh"
export SOURCE_DATE_EPOCH=1766102400   # 19 December 2025, the records' as-of date
cd "$work" || exit 1
cp -R "$root/data/example" example

# expect STEP COMMAND...: runs COMMAND; its standard output, "exit N"
# and standard error must match expected/STEP.
expect() {
	step=$1
	shift
	"$@" >"$step.out" 2>"$step.err"
	echo "exit $?" >>"$step.out"
	sed 's/; [0-9]*\.[0-9]* s$/; T s/' "$step.out" "$step.err" >"$step.got"
	if [ "${UPDATE:-}" = 1 ]; then
		cp "$step.got" "$here/expected/$step"
	fi
	if cmp -s "$step.got" "$here/expected/$step"; then
		ok
	else
		failed "$step"
		diff "$here/expected/$step" "$step.got" | head -20
	fi
}

# build STEP ARGS...: lpdoc build example ARGS, with two workers.
build() {
	step=$1
	shift
	# shellcheck disable=SC2086
	expect "$step" $LPDOC_WRAP "$LPDOC" build example -o out -j 2 "$@"
}

# edit FILE PERL-SUBSTITUTION: fails when it changes nothing.
edit() {
	cp "$1" "$1.before"
	perl -0pi -e "$2" "$1"
	if cmp -s "$1" "$1.before"; then
		echo "setup: '$2' changed nothing in $1" >&2
		exit 1
	fi
	rm -f "$1.before"
}

year=out/example/2025-26

# The checksums of every file of the year folder (to see what changed).
sums() {
	(cd "$year" && find . -type f ! -name .lpdoc-manifest | sort | xargs md5sum)
}

# The inode of every file of the year folder: a file rewritten, even with
# the same bytes, gets a new one (outputs are renamed into place).
inodes() {
	(cd "$year" && find . -type f | sort | xargs ls -i)
}

# 1. The first build makes every document of the year.
build 01-first
find out -type f | sort >tree.got
if [ "${UPDATE:-}" = 1 ]; then cp tree.got "$here/expected/tree"; fi
if cmp -s tree.got "$here/expected/tree"; then ok; else failed "output tree"; diff "$here/expected/tree" tree.got; fi
for pdf in $(find out -name '*.pdf'); do
	if qpdf --check "$pdf" >/dev/null 2>&1 && pdfinfo "$pdf" | grep -q '^Tagged: *yes'; then
		ok
	else
		failed "$pdf: qpdf --check or Tagged: yes"
	fi
	# every document is in British English (common.xsl's lp-root): the
	# catalog's /Lang, which lpdoc writes uncompressed
	if grep -aq '/Lang (en-GB)' "$pdf"; then ok; else failed "$pdf: /Lang is not en-GB"; fi
done

# 2. Nothing changed: nothing is made, no file is rewritten.
inodes >inodes.before
build 02-again
inodes >inodes.after
if cmp -s inodes.before inodes.after; then ok; else failed "02-again rewrote files"; diff inodes.before inodes.after; fi

# 3. One meeting's minutes change: its minutes and its term's packs are
# made again, nothing else.
sums >sums.before
edit example/meetings/eb.xml 's{The minutes of 7 October 2025 were approved}{The minutes of 7 October 2025, corrected, were approved}'
build 03-one-meeting
sums >sums.after
diff sums.before sums.after | sed -n 's/^> [0-9a-f]*  //p' >changed.got
printf '%s\n' ./minutes/eb-2025-12-02-public.pdf ./minutes/eb-2025-12-02.pdf \
	./packs/2025-autumn-public.pdf ./packs/2025-autumn.pdf >changed.want
if cmp -s changed.want changed.got; then ok; else failed "03: files changed"; diff changed.want changed.got; fi

# 4. A breach: a decision taken while the board was inquorate (the
# example's special meeting of 14 November), here never ratified.  The
# member editions of the minutes and the term's pack carry the mark on
# every page; the published documents (public minutes and pack, the
# annual report) do not; the exit status is 1.
edit example/meetings/eb.xml 's{\s*<ratifies decision="d-2025-11-14-a"/>}{}'
build 04-breach
pdf=$year/minutes/eb-2025-11-14.pdf
pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
marked=0
for p in $(seq 1 "$pages"); do
	pdftotext -f "$p" -l "$p" "$pdf" - | tr '\n' ' ' | grep -q 'NOT COMPLIANT' && marked=$((marked + 1))
done
if [ "$pages" -ge 1 ] && [ "$marked" -eq "$pages" ]; then ok; else failed "04: mark on $marked of $pages pages"; fi
if pdftotext "$year/minutes/sg-2025-11-25.pdf" - | grep -q 'NOT COMPLIANT'; then failed "04: a compliant document is marked"; else ok; fi
for f in minutes/eb-2025-11-14-public.pdf packs/2025-autumn-public.pdf annual-report.pdf; do
	if pdftotext "$year/$f" - | grep -q 'NOT COMPLIANT'; then failed "04: published $f is marked"; else ok; fi
done
if pdftotext "$year/packs/2025-autumn.pdf" - | grep -q 'NOT COMPLIANT'; then ok; else failed "04: the member pack is not marked"; fi

# 5. --strict: the documents the breach touches are withheld and the
# copies made before are removed.
build 05-strict --strict
for f in minutes/eb-2025-11-14.pdf packs/2025-autumn.pdf annual-report.pdf; do
	if [ -e "$year/$f" ]; then failed "05: $f still there"; else ok; fi
done

# 6. --term: only the term's documents; the other entries of the manifest stay.
edit example/meetings/eb.xml 's{<apologies person="p-eve"/>}{<present person="p-eve"/>}'
build 06-term --term 2025-autumn
grep -c ' annual-report.pdf$' "$year/.lpdoc-manifest" >manifest.got || true
build 07-year-after-term

# 8. A meeting deleted from the records: its minutes go.
edit example/meetings/other.xml 's{<meeting id="sg-2025-11-25".*?</meeting>\s*}{}s'
build 08-meeting-deleted
if [ -e "$year/minutes/sg-2025-11-25.pdf" ]; then failed "08: minutes of a deleted meeting kept"; else ok; fi

# 9. A damaged manifest: its bad lines are warned about and ignored; a
# line naming a file outside the year folder removes nothing.
echo "this is not a manifest line" >>"$year/.lpdoc-manifest"
echo "0000000000000000000000000000000000000000000000000000000000000000 1 1 ../../../example/people.xml" >>"$year/.lpdoc-manifest"
build 09-bad-manifest
if [ -f example/people.xml ]; then ok; else failed "09: a manifest line removed a file outside the output"; fi

# 10. Errors: an unknown year or term, no such folder, an output folder
# that is a file.
build 10-unknown-year --year 2031-32
build 11-unknown-term --term 2025-autum
# shellcheck disable=SC2086
expect 12-no-folder $LPDOC_WRAP "$LPDOC" build nowhere -o out
: >blocked
# shellcheck disable=SC2086
expect 13-output-is-a-file $LPDOC_WRAP "$LPDOC" build example -o blocked -q
$LPDOC_WRAP "$LPDOC" build >14.out 2>&1; echo "exit $?" >>14.out
if tail -n 1 14.out | grep -qx 'exit 2' && grep -q '^usage: lpdoc build' 14.out; then ok; else failed "14: no folder given"; cat 14.out; fi

# 15. An office taken: Ben becomes the Board's vice-chair from 1 November.
# The Board's minutes from then on name him so (he is present at one
# meeting, sends apologies to the other) and so do the autumn packs;
# October's minutes and everything else stay as they were.
sums >sums.before
edit example/people.xml 's{(<person id="p-ben"[^>]*>)}{$1\n    <office title="vice-chair" body="eb" from="2025-11-01"/>}'
build 15-vice-chair
sums >sums.after
diff sums.before sums.after | sed -n 's/^> [0-9a-f]*  //p' >changed.got
printf '%s\n' ./minutes/eb-2025-11-14-public.pdf ./minutes/eb-2025-11-14.pdf \
	./minutes/eb-2025-12-02-public.pdf ./minutes/eb-2025-12-02.pdf \
	./packs/2025-autumn-public.pdf ./packs/2025-autumn.pdf >changed.want
if cmp -s changed.want changed.got; then ok; else failed "15: files changed"; diff changed.want changed.got; fi
if pdftotext "$year/minutes/eb-2025-12-02.pdf" - | grep -q 'Vice-chair'; then ok; else failed "15: no vice-chair in the minutes"; fi

# 14. A --term build removes what its term no longer calls for (a meeting
# deleted) and keeps the other terms' documents and the year's.
edit example/meetings/other.xml 's{<meeting id="sg-2025-09-30".*?</meeting>\s*}{}s'
build 14-term-meeting-deleted --term 2025-autumn
for f in minutes/sg-2025-09-30.pdf minutes/sg-2025-09-30-public.pdf; do
	if [ -e "$year/$f" ]; then failed "14: $f of a deleted meeting kept"; else ok; fi
done
build 14-other-term --term 2026-spring
for f in minutes/eb-2025-10-07-with-part-ii-confidential.pdf packs/2025-autumn-public.pdf annual-report.pdf; do
	if [ -e "$year/$f" ]; then ok; else failed "14: a spring build removed $f"; fi
done
if grep -q ' minutes/eb-2025-10-07-with-part-ii-confidential.pdf$' "$year/.lpdoc-manifest"; then ok; else failed "14: the manifest forgot the autumn minutes"; fi

# Nothing was written outside out/ (and the records' copy).
find . -newer example/partnership.xml -type f ! -path './out/*' ! -path './example/*' \
	! -name '*.out' ! -name '*.err' ! -name '*.got' ! -name '*.want' ! -name '*.before' \
	! -name '*.after' ! -name blocked ! -name stray >stray
if [ -s stray ]; then failed "files written outside out/"; cat stray; else ok; fi

# 17. An agreement without an annual review asks no one to sign a pro-forma
# and has no review register: the build makes neither, and its summary says
# why in one line (lpdoc proforma's).
cp -R "$root/data/example" noreview
edit noreview/partnership.xml 's{\n\s*<annual-review [^>]*/>}{}'
expect 17-no-review $LPDOC_WRAP "$LPDOC" build noreview -o out -j 2
if [ ! -e out/noreview/2025-26/mou-proformas.pdf ] && [ ! -e out/noreview/2025-26/review-register.pdf ] &&
	grep -q '^skipped mou-proformas.pdf: no pro-forma: ' 17-no-review.out; then
	ok
else
	failed "17: pro-formas or a register made for an agreement without a review"
fi

# 16. Memory: the plan holds no document's view (each is built, digested
# and let go), so a build with nothing to render peaks no higher than
# `lpdoc check` of the same records, however many documents there are
# (before, 250 schools took 16 MB more, and 5,000 schools 370 MB more).
# The figures mean nothing under valgrind or a sanitizer: skipped there.
gen=$BUILD/bench/genpartnership
if [ -x "$gen" ] && [ -x /usr/bin/time ] && [ -z "${LPDOC_WRAP:-}" ] && [ "${BUILD##*/}" != san ]; then
	"$gen" -n 250 -m 125 -t 1250 -s 1 -o big >/dev/null || exit 1
	"$LPDOC" build big -o bigout -q >/dev/null 2>&1
	check_kb=$(/usr/bin/time -f %M "$LPDOC" check big 2>&1 >/dev/null | tail -n 1)
	again_kb=$(/usr/bin/time -f %M "$LPDOC" build big -o bigout -q 2>&1 >/dev/null | tail -n 1)
	if [ "$again_kb" -le $((check_kb + 4096)) ]; then
		ok
	else
		failed "15: build with nothing to render peaked at $again_kb KB, check at $check_kb KB"
	fi
fi

suite_end
