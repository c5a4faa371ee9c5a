#!/bin/sh
# Hostile input, atomic output and determinism, for every command in main
# (`lpdoc render`, `lpdoc view`).  Each hostile case runs in its own folder
# holding in/ (the input) and out/ (an earlier good output, out/prev.*) and
# must:
#   - finish within $HOSTILE_TIMEOUT seconds of CPU (default 20; a CPU
#     limit, so a busy machine does not fail it; five times that in wall
#     time, for a wait that uses none), never crash (no signal, no
#     sanitizer report);
#   - exit with the documented status and print a diagnostic matching the
#     case's pattern (a clear `file:line:col: error:` message);
#   - leave out/prev.* byte-identical unless it succeeded, leave no
#     temporary file, and write nothing anywhere else in the folder.
# Cases listed in tests/hostile/known-gaps (name, then why) are gaps
# reported to their owners: a wrong status or message there is XFAIL, and
# a case that starts passing fails until it is taken off the list.
# Then: kill -9 and SIGTERM mid-render, a file size limit (full disk),
# SOURCE_DATE_EPOCH determinism and PDF validity, and the replay of every
# fuzzer crash kept under tests/fuzz/crashes/.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/tests/lib/pdf.sh"
: "${LPDOC:=$root/lpdoc}"
: "${LPDOC_WRAP:=}"
T=${HOSTILE_TIMEOUT:-20}
[ -n "$LPDOC_WRAP" ] && T=$((T * 6))
work=$(mktemp -d "${TMPDIR:-/tmp}/lpdoc-hostile.XXXXXX")
trap 'umount "$work/case-full-tmpfs/out" 2>/dev/null; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM  # then the EXIT trap cleans up
export SOURCE_DATE_EPOCH=1700000000
pass=0 fail=0 xfail=0

bad() { echo "FAIL $1: $2"; fail=$((fail + 1)); }
known_gap() { grep -q "^$1[[:space:]]" "$here/known-gaps" 2>/dev/null; }

FO_HEAD='<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format"><fo:layout-master-set><fo:simple-page-master master-name="p" page-width="PW" page-height="PH"><fo:region-body/></fo:simple-page-master></fo:layout-master-set><fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">'
FO_TAIL='</fo:flow></fo:page-sequence></fo:root>'
# fo_doc BODY [PAGE_WIDTH [PAGE_HEIGHT]]: an FO document around BODY.
fo_doc() {
	printf '<?xml version="1.0" encoding="UTF-8"?>\n%s' "$FO_HEAD" |
		sed "s|PW|${2:-210mm}|; s|PH|${3:-297mm}|"
	printf '%s%s\n' "$1" "$FO_TAIL"
}

# A good earlier PDF and view, which failures must leave alone.
fo_doc '<fo:block>An earlier good document.</fo:block>' >"$work/prev.fo"
"$LPDOC" render "$work/prev.fo" -o "$work/prev.pdf" || { echo "FAIL cannot render prev.pdf"; exit 1; }
"$LPDOC" view "$root/data/example" -o "$work/prev.xml" || { echo "FAIL cannot view example"; exit 1; }

# new_case NAME: a fresh $dir with in/ and out/prev.pdf, out/prev.xml.
new_case() {
	dir="$work/case-$1"
	mkdir -p "$dir/in" "$dir/out"
	cp "$work/prev.pdf" "$work/prev.xml" "$dir/out/"
}

# check NAME STATUSES PATTERN OUTFILE CMD...: runs CMD in $dir (made by
# new_case, input already in in/) and judges it as the header says.
# STATUSES is a |-list; PATTERN "-" accepts any diagnostics; of allowed exit statuses; OUTFILE the -o target
# (relative to $dir), a folder ending in / where the output may go, or "".
check() {
	name=$1 want=$2 pattern=$3 outfile=$4
	shift 4
	(cd "$dir" && find . -type f | sort >"$work/before")
	(cd "$dir" && ulimit -t "$T" && timeout -s KILL $((T * 5)) "$@" >"$work/stdout" 2>"$work/stderr")
	st=$?
	(cd "$dir" && find . -type f | sort >"$work/after")
	# 137: SIGKILL (the wall-time limit, or the CPU limit's hard end);
	# 152: SIGXCPU (the CPU limit)
	if [ "$st" = 137 ] || [ "$st" = 152 ]; then
		bad "$name" "did not finish within ${T}s of CPU or $((T * 5))s of wall time"; return; fi
	if [ "$st" -ge 128 ] || grep -qE "AddressSanitizer|runtime error:|LeakSanitizer|definitely lost" "$work/stderr"; then
		if known_gap "$name"; then
			xfail=$((xfail + 1)); echo "XFAIL $name (crashed, status $st; see known-gaps)"; return; fi
		bad "$name" "crashed (status $st)"; head -20 "$work/stderr"; return; fi
	if grep -q '\.tmp' "$work/after"; then
		bad "$name" "left a temporary file"; return; fi
	case $outfile in
	*/) keep="^\./$outfile" ;;     # a folder: anything inside it
	*) keep="^\./${outfile:-/}$" ;;
	esac
	new=$(comm -13 "$work/before" "$work/after" | grep -v "$keep" || true)
	if [ -n "$new" ]; then
		bad "$name" "wrote files it should not: $new"; return; fi
	if [ "$st" != 0 ]; then
		for p in prev.pdf prev.xml; do
			cmp -s "$dir/out/$p" "$work/$p" || { bad "$name" "earlier out/$p changed"; return; }
		done
	elif [ -n "$outfile" ] && [ "${outfile%.pdf}" != "$outfile" ] && ! why=$(pdf_problems "$dir/$outfile"); then
		bad "$name" "exit 0 but $outfile: $why"; return
	fi
	ok=1
	case "|$want|" in *"|$st|"*) ;; *) ok=0 ;; esac
	# diagnostics: stderr, or stdout for lpdoc check
	[ "$pattern" = - ] || cat "$work/stderr" "$work/stdout" | grep -qE "$pattern" || ok=0
	if known_gap "$name"; then
		if [ "$ok" = 1 ]; then bad "$name" "passes now: take it off tests/hostile/known-gaps"
		else xfail=$((xfail + 1)); echo "XFAIL $name (exit $st; see known-gaps)"; fi
		return
	fi
	if [ "$ok" = 1 ]; then pass=$((pass + 1)); return; fi
	bad "$name" "exit $st (want $want), stderr must match /$pattern/:"
	head -5 "$work/stderr"
}

# render_case NAME STATUSES PATTERN: renders in/doc.fo to out/prev.pdf.
render_case() {
	check "$1" "$2" "$3" out/prev.pdf $LPDOC_WRAP "$LPDOC" render in/doc.fo -o out/prev.pdf
}
# view_case NAME STATUSES PATTERN: views in/records to out/prev.xml.
view_case() {
	check "$1" "$2" "$3" out/prev.xml $LPDOC_WRAP "$LPDOC" view in/records -o out/prev.xml
}

ERR='^[^ ]+:[0-9]+(:[0-9]+)?: error: |^[^ :]+: error: '

# ---- lpdoc render: XML-level attacks ----
new_case render-xxe-file
{ echo '<?xml version="1.0"?><!DOCTYPE fo:root [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
  fo_doc '<fo:block>&x;</fo:block>' | tail -n +2; } >"$dir/in/doc.fo"
render_case render-xxe-file 2 "DOCTYPE"

new_case render-xxe-network
{ echo '<?xml version="1.0"?><!DOCTYPE fo:root SYSTEM "http://127.0.0.1:9/fo.dtd">'
  fo_doc '<fo:block>x</fo:block>' | tail -n +2; } >"$dir/in/doc.fo"
render_case render-xxe-network 2 "DOCTYPE"

new_case render-entity-bomb
{ printf '<?xml version="1.0"?><!DOCTYPE fo:root [<!ENTITY a "aaaaaaaaaa">'
  prev=a; for e in b c d e f g h i j; do
	printf '<!ENTITY %s "' $e; i=0; while [ $i -lt 10 ]; do printf '&%s;' $prev; i=$((i + 1)); done; printf '">'
	prev=$e; done
  echo ']>'; fo_doc '<fo:block>&j;</fo:block>' | tail -n +2; } >"$dir/in/doc.fo"
render_case render-entity-bomb 2 "DOCTYPE"

new_case render-huge-file
fo_doc '<fo:block>x</fo:block>' >"$dir/in/doc.fo"
truncate -s 100M "$dir/in/doc.fo"
render_case render-huge-file 2 "larger than"
rm -f "$dir/in/doc.fo"

new_case render-deep-nesting
fo_doc "$(awk 'BEGIN { for (i = 0; i < 20000; i++) printf "<fo:block>"; for (i = 0; i < 20000; i++) printf "</fo:block>" }')" >"$dir/in/doc.fo"
render_case render-deep-nesting 2 "nested"

new_case render-invalid-utf8
fo_doc "$(printf '<fo:block>bad \377\376 bytes</fo:block>')" >"$dir/in/doc.fo"
render_case render-invalid-utf8 2 "UTF-8"

new_case render-nul-byte
{ fo_doc '<fo:block>x</fo:block>'; printf '\000'; } >"$dir/in/doc.fo"
render_case render-nul-byte 2 "NUL"

new_case render-binary-garbage
head -c 65536 /dev/urandom >"$dir/in/doc.fo"
render_case render-binary-garbage 2 "$ERR"

new_case render-empty
: >"$dir/in/doc.fo"
render_case render-empty 2 "empty"

new_case render-not-fo
echo '<html><body>x</body></html>' >"$dir/in/doc.fo"
render_case render-not-fo 2 "fo:root"

# one 5 MB line of 100,000 blocks: linear, not quadratic (it took minutes)
new_case render-one-long-line
fo_doc "$(awk 'BEGIN { for (i = 0; i < 100000; i++) printf "<fo:block>%d</fo:block>", i }')" |
	tr -d '\n' >"$dir/in/doc.fo"
render_case render-one-long-line 0 -

# ---- lpdoc render: absurd numbers ----
new_case render-font-size-1e9
fo_doc '<fo:block font-size="1e9pt">huge</fo:block>' >"$dir/in/doc.fo"
render_case render-font-size-1e9 2 "font-size"

new_case render-negative-page
fo_doc '<fo:block>x</fo:block>' -210mm >"$dir/in/doc.fo"
render_case render-negative-page 2 "page-width"

new_case render-zero-page
fo_doc '<fo:block>x</fo:block>' 0mm 0mm >"$dir/in/doc.fo"
render_case render-zero-page 2 "page-width|page-height"

new_case render-enormous-page
fo_doc '<fo:block>x</fo:block>' 1e9mm >"$dir/in/doc.fo"
render_case render-enormous-page 2 "page-width"

new_case render-absurd-spacing
fo_doc '<fo:block space-before="1e9pt" padding="1e9pt" start-indent="1e9pt" line-height="1e30">x</fo:block><fo:block space-after="-1e9pt" text-indent="-1e9pt">y</fo:block>' >"$dir/in/doc.fo"
render_case render-absurd-spacing "0|2" "space-before|padding|indent|line-height"

new_case render-page-number-overflow
fo_doc '<fo:block>x</fo:block>' | sed 's|master-reference="p">|master-reference="p" initial-page-number="99999999999999999999">|' >"$dir/in/doc.fo"
render_case render-page-number-overflow "0|2" "initial-page-number"

new_case render-100000-columns
fo_doc "<fo:table><fo:table-body><fo:table-row>$(awk 'BEGIN { for (i = 0; i < 100000; i++) printf "<fo:table-cell><fo:block>%d</fo:block></fo:table-cell>", i }')</fo:table-row></fo:table-body></fo:table>" >"$dir/in/doc.fo"
# laid out or refused, but in bounded time and memory
render_case render-100000-columns "0|2" -

# ---- lpdoc render: images and paths ----
new_case render-not-an-image
echo "this is not a PNG" >"$dir/in/fake.png"
fo_doc '<fo:block><fo:external-graphic src="fake.png"/></fo:block>' >"$dir/in/doc.fo"
render_case render-not-an-image "0|2" "external-graphic|image"

new_case render-enormous-image
# a PNG header claiming 1,000,000 x 1,000,000 pixels, and nothing else
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\017\102\100\000\017\102\100\010\006\000\000\000\000\000\000\000' >"$dir/in/big.png"
fo_doc '<fo:block><fo:external-graphic src="big.png"/></fo:block>' >"$dir/in/doc.fo"
render_case render-enormous-image "0|2" "external-graphic|image"

new_case render-image-outside
fo_doc '<fo:block><fo:external-graphic src="../../../../../../../etc/passwd"/><fo:external-graphic src="file:///etc/passwd"/></fo:block>' >"$dir/in/doc.fo"
render_case render-image-outside "0|2" "external-graphic|image"
if [ -f "$dir/out/prev.pdf" ] && pdftotext "$dir/out/prev.pdf" - 2>/dev/null | grep -q "root:"; then
	bad render-image-outside "/etc/passwd ended up in the PDF"; fi

new_case render-output-missing-folder
fo_doc '<fo:block>x</fo:block>' >"$dir/in/doc.fo"
check render-output-missing-folder 3 "cannot" "" $LPDOC_WRAP "$LPDOC" render in/doc.fo -o no/such/folder/x.pdf

new_case render-output-is-folder
fo_doc '<fo:block>x</fo:block>' >"$dir/in/doc.fo"
check render-output-is-folder "2|3" "$ERR|cannot|fatal" "" $LPDOC_WRAP "$LPDOC" render in/doc.fo -o out

# ---- lpdoc view: records ----
# records_case NAME FILE: a copy of data/example in in/records, FILE to be broken.
records_case() {
	new_case "$1"
	cp -R "$root/data/example" "$dir/in/records"
	rec="$dir/in/records/$2"
}
# view_edit NAME FILE STATUSES PATTERN SED: data/example with FILE edited by SED.
view_edit() {
	records_case "$1" "$2"
	sed -i "$5" "$rec"
	view_case "$1" "$3" "$4"
}
view_edit view-xxe-file members.xml 2 DOCTYPE \
	'1a <!DOCTYPE members [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
view_edit view-xxe-network people.xml 2 DOCTYPE \
	'1a <!DOCTYPE people SYSTEM "http://127.0.0.1:9/people.dtd">'
view_edit view-entity-bomb calendar.xml 2 DOCTYPE \
	'1a <!DOCTYPE calendar [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
view_edit view-invalid-utf8 people.xml 2 UTF-8 "s/name=\"/name=\"$(printf '\303\050')/"
view_edit view-absurd-money finance.xml 2 "$ERR" \
	's/amount="50000"/amount="1e308"/; s/amount="45000"/amount="99999999999999999999999999999"/; s/opening="8250.75"/opening="-0.000000001"/'
view_edit view-absurd-dates calendar.xml 2 "$ERR" \
	's/start="2025-09-03" end="2025-12-19">/start="99999-99-99" end="2025-12-19">/; s/end="2026-03-27">/end="2026-02-30">/'
view_edit view-dotdot-ids members.xml 2 "$ERR" \
	's/urn="100001"/urn="..\/..\/etc\/passwd"/; s/id="s-mill"/id="..\/..\/s-mill"/'

records_case view-nul-byte finance.xml
printf '\000' >>"$rec"
view_case view-nul-byte 2 "NUL"

records_case view-logo-outside partnership.xml
sed -i 's|logo="logo.png"|logo="../../../../../../etc/passwd"|' "$rec"
view_case view-logo-outside "0|2" -
grep -q "root:" "$dir/out/prev.xml" && bad view-logo-outside "/etc/passwd read into the view"

records_case view-symlink-out meetings/other.xml
rm -f "$rec"; ln -s /etc/passwd "$rec"
view_case view-symlink-out 2 "$ERR"

# ---- a customised stylesheet that tries to leave its folders ----
# style_case NAME XSLT: lpdoc proforma on data/example through a copy of
# the stylesheets, as a user customises them (LPDOC_DATADIR names the
# copy), whose proforma.xsl runs XSLT and then the original.  It must stop
# with an error naming the stylesheet line and saying why (exit 2), write
# nothing anywhere (not even where XSLT points outside), and leave the
# earlier PDF alone.
STYLE_NS='xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:exsl="http://exslt.org/common" xmlns:saxon="http://icl.com/saxon" extension-element-prefixes="exsl saxon"'
style_case() {
	records_case "$1" partnership.xml
	c="$dir/in/custom"
	mkdir -p "$c"
	cp -R "$root/stylesheets" "$c/"
	ln -s "$root/fonts" "$c/fonts"
	ln -s "$root/data" "$c/data"
	mv "$c/stylesheets/proforma.xsl" "$c/stylesheets/proforma-orig.xsl"
	printf '<xsl:stylesheet version="1.0" %s>\n<xsl:import href="proforma-orig.xsl"/>\n%s\n</xsl:stylesheet>\n' \
		"$STYLE_NS" "$2" >"$c/stylesheets/proforma.xsl"
	echo '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>' >"$dir/in/outside.xsl"
	rm -f "$work"/escape*
	check "$1" 2 "proforma\.xsl:[0-9]+: error: .*(refused|denied|unable to load)" out/prev.pdf \
		env LPDOC_DATADIR="$c" $LPDOC_WRAP "$LPDOC" proforma in/records -o out/prev.pdf
	if ls "$work"/escape* "$c"/escape* >/dev/null 2>&1; then
		bad "$1" "the stylesheet wrote a file: $(ls "$work"/escape* "$c"/escape* 2>/dev/null)"; fi
	[ -f "$dir/out/prev.pdf" ] && grep -q "root:x:" "$dir/out/prev.pdf" && bad "$1" "/etc/passwd in the PDF"
}
# style_first NAME BODY: style_case with BODY run before the original root template.
style_first() {
	style_case "$1" "<xsl:template match=\"/\">$2<xsl:apply-imports/></xsl:template>"
}
if "$LPDOC" help proforma >/dev/null 2>&1; then
	style_first style-exsl-document "<exsl:document href=\"$work/escape-exsl\" method=\"text\">x</exsl:document>"
	style_first style-exsl-document-relative '<exsl:document href="../../../../escape-rel" method="text">x</exsl:document>'
	style_first style-xsl-document "<xsl:document href=\"$work/escape-xsl\" method=\"text\">x</xsl:document>"
	style_first style-saxon-output "<saxon:output href=\"$work/escape-saxon\" method=\"text\">x</saxon:output>"
	style_first style-read-passwd '<xsl:value-of select="document(&quot;/etc/passwd&quot;)"/>'
	style_first style-read-dotdot '<xsl:value-of select="document(&quot;../../../../../../../../etc/passwd&quot;)"/>'
	style_first style-read-network '<xsl:value-of select="document(&quot;http://127.0.0.1:9/x.xml&quot;)"/>'
	style_case style-import-outside '<xsl:import href="../../outside.xsl"/>'
fi

# ---- nothing lost: signals and a full disk mid-render ----
sh "$root/tests/bench/gen-text.sh" 1500 >"$work/big.fo"
# (without $LPDOC_WRAP: a signal ends valgrind as it ends lpdoc, and
# tests/fo renders under it already; under valgrind these took minutes)
t0=$(date +%s.%N)
"$LPDOC" render -q "$work/big.fo" -o "$work/big.pdf"
full=$(echo "$t0 $(date +%s.%N)" | awk '{ printf "%.2f", ($2 - $1) / 2 }')
# interrupt SIGNAL: starts a render over out/prev.pdf, sends SIGNAL halfway
# through (the time of a full run, halved; less if the machine got faster
# and the render finished first), and checks that the earlier PDF is intact.
interrupt() {
	new_case "kill-$1"
	delay=$full tries=0 st=0
	while [ $tries -lt 4 ]; do
		"$LPDOC" render -q "$work/big.fo" -o "$dir/out/prev.pdf" 2>"$work/stderr" &
		pid=$!
		sleep "$delay"
		kill -s "$1" "$pid" 2>/dev/null
		{ wait "$pid"; } 2>/dev/null  # no "Killed" line from the shell
		st=$?
		[ "$st" != 0 ] && break
		cp "$work/prev.pdf" "$dir/out/prev.pdf"
		delay=$(echo "$delay" | awk '{ printf "%.2f", $1 / 4 }')
		tries=$((tries + 1))
	done
	if [ "$st" = 0 ]; then bad "kill-$1" "render always finished before the signal"
	elif cmp -s "$dir/out/prev.pdf" "$work/prev.pdf"; then pass=$((pass + 1))
	else bad "kill-$1" "earlier PDF damaged by a $1 mid-run"; fi
}
interrupt KILL
interrupt TERM

# A full disk, as a file size limit: 200 blocks of 512 bytes, far less
# than the 87-page PDF of 420 KB (small, to be quick under valgrind).  lpdoc ignores SIGXFSZ, so the write fails with
# EFBIG and is reported (the default action would kill it without a word,
# status 153, which check() counts as a crash).  The message names the
# file, the reason and what to do; exit 3; the earlier file stays whole.
FULL='cannot write: (File too large|No space left on device); free some space and run again'
sh "$root/tests/bench/gen-text.sh" 100 >"$work/mid.fo"
new_case full-disk
check full-disk 3 "^out/prev\.pdf: fatal: $FULL" "" \
	sh -c 'ulimit -f 200; exec "$@"' sh $LPDOC_WRAP "$LPDOC" render "$work/mid.fo" -o out/prev.pdf
# the view (libxml2 writing through the same atomic output): one block
new_case full-disk-view
cp -R "$root/data/example" "$dir/in/records"
check full-disk-view 3 "^out/prev\.xml: fatal: $FULL" "" \
	sh -c 'ulimit -f 1; exec "$@"' sh $LPDOC_WRAP "$LPDOC" view in/records -o out/prev.xml
# A real full disk, when this machine lets us mount a small tmpfs (root):
# the output folder is the full one (cairo's own temporary file is not).
new_case full-tmpfs
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=256k lpdoc-hostile "$dir/out" 2>/dev/null; then
	cp "$work/prev.pdf" "$work/prev.xml" "$dir/out/"
	check full-tmpfs 3 "^out/prev\.pdf: fatal: $FULL" "" \
		$LPDOC_WRAP "$LPDOC" render "$work/mid.fo" -o out/prev.pdf
	umount "$dir/out"
else
	echo "SKIP full-tmpfs (cannot mount a tmpfs here: not root, or no permission)"
fi

# ---- determinism and validity: every document kind in main ----
# the same input twice, the second time in another time zone and locale
same_twice() {
	name=$1 out=$2
	shift 2
	rm -f "$out" "$work/first"
	"$@" >/dev/null 2>&1 && mv "$out" "$work/first"
	TZ=Pacific/Auckland LC_ALL=C.UTF-8 "$@" >/dev/null 2>&1
	if [ ! -f "$work/first" ] || [ ! -f "$out" ]; then bad "$name" "did not run: $*"
	elif cmp -s "$work/first" "$out"; then pass=$((pass + 1))
	else bad "$name" "two runs with SOURCE_DATE_EPOCH differ"; fi
}
# pdf_valid NAME PDF: qpdf --check, every font embedded, tagged.
pdf_valid() {
	why=$(pdf_problems "$2") && pass=$((pass + 1)) || bad "$1" "$why"
}
for fo in "$root"/tests/fo/cases/*.fo "$work/prev.fo"; do
	name=render-$(basename "$fo" .fo)
	# cases that must fail (tests/fo) are not documents
	"$LPDOC" render -q "$fo" -o "$work/det.pdf" >/dev/null 2>&1 || continue
	# tests/fo renders every case under $LPDOC_WRAP (valgrind) already
	same_twice "$name" "$work/det.pdf" "$LPDOC" render -q "$fo" -o "$work/det.pdf"
	pdf_valid "$name" "$work/det.pdf"
done
for rec in "$root"/data/*/partnership.xml; do
	d=$(dirname "$rec")
	same_twice "view-$(basename "$d")" "$work/det.xml" $LPDOC_WRAP "$LPDOC" view "$d" -o "$work/det.xml"
done

# the document commands, when this build has them: each sample twice
# (without $LPDOC_WRAP: tests/regress/proforma makes these under valgrind,
# and twice more for every school of every sample took ten minutes there)
for rec in "$root"/data/*/partnership.xml; do
	d=$(dirname "$rec")
	for cmd in proforma agreement; do
		"$LPDOC" help $cmd >/dev/null 2>&1 || continue
		# agreement is for partnerships with parties: skip the others
		"$LPDOC" $cmd "$d" -o "$work/det.pdf" >/dev/null 2>&1 || continue
		same_twice "$cmd-$(basename "$d")" "$work/det.pdf" "$LPDOC" $cmd "$d" -o "$work/det.pdf"
		pdf_valid "$cmd-$(basename "$d")" "$work/det.pdf"
	done
done

# every other document kind, on data/example, when this build has it
ex="$root/data/example"
while read -r cmd args; do
	"$LPDOC" help "$cmd" >/dev/null 2>&1 || continue
	name="$cmd$(echo "$args" | tr -d ' -' | sed 's/^/-/')"
	# shellcheck disable=SC2086
	same_twice "$name" "$work/det.pdf" $LPDOC_WRAP "$LPDOC" $cmd "$ex" $args -o "$work/det.pdf"
	pdf_valid "$name" "$work/det.pdf"
done <<EOF_DOCS
minutes --meeting eb-2025-12-02
pack --term 2025-autumn
pack --term 2025-autumn --public
report --year 2025-26
report --year 2025-26 --performance-plan
plan --year 2025-26
EOF_DOCS

# ---- lpdoc check on hostile records (same loader, its own exit codes) ----
check_edit() {
	records_case "$1" "$2"
	sed -i "$5" "$rec"
	check "$1" "$3" "$4" "" $LPDOC_WRAP "$LPDOC" check in/records
}
if "$LPDOC" help check >/dev/null 2>&1; then
	check_edit check-xxe-file members.xml 2 DOCTYPE \
		'1a <!DOCTYPE members [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
	check_edit check-invalid-utf8 people.xml 2 UTF-8 "s/name=\"/name=\"$(printf '\303\050')/"
	check_edit check-absurd-money finance.xml 2 "$ERR" 's/amount="50000"/amount="1e308"/'
fi

# ---- every crash the fuzzers found, replayed ----
MODEL_FILES="partnership.xml members.xml people.xml calendar.xml finance.xml performance.xml plans.xml meetings/eb.xml meetings/other.xml"
for f in "$root"/tests/fuzz/crashes/*/*; do
	[ -f "$f" ] || continue
	harness=$(basename "$(dirname "$f")")
	name="fuzz-$harness-$(basename "$f" | cut -c1-20)"
	new_case "$name"
	case $harness in
	model)
		cp -R "$root/data/example" "$dir/in/records"
		pick=$(( $(od -An -tu1 -N1 "$f") % 9 + 1 ))
		target=$(echo $MODEL_FILES | cut -d' ' -f$pick)
		tail -c +2 "$f" >"$dir/in/records/$target"
		view_case "$name" "0|2" - ;;
	*)
		cp "$f" "$dir/in/doc.fo"
		render_case "$name" "0|2" - ;;
	esac
done

# ---- names from the records used in output file names ----
if "$LPDOC" help proforma >/dev/null 2>&1; then
	records_case proforma-dotdot-name members.xml
	sed -i 's|name="Mill Lane Primary School"|name="../../../../escape/../Mill Lane"|' "$rec"
	check proforma-dotdot-name "0|1" - out/ $LPDOC_WRAP "$LPDOC" proforma in/records --split -o out/
	records_case proforma-dotdot-urn members.xml
	sed -i 's|urn="100001"|urn="../../../escape"|' "$rec"
	check proforma-dotdot-urn "1|2" "$ERR" out/ $LPDOC_WRAP "$LPDOC" proforma in/records --split -o out/
fi

echo "hostile: $pass passed, $fail failed, $xfail known gaps"
[ "$fail" = 0 ]
