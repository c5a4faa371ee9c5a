#!/bin/sh
# Regression tests for `lpdoc import gias`, `lpdoc import ledger` and
# `lpdoc calendar`.
#
# gias.csv: 30 establishments written by hand in GIAS's real column layout
#   (gengias.awk's header: the download's column names, in its order), in
#   Windows-1252 with CRLF as GIAS serves it ("St Mary’s", "Notre Dame
#   Café", a name holding a comma), two local authorities, a trust, a
#   closed school, one proposed to open, a type and a phase lpdoc has no
#   value for.
# gias.expected: import one LA into `lpdoc init`'s skeleton, the files it
#   writes, and what `lpdoc check` then finds that the skeleton did not:
#   only the imported schools' own findings, none an error.  Then a
#   re-import after hand edits (a grouping, a subscription, a comment, a
#   changed pupil count): no school twice, the hand-written data kept, the
#   GIAS value back; --dry-run (nothing written); --trust; --urn @FILE;
#   --heads (a person per head, not twice; a head changed by hand noted);
#   a school of the records closed in GIAS (noted, not updated);
#   the same file as UTF-8 with a byte order mark (same records).
# errors.expected: each bad input (binary, UTF-16, a byte neither UTF-8 nor
#   Windows-1252, semicolons, tabs, a header without URN, an unclosed
#   quote, a row of the wrong width, a URN that is none), usage errors, and
#   records that would not load with the import: exit 2, a file:line:col
#   message, the records untouched (compared byte for byte).
# Outputs are compared byte for byte; UPDATE=1 rewrites the expected files.
test_name=import; . "$(dirname "$0")/../lib.sh"
SOURCE_DATE_EPOCH=1764028800
export SOURCE_DATE_EPOCH
unset LPDOC_DATADIR

compare() {
	[ "${UPDATE:-}" = 1 ] && cp "$work/$1.out" "$here/$1.expected"
	if cmp -s "$here/$1.expected" "$work/$1.out"; then
		pass=$((pass + 1))
	else
		failed "$1"
		diff -u "$here/$1.expected" "$work/$1.out" | head -40
	fi
}

run() {
	echo "\$ lpdoc $*"
	(cd "$work/run" && timeout 20 $LPDOC_WRAP "$LPDOC" "$@" 2>&1)
	echo "exit $?"
}

# untouched DIR COPY: DIR's files are byte for byte COPY's.
untouched() {
	diff -r "$work/run/$1" "$work/run/$2" >/dev/null || failed "$1 was changed: $(diff -r "$work/run/$1" "$work/run/$2" | head -5)"
	[ -z "$(ls -A "$work/run/$1" | grep '^\.')" ] || failed "$1 holds a leftover $(ls -A "$work/run/$1" | grep '^\.')"
}

mkdir -p "$work/run"
cp "$here/gias.csv" "$work/run/"
(cd "$work/run" && "$LPDOC" init rp --from liverpool --name "Riverside Partnership" >/dev/null &&
	"$LPDOC" check rp >"$work/before.check" 2>&1)

# ---- import, re-import ----
{
	run import gias gias.csv rp --la Riverside
	grep -n '<school\|<inspection' "$work/run/rp/members.xml" "$work/run/rp/performance.xml" | sed "s#$work/run/##"
	echo "# lpdoc check: what the import added to the skeleton's findings"
	(cd "$work/run" && "$LPDOC" check rp >"$work/after.check" 2>&1)
	grep -vxF -f "$work/before.check" "$work/after.check"
	echo "# hand edits, then the same import again"
	sed -i 's#<school id="s-104501" \(.*\) pupils="412" \(.*\)/>#<!-- joined by hand --><school id="s-104501" \1 pupils="999" \2 grouping="g-pri-1"><subscription year="2025-26" amount="500"/></school>#' "$work/run/rp/members.xml"
	run import gias gias.csv rp --la riverside --urn 104516
	grep -c '<school ' "$work/run/rp/members.xml"
	grep -o '<!-- joined by hand --><school id="s-104501".*</school>' "$work/run/rp/members.xml"
	grep -c '<inspection ' "$work/run/rp/performance.xml"
	echo "# --dry-run writes nothing"
	cp -r "$work/run/rp" "$work/run/rp-copy"
	run import gias gias.csv rp --trust "riverside learning trust" --dry-run
	untouched rp rp-copy
	echo "# --trust, and --urn @FILE, into a new folder"
	(cd "$work/run" && "$LPDOC" init rp2 --from liverpool >/dev/null)
	printf '104517\n104518, 104519\n' >"$work/run/urns.txt"
	run import gias gias.csv rp2 --trust "Riverside Learning Trust" --urn @urns.txt
	echo "# --heads: a person per head, once; a head changed by hand is noted, not changed"
	run import gias gias.csv rp2 --urn 104501,104502 --heads
	grep -n '<person id\|headteacher=' "$work/run/rp2/people.xml" "$work/run/rp2/members.xml" | grep -v 'PERSON-ID\|SCHOOL-OR' | sed "s#$work/run/##"
	sed -i 's#<person id="p-jo-bloggs" name="Jo Bloggs"#<person id="p-jo-bloggs" name="Ann Other"#' "$work/run/rp2/people.xml"
	run import gias gias.csv rp2 --heads
	(cd "$work/run" && "$LPDOC" check rp2 2>&1 | grep 'people.xml.*error')
	echo "# the same file as UTF-8 with a byte order mark gives the same records"
	(cd "$work/run" && "$LPDOC" init rp3 --from liverpool --name "Riverside Partnership" >/dev/null &&
		{ printf '\357\273\277'; iconv -f WINDOWS-1252 -t UTF-8 gias.csv; } >gias-utf8.csv &&
		"$LPDOC" import gias gias-utf8.csv rp3 --la Riverside >/dev/null 2>&1 &&
		"$LPDOC" init rp4 --from liverpool --name "Riverside Partnership" >/dev/null &&
		"$LPDOC" import gias gias.csv rp4 --la Riverside >/dev/null 2>&1 &&
		cmp rp3/members.xml rp4/members.xml && cmp rp3/performance.xml rp4/performance.xml &&
		echo "same records")
	echo "# a school of the records that GIAS has closed is noted, not updated"
	(cd "$work/run" && "$LPDOC" init rp5 --from liverpool >/dev/null &&
		"$LPDOC" import gias gias.csv rp5 --urn 104501 >/dev/null 2>&1)
	sed -i 's/urn="104501"/urn="104507"/' "$work/run/rp5/members.xml"
	run import gias gias.csv rp5
} >"$work/gias.out" 2>&1
compare gias
grep -q '^rp/[a-z]*.xml:[0-9:]* error' "$work/gias.out" && failed "the import added errors to check's findings"

# ---- bad input: exit 2, file:line:col, records untouched ----
cd "$work/run" || exit 3
hdr=$(head -1 gias.csv)
row=$(sed -n 2p gias.csv)
printf 'URN,Name\r\n1\0002\r\n' >binary.csv
printf '\377\376U\000R\000N\000\r\000\n\000' >utf16.csv
{ echo "$hdr"; echo "$row" | sed 's/Church Road/Church \x81Road/'; } >badbyte.csv
echo "$hdr" | tr ',' ';' >semicolons.csv
echo "$hdr" | tr ',' '\t' >tabs.csv
{ echo "$hdr" | sed 's/^URN,/UR N,/'; echo "$row"; } >nourn.csv
{ echo "$hdr"; echo "$row" | sed 's/,Church Road,/,"Church Road,/'; } >unclosed.csv
{ echo "$hdr"; echo "$row" | sed 's/,Church Road,/,Church Road,extra,/'; } >wide.csv
{ echo "$hdr"; echo "$row" | sed 's/^104501,/1045X1,/'; } >badurn.csv
{ echo "$hdr"; echo "$row" | sed 's/,Church Road,/,"Church" Road,/'; } >strayquote.csv
: >empty.csv
rm -rf rp-copy && cp -r rp rp-copy
mkdir broken && cp -r rp/* broken/ && sed -i 's#<calendar#<calender#' broken/calendar.xml && cp -r broken broken-copy
cd "$here" || exit 3
{
	for f in binary utf16 badbyte semicolons tabs nourn unclosed wide badurn strayquote empty; do
		run import gias $f.csv rp --la Riverside
	done
	run import gias missing.csv rp --la Riverside
	run import gias gias.csv no-such-folder --la Riverside
	echo "# records that do not load with the import: nothing written"
	run import gias gias.csv broken --urn 104521
	echo "# usage"
	run import
	run import ledger gias.csv rp
	run import gias gias.csv
	run import gias gias.csv rp --la
	run import gias gias.csv rp --urn 12,abc
	run import gias gias.csv rp extra
	run import gias gias.csv rp --bogus
} 2>&1 | sed "s#$work#WORK#g; /^usage:/,/^exit/{/^usage:/!{/^exit/!d}}" >"$work/errors.out"
compare errors
untouched rp rp-copy
untouched broken broken-copy

# ---- lpdoc import ledger ----
# ledger.expected: two export formats into a copy of data/example (a Sage-
#   style signed amount in Windows-1252 with "£", thousands commas,
#   parentheses, a zero line; a bank-style export with semicolons, ISO
#   dates, decimal commas, debit and credit), each imported twice (the
#   second time adds nothing), an export overlapping the first (only its
#   new line added), what check then finds that it did not before; then
#   every bad case: an unmapped cost centre, a bad date, a bad amount, the
#   wrong delimiter, a map without a reference column, an unknown setting,
#   an unknown income source, a budget line that does not exist (the
#   records would not load: nothing written), usage errors.  The folder is
#   untouched by each bad case.
rm -rf "$work/run" && mkdir -p "$work/run" && cp -r "$root/data/example" "$work/run/ex"
cp "$here"/ledger-*.csv "$here"/ledger-*.map "$work/run/"
(cd "$work/run" && "$LPDOC" check ex >"$work/before.check" 2>&1)
{
	run import ledger ledger-sage.csv ex --map ledger-sage.map
	run import ledger ledger-sage.csv ex --map ledger-sage.map
	run import ledger ledger-bank.csv ex --map ledger-bank.map --dry-run
	run import ledger ledger-bank.csv ex --map ledger-bank.map
	run import ledger ledger-bank.csv ex --map ledger-bank.map
	{ cat "$work/run/ledger-bank.csv"; echo '2025-11-07;TS-891;Room hire;TRAINING;;80,00'; } >"$work/run/ledger-bank2.csv"
	run import ledger ledger-bank2.csv ex --map ledger-bank.map
	grep -n '<income\|<expenditure' "$work/run/ex/finance.xml"
	echo "# lpdoc check: what the imports added to the example's findings"
	(cd "$work/run" && "$LPDOC" check ex >"$work/after.check" 2>&1)
	grep -vxF -f "$work/before.check" "$work/after.check"
	echo "# bad input: nothing written"
	cd "$work/run" || exit 3
	rm -rf ex-copy && cp -r ex ex-copy
	sed 's/^line 4200 = b-reading$//' ledger-sage.map >nocc.map
	sed 's#30/10/2025#30/13/2025#' ledger-sage.csv >baddate.csv
	sed 's#-1249.99#-12x49.99#' ledger-sage.csv >badamount.csv
	grep -v '^delimiter' ledger-bank.map >nodelim.map
	grep -v '^reference' ledger-sage.map >noref.map
	{ cat ledger-sage.map; echo 'currency = GBP'; } >unknown.map
	{ cat ledger-sage.map; echo 'income 2000 = donations'; } >badsource.map
	sed 's/= b-reading/= b-nope/' ledger-sage.map >badline.map
	sed 's/PO-7790/PO-7799/' ledger-sage.csv >newline.csv
	cd "$here" || exit 3
	run import ledger ledger-sage.csv ex --map nocc.map
	run import ledger baddate.csv ex --map ledger-sage.map
	run import ledger badamount.csv ex --map ledger-sage.map
	run import ledger ledger-bank.csv ex --map nodelim.map
	run import ledger ledger-sage.csv ex --map noref.map
	run import ledger ledger-sage.csv ex --map unknown.map
	run import ledger ledger-sage.csv ex --map badsource.map
	run import ledger newline.csv ex --map badline.map
	run import ledger ledger-sage.csv ex --map missing.map
	run import ledger ledger-sage.csv ex
	run import ledger ledger-sage.csv ex --map ledger-sage.map --la Riverside
	run import gias gias.csv ex --map ledger-sage.map
	untouched ex ex-copy
} 2>&1 | sed "s#$work#WORK#g; /^usage:/,/^exit/{/^usage:/!{/^exit/!d}}" >"$work/ledger.out"
compare ledger

# ---- lpdoc calendar ----
# calendar.expected: data/example's meetings and agreement dates as
#   iCalendar (CRLF lines, shown as LF), then: -o FILE written and written
#   again over its own file (an .ics lpdoc made), the same text both times
#   (stable UIDs); refused: an output in the records folder, over a file
#   lpdoc did not make; usage errors.  Every UID is unique.
rm -rf "$work/run" && mkdir -p "$work/run" && cp -r "$root/data/example" "$work/run/example"
echo "not a calendar" >"$work/run/notes.ics"
{
	run calendar example | tr -d '\r'
	run calendar example -o cal.ics
	cp "$work/run/cal.ics" "$work/run/cal-1.ics"
	run calendar example -o cal.ics
	cmp "$work/run/cal.ics" "$work/run/cal-1.ics" && echo "the same file again"
	run calendar example -o example/cal.ics
	run calendar example -o notes.ics
	cat "$work/run/notes.ics"
	run calendar
	run calendar example -x
} 2>&1 | sed "s#$work#WORK#g; /^usage:/,/^exit/{/^usage:/!{/^exit/!d}}" >"$work/calendar.out"
compare calendar
dups=$(grep '^UID:' "$work/run/cal.ics" | sort | uniq -d)
[ -z "$dups" ] || failed "calendar: UIDs used twice: $dups"
[ "$(grep -c '^BEGIN:VEVENT' "$work/run/cal.ics")" -eq "$(grep -c '^END:VEVENT' "$work/run/cal.ics")" ] || failed "calendar: unbalanced VEVENTs"

echo "import: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
