#!/usr/bin/env bash
# The portable archive: the app image under backsheet-VERSION/ with a launcher script at its top, for
# machines where nothing may be installed. tar keeps modification times, so the start-up archive still fits.
# Usage: make-tarball.sh APP_IMAGE VERSION DIST WORK
set -euo pipefail
APP=$1 VERSION=$2 DIST=$3 WORK=$4
HERE=$(dirname "$0")
NAME=backsheet-$VERSION
rm -rf "${WORK:?}/$NAME"
cp -a "$APP" "$WORK/$NAME"
install -m 755 "$HERE/backsheet.sh" "$WORK/$NAME/backsheet"
tar -C "$WORK" -czf "$DIST/$NAME-linux-x64.tar.gz" "$NAME"
