#!/bin/sh
# BackSheet from the portable archive: `./backsheet` opens the editor, `./backsheet FILE.backsheet.json` opens
# that sheet in it, `./backsheet export ...` (and every other command) runs the command line.
# It runs the bundled Java runtime with the same options as the installed launchers.
set -e
HERE=$(CDPATH='' cd -- "$(dirname -- "$(readlink -f -- "$0")")" && pwd)
APPDIR=$HERE/lib/app
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$HERE/lib/runtime/release")
. "$HERE/lib/launcher-options.sh"
kind=cli
case "$#:${1:-}" in
  0:) kind=editor ;;
  1:-*) ;;
  1:*.json | 1:*.JSON) kind=editor ;;
esac
# The memory options are split into words on purpose; the archive's path stays one word.
# shellcheck disable=SC2046
exec "$HERE/lib/runtime/bin/java" "$(archive_option "$APPDIR" "$feature")" $(memory_options "$kind") \
  -cp "$APPDIR/backsheet.jar" org.backsheet.app.Main "$@"
