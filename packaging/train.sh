#!/usr/bin/env bash
# Training run for the app image's start-up archive: runs the shipped runtime on the shipped jar through what
# a clinic does (one export, a batch, and the editor window when a display is there), then writes
#   Java 17: lib/app/backsheet.jsa, a static AppCDS archive of every class those runs loaded;
#   Java 25: lib/app/backsheet.aot, an ahead-of-time cache (JEP 483/514) from the batch run.
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
run() { "$JAVA" "$@" -cp "$JAR" org.backsheet.app.Main; }
main=org.backsheet.app.Main

if [ "$FEATURE" -ge 25 ]; then
  "$JAVA" -XX:AOTCacheOutput="$APP/lib/app/backsheet.aot" -Xlog:aot=error -Xlog:cds=error \
    -XX:+UseSerialGC -cp "$JAR" $main export "${samples[@]}" -d "$TMP/batch" >/dev/null
  "$JAVA" -XX:AOTCache="$APP/lib/app/backsheet.aot" -XX:AOTMode=on -XX:+UseSerialGC -cp "$JAR" $main --version
  exit 0
fi

list=$TMP/classes.list
n=0
dump() { n=$((n + 1)); "$JAVA" -XX:DumpLoadedClassList="$TMP/part$n.list" -Xshare:off "$@"; }
dump -cp "$JAR" $main export "${samples[0]}" -o "$TMP/one.pdf" >/dev/null
dump -cp "$JAR" $main export "${samples[@]}" -d "$TMP/batch" >/dev/null
dump -cp "$JAR" $main validate "${samples[0]}" >/dev/null
if [ -n "${DISPLAY:-}" ]; then
  # The editor has no "quit when shown" switch: it is stopped (a normal JVM exit) once its window appears.
  dump -cp "$JAR" $main &
  pid=$!
  for _ in $(seq 100); do
    if command -v xdotool >/dev/null && xdotool search --name BackSheet >/dev/null 2>&1; then break; fi
    sleep 0.2
  done
  sleep 2
  kill -TERM $pid; wait $pid || true
fi
# Classes from each run, in first-seen order (the order in which they load).
cat "$TMP"/part*.list | awk '!seen[$0]++' > "$list"
"$JAVA" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$APP/lib/app/backsheet.jsa" \
  -Xlog:cds=error -Xlog:cds+map=off -cp "$JAR" > "$TMP/dump.log" 2>&1 || { cat "$TMP/dump.log"; exit 1; }
chmod 644 "$APP/lib/app/backsheet.jsa"
"$JAVA" -Xshare:on -XX:SharedArchiveFile="$APP/lib/app/backsheet.jsa" -cp "$JAR" $main --version
