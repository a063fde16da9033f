#!/usr/bin/env bash
# Training run for the app image's start-up archive: runs the shipped runtime on the shipped jar through a
# batch export of the samples, then writes
#   Java 17: lib/app/backsheet.jsa, a dynamic AppCDS archive of the classes that run loaded;
#   Java 25: lib/app/backsheet.aot, an ahead-of-time cache (JEP 483/514).
# Finally it proves the archive is used: a start with -Xshare:on fails if it does not fit.
# Usage: packaging/train.sh APP_IMAGE FEATURE
set -euo pipefail
APP=$(readlink -f "$1")
FEATURE=$2
JAVA=$APP/lib/runtime/bin/java
JAR=$APP/lib/app/backsheet.jar
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# The training must not read or change anyone's data folder.
export BACKSHEET_HOME=$TMP/home
samples=(samples/*.backsheet.json)
main=org.backsheet.app.Main

if [ "$FEATURE" -ge 25 ]; then
  "$JAVA" -XX:AOTCacheOutput="$APP/lib/app/backsheet.aot" -Xlog:aot=error -Xlog:cds=error \
    -XX:+UseSerialGC -cp "$JAR" $main export "${samples[@]}" -d "$TMP/batch" >/dev/null
  "$JAVA" -XX:AOTCache="$APP/lib/app/backsheet.aot" -XX:AOTMode=on -XX:+UseSerialGC -cp "$JAR" $main --version
  exit 0
fi

# A dynamic archive on top of the runtime's own. Java 17 records the jar's absolute path, so only an image
# at this same path uses it (elsewhere it is skipped silently); see dist.sh.
"$JAVA" -XX:ArchiveClassesAtExit="$APP/lib/app/backsheet.jsa" -Xlog:cds=error -XX:+UseSerialGC \
  -cp "$JAR" $main export "${samples[@]}" -d "$TMP/batch" >/dev/null
chmod 644 "$APP/lib/app/backsheet.jsa"
"$JAVA" -Xshare:on -XX:SharedArchiveFile="$APP/lib/app/backsheet.jsa" -cp "$JAR" $main --version
