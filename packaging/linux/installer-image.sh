#!/usr/bin/env bash
# Copies the finished app image for the .deb without its CDS archive: the archive only matches the folder it was
# made in (target/dist), and the package's postinst makes the one for /opt/claimline.
set -euo pipefail
src=${1:?usage: installer-image.sh APP_IMAGE DEST}
dest=${2:?usage: installer-image.sh APP_IMAGE DEST}
rm -rf "$dest"
mkdir -p "$(dirname "$dest")"
cp -a "$src" "$dest"
rm -f "$dest"/lib/app/claimline.jsa "$dest"/lib/app/claimline.jsa.folder "$dest"/lib/app/claimline.jsa.tmp "$dest"/lib/app/claimline.jsa.log
