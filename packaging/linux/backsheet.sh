#!/bin/sh
# BackSheet's command on Linux: `backsheet` at the top of the portable archive, and /usr/bin/backsheet from
# the Debian package (also what the menu entry and a double-clicked sheet run). No arguments opens the
# editor, one sheet file opens it in the editor, anything else is the command line. Each goes to its native
# launcher in the app image, which carries the JVM options (packaging/launcher-options.sh).
set -e
HERE=$(CDPATH='' cd -- "$(dirname -- "$(readlink -f -- "$0")")" && pwd)
if [ -x "$HERE/bin/backsheet" ]; then APP=$HERE; else APP=/opt/backsheet; fi
# Java reads file names in the locale's character set: under a locale that is not UTF-8, or not installed,
# a sheet named "señora.backsheet.json" could not be opened. Then the UTF-8 form of the same locale is used
# when the machine has it (the language stays), else C.UTF-8.
if [ "$(locale charmap 2>/dev/null)" != UTF-8 ]; then
  wanted=${LC_ALL:-${LC_CTYPE:-${LANG:-C}}}
  utf8=${wanted%%.*}.UTF-8
  if [ "$(LC_ALL=$utf8 locale charmap 2>/dev/null)" != UTF-8 ]; then
    utf8=C.UTF-8
  fi
  LC_ALL=$utf8
  export LC_ALL
fi
launcher=backsheet
case "$#:${1:-}" in
  0:) launcher=backsheet-editor ;;
  1:-*) ;;
  1:*.json | 1:*.JSON) launcher=backsheet-editor ;;
esac
exec "$APP/bin/$launcher" "$@"
