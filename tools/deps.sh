#!/bin/sh
# Installs the Debian packages lpdoc needs to build and test, only those missing.
#   tools/deps.sh              install what is missing
#   tools/deps.sh --if-missing same, silent when nothing is missing
#   tools/deps.sh --bench      also Apache FOP 2.8, hyperfine and GNU time, for `make bench`
#   tools/deps.sh --fuzz       also clang (libFuzzer), for `make fuzz`
set -e
PKGS="gcc make pkg-config libxml2-dev libxslt1-dev libcairo2-dev libpango1.0-dev
librsvg2-dev libpoppler-glib-dev libcunit1-dev libfontconfig-dev poppler-utils qpdf jq valgrind
libhyphen-dev hyphen-en-gb hyphen-en-us fonts-noto-cjk fonts-symbola libcsv-dev libical-dev"
[ "$1" = "--bench" ] && PKGS="$PKGS fop hyperfine time"
[ "$1" = "--fuzz" ] && PKGS="$PKGS clang"

# One dpkg-query for them all (make demo and make check run this every time).
# shellcheck disable=SC2086
installed=$(dpkg-query -W -f='${Package} ${Status}\n' $PKGS 2>/dev/null |
	awk '/install ok installed$/ { print $1 }' || true)
missing=""
for p in $PKGS; do
	echo "$installed" | grep -qx "$p" || missing="$missing $p"
done
if [ -z "$missing" ]; then
	[ "$1" = "--if-missing" ] || echo "deps: everything needed is installed"
	exit 0
fi
echo "deps: installing:$missing"
SUDO=""
if [ "$(id -u)" != 0 ]; then
	if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
		echo "deps: run as root: apt-get install$missing" >&2; exit 3; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
