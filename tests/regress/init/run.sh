#!/bin/sh
# Regression tests for `lpdoc init` and for the README's records example.
#
# <sample>.expected: `lpdoc init` from each sample, then `lpdoc check` of the
#   new folder (it must load: missing things may be reported, schema errors
#   may not) and the files made.  Beside the exact comparison, the new folder
#   must hold none of the sample's people, schools, meetings or money: its
#   model view has no such record, and no name of the sample's people or
#   schools appears in any file but the agreement's own wording.
# errors.expected: usage errors, an unknown sample, a folder that exists and
#   is not empty (left untouched), a missing parent, a sample that is not
#   installed, the samples found through LPDOC_DATADIR; nothing is written
#   anywhere but the folder asked for.
# readme.expected: the small complete example in README.md ("The records"),
#   extracted from the README's ```xml blocks whose first line is
#   `<!-- FILE.xml: ... -->`, checked and its minutes rendered, so the
#   README cannot drift from what lpdoc accepts.
# Outputs are compared byte for byte; UPDATE=1 rewrites the expected files.
test_name=init; . "$(dirname "$0")/../lib.sh"
# 2025-11-25: the as-of date `lpdoc init` writes, and "today" for check.
SOURCE_DATE_EPOCH=1764028800
export SOURCE_DATE_EPOCH
unset LPDOC_DATADIR

# compare_out NAME: $work/NAME.out against $here/NAME.expected.
compare_lines=30
compare_out() {
	compare "$1" "$here/$1.expected" "$work/$1.out"
}

# run ARGS...: prints "$ lpdoc ARGS", runs lpdoc in $work/run, prints "exit N".
run() {
	echo "\$ lpdoc $*"
	(cd "$work/run" && timeout 20 $LPDOC_WRAP "$LPDOC" "$@" 2>&1)
	echo "exit $?"
}

# no_sample_records SAMPLE DIR: DIR has none of SAMPLE's records.
no_sample_records() {
	view=$(cd "$work/run" && "$LPDOC" view "$2") || { failed "$1: lpdoc view of the new folder"; return; }
	# (<annual-report> and <delivery-plan> are also rules, with other attributes.)
	for el in person school meeting income expenditure budget grant inspection measure \
	          priority 'delivery-plan year' 'annual-report year'; do
		if echo "$view" | grep -q "<$el[ >=]"; then
			failed "$1: the new folder has a <$el> record"
		fi
	done
	# every person's and school's name in the sample, as written in its
	# records, in any file but the agreement (whose wording is the sample's:
	# Suffolk's paper names people)
	sed -n 's/.*<\(person\|school\) [^>]*name="\([^"]*\)".*/\2/p' \
		"$root/data/$1/people.xml" "$root/data/$1/members.xml" | sort -u >"$work/names"
	while IFS= read -r name; do
		if grep -rqF --exclude=partnership.xml -- "$name" "$work/run/$2"; then
			failed "$1: the new folder names '$name' from the sample"
		fi
	done <"$work/names"
}

mkdir -p "$work/run"

# ---- each sample ----
for sample in liverpool leicester-primary leicester-alliance suffolk; do
	dir="new-$sample"
	case $sample in
	liverpool|leicester-alliance) name_args="--name=Riverside Learning Partnership" ;;
	*) name_args= ;;
	esac
	{
		if [ -n "$name_args" ]; then
			run init "$dir" --from "$sample" "$name_args"
		else
			run init "$dir" --from "$sample"
		fi
		run check "$dir"
		(cd "$work/run" && find "$dir" | sort)
		grep -o '<partnership [^>]*>' "$work/run/$dir/partnership.xml"
	} >"$work/$sample.out"
	compare_out "$sample"
	no_sample_records "$sample" "$dir"
done

# ---- errors ----
rm -rf "$work/run" && mkdir -p "$work/run/full" "$work/run/empty" "$work/datadir/data/suffolk"
echo "keep me" >"$work/run/full/notes.txt"
echo "a file" >"$work/run/afile"
cp "$root/data/suffolk/partnership.xml" "$root/data/suffolk/members.xml" "$work/datadir/data/suffolk/"
{
	run init
	run init somewhere
	run init somewhere --from nowhere
	run init somewhere --from
	run init somewhere --from liverpool --name ""
	run init somewhere --from liverpool --bogus
	run init somewhere other --from liverpool
	run init full --from liverpool
	cat "$work/run/full/notes.txt"
	run init afile --from suffolk
	run init no/such/folder --from suffolk
	echo "# LPDOC_DATADIR with no samples"
	LPDOC_DATADIR="$work/nothing" run init somewhere --from suffolk
	echo "# LPDOC_DATADIR holding the suffolk sample (as installed), into an empty folder"
	LPDOC_DATADIR="$work/datadir" run init empty --from suffolk
	run help init
	echo "# every file now in the working folder"
	(cd "$work/run" && find . | sort)
} 2>&1 | sed "s#$work#WORK#g; /^usage:/,/^exit/{/^usage:/!{/^exit/!d}}" >"$work/errors.out"
compare_out errors

# A folder that cannot be written leaves nothing behind (not as root:
# root writes anywhere).
if [ "$(id -u)" != 0 ]; then
	mkdir -p "$work/ro" && chmod 555 "$work/ro"
	(cd "$work/ro" && "$LPDOC" init new --from liverpool >/dev/null 2>&1)
	rc=$?
	[ $rc -eq 3 ] || failed "init into a read-only folder gave exit $rc, not 3"
	[ -z "$(ls -A "$work/ro")" ] || failed "init into a read-only folder left files"
fi

# A write that fails half-way (the file size limit: EFBIG) takes back
# every file and folder made.
mkdir -p "$work/full-disk"
# (Messages go through a pipe: the limit applies to files only.)
out=$(cd "$work/full-disk" && ulimit -f 0 && "$LPDOC" init new --from liverpool 2>&1 >/dev/null; echo "exit $?")
[ "$out" = "new/partnership.xml: fatal: cannot write: File too large; free some space and run again (any earlier file is unchanged)
exit 3" ] || failed "init with a full disk: $out"
[ -z "$(ls -A "$work/full-disk")" ] || failed "init with a full disk left $(ls -A "$work/full-disk")"

# ---- the README's example ----
rm -rf "$work/run" && mkdir -p "$work/run/northfield"
awk -v out="$work/run/northfield" '
	/^```xml$/ { inblock = 1; file = ""; next }
	/^```$/ { inblock = 0; file = ""; next }
	inblock && file == "" && match($0, /^<!-- [a-z\/-]+\.xml:/) {
		file = substr($0, 6, RLENGTH - 6)
		n++
		system("mkdir -p \"$(dirname \"" out "/" file "\")\"")
	}
	inblock && file != "" { print > (out "/" file) }
	END { if (n < 5) exit 1 }
' "$root/README.md" || failed "README.md: fewer than 5 example files found"
{
	(cd "$work/run" && find northfield -type f | sort)
	run check --today 2025-12-19 northfield
	run minutes northfield --meeting pb-2025-10-14 -o minutes.pdf
	run pack northfield --term 2025-autumn -o pack.pdf
} >"$work/readme.out" 2>&1
compare_out readme
# what the README says the minutes show
text=$(pdftotext "$work/run/minutes.pdf" - 2>/dev/null | tr -s ' \n' '  ')
for phrase in "2 of 3 members present; quorum 2 (MoU 1.2). The meeting was quorate." \
              "PB 25/26-001" "DRAFT"; do
	case $text in
	*"$phrase"*) ;;
	*) failed "README example: the minutes do not say '$phrase'" ;;
	esac
done

# ---- the README's administrator walk-through ----
# The meeting it plans (the section's first ```xml block) and then records
# (its second) go in turn into a copy of data/example called riverside; the
# `lpdoc check` outputs the README shows — of the planned meeting, then of
# the held one before and after the two fixes it describes — must be what
# lpdoc prints, and the agenda it makes must be made.
rm -rf "$work/run" && mkdir -p "$work/run" && cp -R "$root/data/example" "$work/run/riverside"
awk -v out="$work/run" '
	/^## The administrator/ { section = 1 }
	/^## The CEO/ { section = 0 }
	section && /^```xml$/ && blocks < 2 { inblock = 1; blocks++; next }
	inblock && /^```$/ { inblock = 0; next }
	inblock { print > (out "/meeting-" blocks ".xml") }
	section && $0 == "    $ lpdoc check --today 2025-12-05 riverside" { shown = "planned"; next }
	section && $0 == "    $ lpdoc check --today 2025-12-19 riverside" { n++; shown = n; next }
	shown != "" && /^    / { print substr($0, 5) > (out "/shown-" shown); next }
	{ shown = "" }
' "$root/README.md"
cp "$work/run/meeting-1.xml" "$work/run/riverside/meetings/eb-2025-12-16.xml"
(cd "$work/run" && "$LPDOC" check --today 2025-12-05 riverside >check-planned 2>&1)
(cd "$work/run" && "$LPDOC" agenda riverside --meeting eb-2025-12-16 --today 2025-12-05 -o agenda.pdf 2>&1) &&
	[ -s "$work/run/agenda.pdf" ] && pass=$((pass + 1)) || failed "README administrator walk-through: lpdoc agenda"
cp "$work/run/meeting-2.xml" "$work/run/riverside/meetings/eb-2025-12-16.xml"
(cd "$work/run" && "$LPDOC" check --today 2025-12-19 riverside >check-1 2>&1)
# the fixes: Eve Marsh was present; the chair signed the minutes of 2 December
perl -pi -e 's{<apologies person="p-eve"/>}{<present person="p-eve"/>}' \
	"$work/run/riverside/meetings/eb-2025-12-16.xml"
perl -0pi -e 's{(<meeting id="eb-2025-12-02".*?)(  </meeting>)}{$1    <signed by="p-ada" date="2025-12-16"/>\n$2}s' \
	"$work/run/riverside/meetings/eb.xml"
(cd "$work/run" && "$LPDOC" check --today 2025-12-19 riverside >check-2 2>&1)
for n in planned 1 2; do
	if [ -f "$work/run/shown-$n" ] && cmp -s "$work/run/shown-$n" "$work/run/check-$n"; then
		pass=$((pass + 1))
	else
		failed "README administrator walk-through: check output $n differs from the README"
		diff -u "$work/run/shown-$n" "$work/run/check-$n" 2>&1 | head -10
	fi
done

suite_end
