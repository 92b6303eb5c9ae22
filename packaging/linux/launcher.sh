#!/bin/bash
# The Linux launcher of a Claimline app image (installed as bin/<name> by finish-image.sh, in place of jpackage's
# native launcher). It starts the image's own runtime exactly as the native launcher would, from the same
# lib/app/<name>.cfg that jpackage wrote (class path, main class, JVM options; $APPDIR, $ROOTDIR, $BINDIR
# expanded), and adds what that launcher cannot:
# - the AppCDS archive in this user's cache folder, one per install location (an archive only maps for the
#   runtime and jars it was made with): ${XDG_CACHE_HOME:-~/.cache}/claimline/cds/<name>-<checksum of the
#   location>.jsa. The app makes it in the background after its first window when it is missing or stale
#   (org.claimline.app.CdsArchive; `bin/<name> cds-dump` makes it at once). A missing or unusable archive is
#   skipped silently (-Xshare:auto).
#   CLAIMLINE_CDS=off starts without it; CLAIMLINE_CDS=FILE uses that archive instead.
# - no `rpm -qf` / `dpkg -S` on its own path at every start, which JDK 17's native launcher runs (~0.15 s).
set -euo pipefail
self=$(readlink -f -- "$0")
name=$(basename -- "$self")
root=$(cd -- "$(dirname -- "$self")/.." && pwd -P)
app="$root/lib/app"
cfg="$app/$name.cfg"
[ -r "$cfg" ] || { echo "$name: missing $cfg" >&2; exit 1; }

classpath=()
options=()
main=
while IFS= read -r line || [ -n "$line" ]; do
  line=${line//\$APPDIR/$app}
  line=${line//\$ROOTDIR/$root}
  line=${line//\$BINDIR/$root/bin}
  case $line in
    app.classpath=*) classpath+=("${line#app.classpath=}") ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done <"$cfg"
[ -n "$main" ] || { echo "$name: no main class in $cfg" >&2; exit 1; }

archive=${CLAIMLINE_CDS:-}
if [ -z "$archive" ] && [ -n "${XDG_CACHE_HOME:-}${HOME:-}" ]; then
  location=$(printf '%s' "$root" | cksum | cut -d' ' -f1)
  archive="${XDG_CACHE_HOME:-$HOME/.cache}/claimline/cds/$name-$location.jsa"
fi
if [ -n "$archive" ] && [ "$archive" != off ]; then
  options+=(-Xshare:auto "-XX:SharedArchiveFile=$archive" -Xlog:cds=off "-Dclaimline.cds.archive=$archive")
fi

# GTK's file dialogs keep their settings in dconf, which writes under $XDG_RUNTIME_DIR. Where the session has none
# or cannot write it (a bare X server, su or sudo, a container), dconf prints a warning to the terminal for every
# setting the dialog reads; the settings then live in memory for this run instead. A backend the user chose stays.
if [ -z "${GSETTINGS_BACKEND:-}" ] && { [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -w "$XDG_RUNTIME_DIR" ]; }; then
  export GSETTINGS_BACKEND=memory
fi

cp=$(IFS=:; echo "${classpath[*]}")
exec -a "$name" "$root/lib/runtime/bin/java" "${options[@]}" -cp "$cp" "$main" "$@"
