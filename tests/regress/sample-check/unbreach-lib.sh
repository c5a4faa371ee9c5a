# Helpers for the *.unbreach scripts, sourced before each one by run.sh.
# The scripts run in a temporary copy of a sample partnership and remove its
# deliberate breaches; every edit must change its file, so an edit whose anchor
# has moved or vanished fails loudly instead of silently leaving the breach.

# edit FILE SED-ARGS...: apply sed to FILE in place; fail if nothing changed.
edit() {
	f=$1
	shift
	sed "$@" "$f" >"$f.unbreach-tmp" || exit 1
	if cmp -s "$f" "$f.unbreach-tmp"; then
		echo "unbreach: edit of $f changed nothing: $*" >&2
		rm -f "$f.unbreach-tmp"
		exit 1
	fi
	mv "$f.unbreach-tmp" "$f"
}

# unmark FILE CLAUSE [TEXT]: delete the `<!-- deliberate breach [CLAUSE]: TEXT...`
# comment in FILE once the breach it describes is gone (TEXT tells apart two
# comments citing the same clause).
unmark() {
	edit "$1" "/<!-- deliberate breach \[$2\]: ${3:-}/d"
}
