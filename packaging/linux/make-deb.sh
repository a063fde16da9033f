#!/usr/bin/env bash
# Lays out and builds the Debian package from the app image. Built with dpkg-deb rather than jpackage so that
# every file keeps its modification time (the start-up archive checks the jar's) and so that the package holds
# exactly: /opt/backsheet (app image), /usr/bin/backsheet (linux/backsheet.sh), the menu entry, the MIME
# type and the icons.
# The menu, MIME and icon caches are refreshed by the dpkg triggers of desktop-file-utils, shared-mime-info
# and the icon theme, on install and on removal, so the package needs no maintainer scripts.
# Usage: make-deb.sh APP_IMAGE VERSION ARCH DIST WORK
set -euo pipefail
APP=$1 VERSION=$2 ARCH=$3 DIST=$4 WORK=$5
HERE=$(dirname "$0")
ROOT=$WORK/deb
rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
  "$ROOT/usr/share/mime/packages" "$ROOT/usr/share/doc/backsheet"
cp -a "$APP" "$ROOT/opt/backsheet"
install -m 755 "$HERE/backsheet.sh" "$ROOT/usr/bin/backsheet"
install -m 644 "$HERE/backsheet.desktop" "$ROOT/usr/share/applications/backsheet.desktop"
install -m 644 "$HERE/backsheet-mime.xml" "$ROOT/usr/share/mime/packages/backsheet.xml"
for size in 16 24 32 48 64 128 256; do
  png=assets/icons/app/backsheet-$size.png
  for dir in apps mimetypes; do
    mkdir -p "$ROOT/usr/share/icons/hicolor/${size}x$size/$dir"
  done
  install -m 644 "$png" "$ROOT/usr/share/icons/hicolor/${size}x$size/apps/backsheet.png"
  install -m 644 "$png" "$ROOT/usr/share/icons/hicolor/${size}x$size/mimetypes/application-x-backsheet+json.png"
done
install -m 644 assets/fonts/LICENSE-LiberationSans.txt "$ROOT/usr/share/doc/backsheet/LICENSE-LiberationSans.txt"

# The system libraries the runtime links against, as Debian packages (found on the build machine).
runtime=$(readlink -f "$ROOT/opt/backsheet/lib/runtime")
depends=$(find "$runtime" -name '*.so' -exec ldd {} + 2>/dev/null \
  | awk -v own="$runtime/" '$3 ~ /^\// && index($3, own) != 1 {print $3}' | sort -u | while read -r lib; do
      dpkg-query -S "*/$(basename "$lib")" 2>/dev/null | awk -F: 'NR == 1 {print $1}'
    done | sort -u | paste -sd, - | sed 's/,/, /g')
# Fonts for the window's texts (the handout embeds its own) and fontconfig, which AWT loads at run time.
depends="${depends:+$depends, }libfontconfig1, fonts-dejavu-core | fonts-liberation2"
size=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: backsheet
Version: $VERSION
Architecture: $ARCH
Maintainer: BackSheet <backsheet@users.noreply.invalid>
Installed-Size: $size
Depends: $depends
Section: misc
Priority: optional
Homepage: https://backsheet.invalid/
Description: printable exercise handouts for lower back pain
 BackSheet makes printable exercise handouts for people with lower back pain:
 pick exercises from a built-in library, set each one's dose, and print the
 handout or export it as a PDF. It includes its own Java runtime. The
 command line (backsheet export, validate, print) exports handouts in batches.
CONTROL
dpkg-deb --root-owner-group -Zgzip -z6 --build "$ROOT" "$DIST/backsheet_${VERSION}_$ARCH.deb"
