#!/usr/bin/env bash
# Finishes a Linux app image made by jpackage (Claimline's, and the benchmark's minimal window):
#   finish-image.sh APP_IMAGE_DIR JAVAFX_JAR_DIR
# - JavaFX's native libraries go to the runtime's lib/, where JavaFX loads them directly. The Maven jars carry them
#   as resources, and jlink would keep them so: then every start reads, hashes and compares them with a copy in
#   ~/.openjfx/cache (written on the first start). The jlink options exclude them from the module image
#   (--exclude-resources in jpackage-common.args), so they are not carried twice.
# - Debian's libjvm.so keeps its symbol table (4 MB): not needed to run; skipped without binutils.
# - bin/<name> becomes launcher.sh (same runtime, class path and options, read from jpackage's lib/app/<name>.cfg):
#   it adds this user's AppCDS archive from the cache folder, which jpackage's native launcher cannot name.
set -euo pipefail
image=$(realpath "${1:?usage: finish-image.sh APP_IMAGE_DIR JAVAFX_JAR_DIR}")
fx=${2:?usage: finish-image.sh APP_IMAGE_DIR JAVAFX_JAR_DIR}
lib="$image/lib/runtime/lib"
[ -d "$lib" ] || { echo "finish-image: no runtime in $image" >&2; exit 1; }
name=$(basename "$image")
[ -f "$image/lib/app/$name.cfg" ] || { echo "finish-image: no lib/app/$name.cfg in $image" >&2; exit 1; }
[ -x "$image/lib/runtime/bin/java" ] || { echo "finish-image: no lib/runtime/bin/java in $image" >&2; exit 1; }
install -m 755 "$(dirname "$0")/launcher.sh" "$image/bin/$name"

found=0
for jar in "$fx"/javafx-*.jar; do
  [ -e "$jar" ] || continue
  jar=$(realpath "$jar")
  # the libraries sit at the root of the platform jars
  libs=$(jar --list --file "$jar" | grep -E '^[^/]+\.so$' || true)
  [ -n "$libs" ] || continue
  # shellcheck disable=SC2086 # one name per word: the names have no spaces
  (cd "$lib" && jar --extract --file "$jar" $libs)
  found=$((found + $(wc -w <<<"$libs")))
done
[ "$found" -gt 0 ] || { echo "finish-image: no JavaFX native libraries in $fx" >&2; exit 1; }
chmod 644 "$lib"/*.so

if command -v strip >/dev/null; then
  strip --strip-unneeded "$lib/server/libjvm.so"
else
  echo "finish-image: no strip (binutils): libjvm.so keeps its symbols"
fi
