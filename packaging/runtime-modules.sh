# shellcheck shell=bash
# runtime_modules JDK JAR WORK: the Java modules BackSheet needs, comma-separated, as jdeps finds them in the
# jar and its libraries (sourced by dist.sh and installer.sh).
#  - java.sql only serves Gson's optional java.sql.Date support, which Gson skips when the module is absent;
#    java.logging, which came with it, stays (PDFBox and the Graphics2D bridge log through it).
#  - jdk.unsupported is found by name at run time (PDFBox unmaps its buffers through sun.misc.Unsafe), so jdeps
#    cannot see it.
#  - jdk.localedata carries the Spanish dates and numbers (jlink keeps only en and es).
runtime_modules() {
  local jdk=$1 jar classes=$3/classes found
  jar=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
  rm -rf "$classes"
  mkdir -p "$classes"
  # jdeps would read the shaded jar as a module (a library's module-info came along): look at bare classes.
  (cd "$classes" && "$jdk/bin/jar" xf "$jar" && find . -name module-info.class -delete)
  found=$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$classes")
  rm -rf "$classes"
  echo "$found" | tr ',' '\n' | grep -v '^java.sql$' | paste -sd, - | sed 's/$/,java.logging,jdk.unsupported,jdk.localedata/'
}
