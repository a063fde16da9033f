#!/usr/bin/env bash
# Builds the Windows .msi or the macOS .dmg with jpackage, on that system (run by
# .github/workflows/packages.yml; Git Bash on Windows). Same runtime modules, launcher options and training
# run as the Linux packages (packaging/dist.sh); the jar must be built first (mvn -B package).
# Usage: packaging/installer.sh msi|dmg VERSION        (JAVA_HOME: the JDK that makes the runtime)
set -euo pipefail
cd "$(dirname "$0")/.."
TYPE=$1 VERSION=$2
WORK=target/installer-work
DEST=target/dist
source packaging/runtime-modules.sh
source packaging/launcher-options.sh
# Windows programs need Windows paths, Git Bash its own; elsewhere a path stays as it is.
native() { if command -v cygpath >/dev/null; then cygpath -w "$1"; else echo "$1"; fi; }
JDK=${JAVA_HOME:?set JAVA_HOME}
if command -v cygpath >/dev/null; then JDK=$(cygpath -u "$JDK"); fi

rm -rf "$WORK"
mkdir -p "$WORK/input" "$DEST"
cp -p target/backsheet.jar "$WORK/input/backsheet.jar"
feature=$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}' | tr -d '\r')
modules=$(runtime_modules "$JDK" "$WORK/input/backsheet.jar" "$WORK")
"$JDK/bin/jlink" --add-modules "$modules" --include-locales=en,es --strip-debug --no-header-files \
  --no-man-pages --output "$WORK/runtime"

archive=$(archive_option "\$APPDIR" "$feature")
# The editor is the main launcher (no console window on Windows); backsheet-cli is the command line.
printf 'java-options=%s\nwin-console=true\n' "$archive $(memory_options cli)" > "$WORK/cli.properties"
common=(--name BackSheet --app-version "$VERSION" --vendor BackSheet
  --description "Printable exercise handouts for lower back pain")
image=(--type app-image --input "$WORK/input" --main-jar backsheet.jar --main-class org.backsheet.app.Main
  --runtime-image "$WORK/runtime" --java-options "$archive $(memory_options editor)"
  --add-launcher backsheet-cli="$WORK/cli.properties" --dest "$WORK/image")
if [ "$TYPE" = dmg ]; then
  # macOS keeps file associations in the app bundle's Info.plist, so they go into the image.
  image+=(--file-associations packaging/file-association.properties --mac-package-identifier org.backsheet)
  [ -f target/icons/backsheet.icns ] && image+=(--icon target/icons/backsheet.icns)
  app=$WORK/image/BackSheet.app
  appdir=$app/Contents/app
  java=$app/Contents/runtime/Contents/Home/bin/java
else
  [ -f target/icons/backsheet.ico ] && image+=(--icon target/icons/backsheet.ico)
  app=$WORK/image/BackSheet
  appdir=$app/app
  java=$app/runtime/bin/java
fi
"$JDK/bin/jpackage" "${common[@]}" "${image[@]}"

# Training run on the image's own runtime and jar. An installer that changes the jar's modification time
# makes the JVM skip the archive (a normal, slower start), never fail.
samples=()
for s in samples/*.backsheet.json; do samples+=("$(native "$s")"); done
if [ "$feature" -ge 25 ]; then
  "$java" -XX:AOTCacheOutput="$(native "$appdir/backsheet.aot")" -Xlog:aot=error -Xlog:cds=error \
    -XX:+UseSerialGC -cp "$(native "$appdir/backsheet.jar")" org.backsheet.app.Main export "${samples[@]}" \
    -d "$(native "$WORK/training")"
else
  "$java" -XX:ArchiveClassesAtExit="$(native "$appdir/backsheet.jsa")" -Xlog:cds=error -XX:+UseSerialGC \
    -cp "$(native "$appdir/backsheet.jar")" org.backsheet.app.Main export "${samples[@]}" \
    -d "$(native "$WORK/training")"
fi

installer=(--type "$TYPE" --app-image "$app" --dest "$DEST")
if [ "$TYPE" = msi ]; then
  # Per-user: no administrator needed at the front desk. Start menu entry and .json association (Windows
  # matches only a file's last extension, so *.backsheet.json is offered as a .json handler).
  installer+=(--win-per-user-install --win-menu --win-menu-group BackSheet --win-shortcut-prompt
    --win-upgrade-uuid 5d0f2c1e-7b1a-4c55-9a53-0b6d3f1c8e21
    --file-associations packaging/file-association.properties)
fi
"$JDK/bin/jpackage" "${common[@]}" "${installer[@]}"
ls -l "$DEST"
