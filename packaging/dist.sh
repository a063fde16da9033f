#!/usr/bin/env bash
# Builds BackSheet's Linux packages in target/dist from target/backsheet.jar (run by `mvn -B -Pdist package`):
#   backsheet/                          app image: trimmed runtime (jlink), launchers, start-up archive
#   backsheet_VERSION_ARCH.deb          Debian package (/opt/backsheet, menu entry, MIME type, `backsheet` on PATH)
#   backsheet-VERSION-linux-x64.tar.gz  portable archive with a launcher script, for machines where nothing
#                                       may be installed
# Usage: packaging/dist.sh VERSION [JDK_HOME]   (JDK_HOME: the JDK whose jlink/jpackage make the runtime)
#
# The bundled runtime is Java 25 when a JDK 25 is installed: its ahead-of-time cache starts an export about a
# third faster than Java 17 with AppCDS, and it still fits once the image is installed in /opt (Java 17's
# archive records the build folder's path and would be refused there). Java 25 writes the figures' numbers
# differently in their last digits, so its handouts are not byte for byte those of `java -jar` on Java 17;
# each runtime always gives the same bytes for the same sheet. Else the building JDK 17 is bundled, with an
# AppCDS archive that only a copy at the same path uses. The program stays compiled for Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=${1:?version}
JDK=${2:-}
if [ -z "$JDK" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/java-25-openjdk-*; do
    [ -x "$candidate/bin/jlink" ] && JDK=$candidate && break
  done
fi
if [ -z "$JDK" ]; then
  JDK=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
fi
PKG=packaging
JAR=target/backsheet.jar
DIST=target/dist
WORK=target/dist-work
APP=$DIST/backsheet
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)

rm -rf "$DIST" "$WORK"
mkdir -p "$DIST" "$WORK/input"
cp -p "$JAR" "$WORK/input/backsheet.jar"
feature=$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
echo "dist: runtime from $JDK (Java $feature)"

# 1. The modules BackSheet needs (see runtime-modules.sh).
source "$PKG/runtime-modules.sh"
modules=$(runtime_modules "$JDK" "$WORK/input/backsheet.jar" "$WORK")
echo "dist: modules $modules"

# 2. The trimmed runtime. Its modules stay uncompressed (faster to read); its own class-data archive of the
# JDK classes is the base the app's archive below is laid on.
"$JDK/bin/jlink" --add-modules "$modules" --include-locales=en,es --strip-debug --no-header-files \
  --no-man-pages --generate-cds-archive --output "$WORK/runtime"

# 3. The app image: two native launchers on one jar. `backsheet` is the command line (small heap: a batch of
# 1,000 handouts stays under 256 MiB resident), `backsheet-editor` the window (room for page previews).
# Each start maps the archive made below (see launcher-options.sh).
source "$PKG/launcher-options.sh"
archive=$(archive_option "\$APPDIR" "$feature")
cli_opts="$archive $(memory_options cli)"
editor_opts="$archive $(memory_options editor)"
printf 'java-options=%s\n' "$editor_opts" > "$WORK/editor.properties"
"$JDK/bin/jpackage" --type app-image --name backsheet --app-version "$VERSION" \
  --input "$WORK/input" --main-jar backsheet.jar --main-class org.backsheet.app.Main \
  --runtime-image "$WORK/runtime" --icon assets/icons/app/backsheet-256.png \
  --vendor BackSheet --description "Printable exercise handouts for lower back pain" \
  --java-options "$cli_opts" --add-launcher backsheet-editor="$WORK/editor.properties" \
  --dest "$DIST"

# 4. The start-up archive, made by a training run of the shipped runtime on the shipped jar (it is tied to
# both, including the jar's modification time: every copy below keeps it).
bash "$PKG/train.sh" "$APP" "$feature"

# 5. Debian package and portable archive.
bash "$PKG/linux/make-deb.sh" "$APP" "$VERSION" "$ARCH" "$DIST" "$WORK"
bash "$PKG/linux/make-tarball.sh" "$APP" "$VERSION" "$DIST" "$WORK"
rm -rf "$WORK"
ls -l "$DIST"
