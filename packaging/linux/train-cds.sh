#!/usr/bin/env bash
# Records the class list of a built Linux app image: one smoke run of the image's own launcher (without any
# archive) writes the classes it loads up to the rendered reader window into IMAGE/lib/app/claimline.classlist,
# which ships with the image. The AppCDS archive itself is made per user and install location in the cache folder
# (packaging/linux/launcher.sh, org.claimline.app.CdsArchive): here `Claimline cds-dump` makes the builder's
# own, so launches of this image start with it; the image stays without it.
# Needs a display: uses $DISPLAY, else starts a private Xvfb; without either it skips with a warning (the image
# then has no class list and runs without an archive).
set -euo pipefail
image=$(realpath "${1:?usage: train-cds.sh APP_IMAGE_DIR}")
app="$image/lib/app"

. "$(dirname "$0")/display.sh"
trap stop_own_display EXIT
if ! ensure_display; then
  echo "train-cds: no DISPLAY and no Xvfb: the image is built without its class list (slower start)" >&2
  exit 0
fi

start=$(date +%s%N)
# JAVA_TOOL_OPTIONS reaches the JVM whatever the launcher passes
CLAIMLINE_CDS=off JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$app/claimline.classlist" "$image/bin/Claimline" --smoke \
  2> >(grep -v '^Picked up JAVA_TOOL_OPTIONS' >&2)
"$image/bin/Claimline" cds-dump
echo "train-cds: done in $(( ($(date +%s%N) - start) / 1000000 )) ms"
