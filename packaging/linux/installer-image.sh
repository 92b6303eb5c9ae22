#!/usr/bin/env bash
# Copies the finished app image for the .deb. The image carries no AppCDS archive (each user's is made in their
# cache folder), so this is a plain copy into the folder jpackage --app-image reads.
set -euo pipefail
src=${1:?usage: installer-image.sh APP_IMAGE DEST}
dest=${2:?usage: installer-image.sh APP_IMAGE DEST}
rm -rf "$dest"
mkdir -p "$(dirname "$dest")"
cp -a "$src" "$dest"
