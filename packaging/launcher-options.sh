# shellcheck shell=sh
# The JVM options of BackSheet's native launchers, in one place: sourced by dist.sh and installer.sh.

# archive_option APPDIR FEATURE: the option(s) naming the start-up archive beside the jar. Java 25 reads an
# ahead-of-time cache (classes loaded and linked, method profiles), Java 17 an AppCDS archive; either is
# skipped when it does not match the runtime or the jar. Java 25 refuses to start, though, when the first
# heap is too small for the cache's archived objects: keep -Xms at 32m or more (and any -Xmn below it).
archive_option() {
  if [ "${2:-17}" -ge 25 ]; then
    echo "-XX:AOTCache=$1/backsheet.aot"
  else
    # Silent when skipped: Java 17 would otherwise warn on every start.
    echo "-XX:SharedArchiveFile=$1/backsheet.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
}

# memory_options KIND (cli or editor). The JVM's default heap is a quarter of the machine's memory, while a
# handout needs a few MB: the command line gets a small heap (a batch of 1,000 handouts stays under 256 MiB
# resident; a sheet with large photos that runs out of memory beside others is made again alone, and three
# 12-megapixel photos fit), the editor room for its page previews. The serial collector starts fastest and
# keeps the footprint small on the two cores of a front-desk PC.
memory_options() {
  if [ "$1" = editor ]; then
    echo "-XX:+UseSerialGC -Xms32m -Xmx512m"
  else
    echo "-XX:+UseSerialGC -Xms32m -Xmx128m -Xss512k"
  fi
}
