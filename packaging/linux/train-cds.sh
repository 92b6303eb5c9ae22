#!/usr/bin/env bash
# Trains the AppCDS archive of a built Linux app image: one smoke run of the image's own runtime records the
# classes it loads (IMAGE/lib/app/claimline.classlist, shipped), then `Claimline cds-dump` makes a static archive
# (JDK and app classes in one file, so the runtime needs no base archive) IMAGE/lib/app/claimline.jsa with
# exactly the launcher's class path. The launcher passes -XX:SharedArchiveFile=$APPDIR/claimline.jsa -Xshare:auto.
# The .deb's postinst and a moved image redo only the dump (no display needed) for their own folder.
# The archive only matches this folder: a moved image silently runs without it.
# Needs a display: uses $DISPLAY, else starts a private Xvfb; without either it skips with a warning.
set -euo pipefail
image=$(realpath "${1:?usage: train-cds.sh APP_IMAGE_DIR}")
app="$image/lib/app"
java="$image/lib/runtime/bin/java"
jsa="$app/claimline.jsa"
[ -x "$java" ] || { echo "train-cds: no $java (was the runtime stripped of native commands?)" >&2; exit 1; }

. "$(dirname "$0")/display.sh"
trap stop_own_display EXIT
if ! ensure_display; then
  echo "train-cds: no DISPLAY and no Xvfb: the image is built without its CDS archive (slower start)" >&2
  exit 0
fi

rm -f "$jsa" "$app/claimline.jsa.folder"
start=$(date +%s%N)
# through the launcher itself, so the run has exactly its JVM options (module exports, heap) and class path;
# JAVA_TOOL_OPTIONS reaches the JVM whatever the launcher passes (there is no archive yet to share from)
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$app/claimline.classlist" "$image/bin/Claimline" --smoke 2> >(grep -v '^Picked up JAVA_TOOL_OPTIONS' >&2)
"$image/bin/Claimline" cds-dump
echo "train-cds: done in $(( ($(date +%s%N) - start) / 1000000 )) ms"
