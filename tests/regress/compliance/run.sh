#!/bin/sh
# Regression tests for `lpdoc compliance` (the compliance report).
#
#  - data/example (one note) and data/liverpool (the six breaches of
#    BREACHES.md): the view XML equals NAME.view.expected and the PDF's
#    text (pdftotext) equals NAME.text.expected exactly: summary counts,
#    verdict, findings by level then clause in the agreement's order, the
#    clause's words, file:line of each finding, "Page N of M"; the PDF
#    outline (Summary and one entry per level) equals NAME.outline.expected.
#  - The PDFs pass qpdf --check and are tagged (pdfinfo: Tagged: yes).
#  - Exit status: 0 for example (no error-level finding), 1 for liverpool
#    (breaches), the report written either way.
#  - Records with no findings at all: "No breaches found", no findings
#    section, exit 0.
#  - Every sample partnership's report renders (exit 0 or 1, valid PDF).
#  - --today moves the judgement: before the records' breaches happened
#    (liverpool, 2025-10-01) there are fewer errors.
#  - Errors: a bad --today, no -o, --fo with --view, an unknown option, a
#    folder that is not a partnership: exit 2, no output; an unwritable
#    output: exit 3.
# Set UPDATE=1 to rewrite the expected files from the current output.
test_name=compliance; . "$(dirname "$0")/../lib.sh"
export SOURCE_DATE_EPOCH=1785024000   # 2026-07-26: the samples' as-of dates cap it

compare_paths=root

has() { if grep -qF -- "$3" "$2"; then ok; else bad "$1: '$3' missing"; fi; }
lacks() { if grep -qF -- "$3" "$2"; then bad "$1: '$3' present"; else ok; fi; }

# The PDF outline, one entry a line, indented by level: "title -> page P".
outline() {
	qpdf --json --json-key=outlines "$1" | jq -r '
		def entries(d): .[] | ("  " * d) + .title + " -> page " + (.destpageposfrom1 | tostring),
		                      (.kids | entries(d + 1));
		.outlines | entries(0)'
}

pdf_ok() { # pdf_ok NAME PDF
	qpdf --check "$2" >/dev/null 2>&1 && ok || bad "$1: qpdf --check"
	pdfinfo "$2" 2>/dev/null | grep -q '^Tagged: *yes' && ok || bad "$1: the PDF is not tagged"
}

# report NAME DIR STATUS: view, PDF, text and outline of one partnership
report() {
	name=$1 dir=$2 want=$3
	$LPDOC_WRAP "$LPDOC" compliance "$dir" --view -o "$work/$name.xml" 2>"$work/err"
	rc=$?
	[ $rc = "$want" ] && ok || { bad "$name: --view exit $rc, not $want"; cat "$work/err"; }
	compare "$name: view" "$here/$name.view.expected" "$work/$name.xml"
	$LPDOC_WRAP "$LPDOC" compliance "$dir" -o "$work/$name.pdf" 2>"$work/err"
	rc=$?
	[ $rc = "$want" ] && ok || { bad "$name: exit $rc, not $want"; cat "$work/err"; }
	pdf_ok "$name" "$work/$name.pdf"
	pdftotext "$work/$name.pdf" "$work/$name.txt" 2>/dev/null
	compare "$name: the PDF's text" "$here/$name.text.expected" "$work/$name.txt"
	outline "$work/$name.pdf" >"$work/$name.outline"
	compare "$name: outline" "$here/$name.outline.expected" "$work/$name.outline"
}

report example "$root/data/example" 0
report liverpool "$root/data/liverpool" 1

# every breach of BREACHES.md is in the report, with its clause
for clause in 'MoU 1.1' 'MoU 2.3' 'MoU 2.7' 'MoU 3.1' 'MoU 3.3' 'MoU 5.1'; do
	has "liverpool: breach of $clause" "$work/liverpool.txt" "$clause"
done
has "liverpool: verdict" "$work/liverpool.txt" "Not compliant"
lacks "liverpool: verdict" "$work/liverpool.txt" "No breaches found"
has "example: verdict" "$work/example.txt" "No breaches found"

# ---- records with no findings ----
cp -R "$root/data/example" "$work/clean"
sed 's|<subscription year="2025-26" amount="600"/>|<subscription year="2025-26" amount="600" paid="2025-11-01"/>|' \
	"$root/data/example/members.xml" >"$work/clean/members.xml"
# and the special meeting of 14 November quorate, so that nothing needs ratifying
sed -e 's|<apologies person="p-eve"/>|<present person="p-eve"/>|' -e '/<ratifies decision="d-2025-11-14-a"\/>/d' \
	"$root/data/example/meetings/eb.xml" >"$work/clean/meetings/eb.xml"
$LPDOC_WRAP "$LPDOC" compliance "$work/clean" -o "$work/clean.pdf" 2>"$work/err"
rc=$?
[ $rc = 0 ] && ok || { bad "clean: exit $rc, not 0"; cat "$work/err"; }
pdf_ok clean "$work/clean.pdf"
pdftotext "$work/clean.pdf" "$work/clean.txt" 2>/dev/null
has "clean" "$work/clean.txt" "No breaches found"
has "clean" "$work/clean.txt" "nothing to report"
for word in "Errors:" "Warnings (" "Notes (" "CLAUSE"; do
	lacks "clean: no findings section" "$work/clean.txt" "$word"
done

# ---- every sample renders ----
for dir in "$root"/data/*/; do
	dir=${dir%/}
	name=$(basename "$dir")
	[ -f "$dir/partnership.xml" ] || continue
	$LPDOC_WRAP "$LPDOC" compliance "$dir" -o "$work/all-$name.pdf" 2>"$work/err"
	rc=$?
	{ [ $rc = 0 ] || [ $rc = 1 ]; } && ok || { bad "$name: exit $rc"; cat "$work/err"; }
	pdf_ok "$name" "$work/all-$name.pdf"
done

# ---- --today ----
lv=$root/data/liverpool
errors() { xmllint --xpath 'string(/compliance-report/summary/@errors)' "$1" 2>/dev/null; }
$LPDOC_WRAP "$LPDOC" compliance "$lv" --today 2025-10-01 --view -o "$work/early.xml" 2>/dev/null
[ "$(xmllint --xpath 'string(/compliance-report/@as-of)' "$work/early.xml")" = 2025-10-01 ] && ok ||
	bad "--today 2025-10-01: not the as-of date of the view"
[ "$(errors "$work/early.xml")" -lt "$(errors "$work/liverpool.xml")" ] && ok ||
	bad "--today 2025-10-01: as many errors as on the as-of date"

# ---- errors ----
expect_fail() { # expect_fail WHAT MESSAGE-PART ARGS...
	what=$1 msg=$2; shift 2
	rm -f "$work/none.pdf"
	$LPDOC_WRAP "$LPDOC" "$@" 2>"$work/err" >/dev/null
	rc=$?
	[ $rc = 2 ] && ok || bad "$what: exit $rc, not 2"
	grep -q -- "$msg" "$work/err" && ok || { bad "$what: no '$msg' in the message"; cat "$work/err"; }
	[ ! -e "$work/none.pdf" ] && ok || bad "$what: an output file was left"
}
ex=$root/data/example
expect_fail "bad --today" "--today '2025-02-30'" compliance "$ex" --today 2025-02-30 -o "$work/none.pdf"
expect_fail "no -o" "-o FILE" compliance "$ex"
expect_fail "--fo with --view" "exclude each other" compliance "$ex" --fo --view -o "$work/none.pdf"
expect_fail "unknown option" "usage" compliance "$ex" --year 2025-26 -o "$work/none.pdf"
expect_fail "not a partnership" "partnership.xml" compliance "$work" -o "$work/none.pdf"

$LPDOC_WRAP "$LPDOC" compliance --help >"$work/help" 2>&1 && ok || bad "--help: exit status"
has "--help" "$work/help" "Exit status"

for out in "$work/no/such/dir/r.pdf"; do
	$LPDOC_WRAP "$LPDOC" compliance "$ex" -o "$out" >/dev/null 2>&1
	rc=$?
	[ $rc = 3 ] && ok || bad "unwritable $out: exit $rc, not 3"
done

suite_end
