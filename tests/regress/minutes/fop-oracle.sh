#!/bin/sh
# The oracle for minutes.xsl and pack.xsl: renders the FO of lpdoc minutes
# and lpdoc pack with Apache FOP 2.8 (the bundled fonts), for what our
# engine does not draw yet (tables, lists, leaders, links, bookmarks,
# block-containers).  Not part of `make check`: FOP is slow and optional.
#   tests/regress/minutes/fop-oracle.sh [OUTDIR]   (PDFs kept in OUTDIR)
# Checks: FOP reports no error; every page says "Page N of M" and has the
# chair's initials box; minute numbers, actions and the tracker are there;
# a pack has page labels, an outline and links;
# a public edition has no confidential item's text, title or action (text,
# outline, metadata).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
: "${LPDOC:=$root/lpdoc}"
out=${1:-$(mktemp -d "${TMPDIR:-/tmp}/lpdoc-fop.XXXXXX")}
mkdir -p "$out"
command -v fop >/dev/null 2>&1 || { echo "fop-oracle: fop is not installed" >&2; exit 3; }
fail=0 pass=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
has() { if grep -qF -- "$3" "$2"; then ok; else bad "$1: '$3' missing"; fi; }
lacks() { if grep -qF -- "$3" "$2"; then bad "$1: '$3' present"; else ok; fi; }
printf '<fop version="1.0"><renderers><renderer mime="application/pdf"><fonts><directory recursive="true">%s/fonts</directory></fonts></renderer></renderers></fop>\n' "$root" >"$out/fop.xconf"
today=2025-12-10

fop_render() { # fop_render NAME: NAME.fo -> NAME.pdf, NAME.txt, NAME.dump
	fop -q -c "$out/fop.xconf" -fo "$out/$1.fo" -pdf "$out/$1.pdf" >"$out/$1.fop" 2>&1
	grep -E "SEVERE|ERROR" "$out/$1.fop" && bad "$1: FOP error" || ok
	qpdf --check "$out/$1.pdf" >/dev/null 2>&1 && ok || bad "$1: qpdf --check"
	pdftotext -layout "$out/$1.pdf" "$out/$1.txt"
	qpdf --qdf --object-streams=disable "$out/$1.pdf" "$out/$1.qdf"
	cat "$out/$1.txt" "$out/$1.qdf" >"$out/$1.dump"
}

every_page_numbered() { # every page has "Page N of M" (body pages)
	n=$(pdfinfo "$out/$1.pdf" | awk '/^Pages:/ { print $2 }')
	got=$(grep -c "Page [0-9]* of [0-9]*" "$out/$1.txt")
	[ "$got" -ge "$2" ] && ok || bad "$1: $got of $n pages say Page N of M (want >= $2)"
}

ex=$root/data/example
for id in eb-2025-10-07 eb-2025-12-02 mm-2025-11-12; do
	for ed in member public; do
		flag=; [ $ed = public ] && flag=--public
		name=$id.$ed
		"$LPDOC" minutes "$ex" --meeting "$id" $flag --today $today --fo -o "$out/$name.fo" || bad "$name: lpdoc"
		fop_render "$name"
		n=$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ { print $2 }')
		every_page_numbered "$name" "$n"
		[ "$(grep -c "CHAIR’S INITIALS" "$out/$name.txt")" = "$n" ] && ok || bad "$name: initials box not on every page"
		has "$name" "$out/$name.txt" "25/26-0"   # a minute number
	done
done
has "actions" "$out/eb-2025-10-07.member.txt" "Commission the reading resources."
has "confidential" "$out/eb-2025-10-07.member.txt" "Arrange a support visit."
for phrase in "Support for a school causing concern" "Arrange a support visit" "Governor of Brookside"; do
	lacks "public minutes" "$out/eb-2025-10-07.public.dump" "$phrase"
done
has "withheld" "$out/eb-2025-10-07.public.txt" "Confidential item — not published"
d=$(grep -c "DRAFT" "$out/eb-2025-12-02.member.txt")
[ "$d" -ge 2 ] && ok || bad "draft: DRAFT not on the page"

for dir in "$ex" "$root/data/liverpool"; do
	p=$(basename "$dir")
	for ed in member public; do
		flag=; [ $ed = public ] && flag=--public
		name=pack-$p.$ed
		"$LPDOC" pack "$dir" --term 2025-autumn $flag --today $today --fo -o "$out/$name.fo" || bad "$name: lpdoc"
		fop_render "$name"
		has "$name" "$out/$name.txt" "Contents"
		has "$name" "$out/$name.txt" "Action tracker"
		has "$name" "$out/$name.qdf" "/PageLabels"
		has "$name" "$out/$name.qdf" "/Outlines"
		has "$name" "$out/$name.qdf" "/Subtype /Link"   # contents and tracker links
	done
	"$LPDOC" view "$dir" | grep -o '<item [^>]*confidential="yes"[^>]*>' |
		sed -n 's/.* title="\([^"]*\)".*/\1/p' | while IFS= read -r t; do
		grep -qF -- "$t" "$out/pack-$p.public.dump" && echo "FAIL pack-$p.public: '$t' present"
	done
done

echo "fop-oracle: $pass passed, $fail failed (PDFs in $out)"
[ $fail = 0 ]
