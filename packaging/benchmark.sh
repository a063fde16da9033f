#!/usr/bin/env bash
# Start fast / batch fast: the plain jar (`java -jar target/backsheet.jar`) against the packaged app, measured in
# paired runs (each round runs both, alternating which goes first) and reported as medians:
#   export   one cold `export` of a 7-exercise sheet: wall and CPU seconds
#   window   launch to the editor window shown (needs a display; xdotool)
#   batch    `export -d` of 1,000 ten-exercise sheets: wall and CPU seconds, peak resident memory (MiB)
# Usage: packaging/benchmark.sh [APP [ROUNDS [BATCH_ROUNDS]]]   APP: an app image or install folder (default
# /opt/backsheet if installed, else target/dist/backsheet); ROUNDS: paired rounds for export and window
# (default 11); BATCH_ROUNDS: paired rounds of the 1,000-handout batch (default 3).
# Numbers depend on what else the machine is doing: the load average is printed with them.
set -euo pipefail
cd "$(dirname "$0")/.."
APP=${1:-}
if [ -z "$APP" ]; then
  if [ -x /opt/backsheet/bin/backsheet ]; then APP=/opt/backsheet; else APP=target/dist/backsheet; fi
fi
ROUNDS=${2:-11}
BATCH_ROUNDS=${3:-3}
JAR=target/backsheet.jar
[ -f "$JAR" ] && [ -x "$APP/bin/backsheet" ] || { echo "needs $JAR and $APP/bin/backsheet" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export BACKSHEET_HOME=$TMP/home
ONE=samples/seven-back-exercises.backsheet.json
TEN=samples/basic-daily-routine.backsheet.json

# The commands compared (arrays, as /usr/bin/time runs programs, not shell functions).
jar_cli=(java -jar "$JAR")
app_cli=("$APP/bin/backsheet")
jar_editor=(java -jar "$JAR")
app_editor=("$APP/bin/backsheet-editor")

# timed NAME CMD...: appends "wall cpu rss_mib" of one run to $TMP/NAME
timed() {
  local name=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$TMP/t" "$@" >/dev/null 2>&1
  awk '{printf "%.3f %.3f %.1f\n", $1, $2 + $3, $4 / 1024}' "$TMP/t" >> "$TMP/$name"
}

# window NAME CMD...: appends seconds from launch to the editor window being visible
window() {
  local name=$1 start pid
  shift
  rm -rf "$BACKSHEET_HOME"
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name 'BackSheet$' >/dev/null 2>&1; do sleep 0.02; done
  echo "$(( ($(date +%s%N) - start) / 1000000 ))" | awk '{printf "%.3f\n", $1 / 1000}' >> "$TMP/$name"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

median() { sort -n -k"$2" "$TMP/$1" | awk -v c="$2" '{v[NR] = $c} END {print v[int((NR + 1) / 2)]}'; }

echo "BackSheet benchmark: jar $JAR ($(java -version 2>&1 | head -1)), app $APP; $(nproc) cores"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$ROUNDS"); do
  if [ $((i % 2)) = 1 ]; then
    timed jar_export "${jar_cli[@]}" export "$ONE" -o "$TMP/jar.pdf"
    timed app_export "${app_cli[@]}" export "$ONE" -o "$TMP/app.pdf"
  else
    timed app_export "${app_cli[@]}" export "$ONE" -o "$TMP/app.pdf"
    timed jar_export "${jar_cli[@]}" export "$ONE" -o "$TMP/jar.pdf"
  fi
done
cmp -s "$TMP/jar.pdf" "$TMP/app.pdf" && same=yes || same=NO
printf '%-34s %10s %10s\n' "" "jar" "app"
printf '%-34s %10s %10s\n' "cold export, wall s (median)" "$(median jar_export 1)" "$(median app_export 1)"
printf '%-34s %10s %10s\n' "cold export, CPU s (median)" "$(median jar_export 2)" "$(median app_export 2)"
printf '%-34s %10s %10s\n' "cold export, peak RSS MiB" "$(median jar_export 3)" "$(median app_export 3)"

if [ -n "${DISPLAY:-}" ] && command -v xdotool >/dev/null; then
  for i in $(seq "$ROUNDS"); do
    if [ $((i % 2)) = 1 ]; then
      window jar_window "${jar_editor[@]}"; window app_window "${app_editor[@]}"
    else
      window app_window "${app_editor[@]}"; window jar_window "${jar_editor[@]}"
    fi
  done
  printf '%-34s %10s %10s\n' "editor window shown, s (median)" "$(median jar_window 1)" "$(median app_window 1)"
else
  echo "editor window: skipped (no display or no xdotool)"
fi

mkdir -p "$TMP/sheets"
for i in $(seq -w 1 1000); do cp "$TEN" "$TMP/sheets/handout-$i.backsheet.json"; done
for i in $(seq "$BATCH_ROUNDS"); do
  rm -rf "$TMP/jar-out" "$TMP/app-out"
  if [ $((i % 2)) = 1 ]; then
    timed jar_batch "${jar_cli[@]}" export "$TMP"/sheets/*.json -d "$TMP/jar-out"
    timed app_batch "${app_cli[@]}" export "$TMP"/sheets/*.json -d "$TMP/app-out"
  else
    timed app_batch "${app_cli[@]}" export "$TMP"/sheets/*.json -d "$TMP/app-out"
    timed jar_batch "${jar_cli[@]}" export "$TMP"/sheets/*.json -d "$TMP/jar-out"
  fi
done
written=$(find "$TMP/app-out" -name '*.pdf' | wc -l)
distinct=$(md5sum "$TMP"/app-out/*.pdf "$TMP"/jar-out/*.pdf | awk '{print $1}' | sort -u | wc -l)
printf '%-34s %10s %10s\n' "1,000 handouts, wall s (median)" "$(median jar_batch 1)" "$(median app_batch 1)"
printf '%-34s %10s %10s\n' "1,000 handouts, CPU s (median)" "$(median jar_batch 2)" "$(median app_batch 2)"
printf '%-34s %10s %10s\n' "1,000 handouts, peak RSS MiB" "$(median jar_batch 3)" "$(median app_batch 3)"
echo "same bytes, jar and app: export $same; batch: $written handouts, $distinct distinct file(s) over both"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
