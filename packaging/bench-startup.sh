#!/usr/bin/env bash
# Startup benchmark of the packaged app (builds no Claimline: run `mvn -Ppackage package` first).
#   packaging/bench-startup.sh [APP_IMAGE] [ROUNDS]     defaults: target/dist/Claimline 10
# Measures launch to first rendered article, alternating in each round:
#   claimline   the packaged app, `bin/Claimline --smoke`, with this user's AppCDS archive (made first if missing)
#   no-cds      the same with CLAIMLINE_CDS=off (the launcher then names no archive)
#   minimal     a minimal JavaFX window (packaging/bench/MinimalFx.java) packaged the same way: same runtime
#               modules, jlink options, finish-image.sh and launcher, its own static CDS archive (class list from a
#               run of it, dumped with the same collector); built here into target/bench
# Each run is timed from the moment this script starts it to the lines the app prints after its first frame with
# the article ("article on screen at epoch ms": Claimline's start-up preview) and after the reader window has
# rendered it ("rendered at epoch ms"); the script prints medians and ratios of both.
# Needs a display: uses $DISPLAY, else starts a private Xvfb. Target: claimline <= 1.2 x minimal.
set -euo pipefail
cd "$(dirname "$0")/.."
image=$(realpath "${1:-target/dist/Claimline}")
rounds=${2:-10}
fx=target/jpackage/fx
bench=target/bench
[ -x "$image/bin/Claimline" ] || { echo "no app image at $image (mvn -Ppackage package)" >&2; exit 2; }
[ -d "$fx" ] || { echo "no JavaFX jars in $fx (mvn -Ppackage package)" >&2; exit 2; }

. packaging/linux/display.sh
trap stop_own_display EXIT
ensure_display || { echo "no DISPLAY and no Xvfb" >&2; exit 2; }

# --- the minimal window, packaged like Claimline -----------------------------------------------------------
rm -rf "$bench" && mkdir -p "$bench/classes" "$bench/input"
javac -d "$bench/classes" --module-path "$fx" --add-modules javafx.controls packaging/bench/MinimalFx.java
jar --create --file "$bench/input/minimalfx.jar" -C "$bench/classes" .
grep -E '^--(add-modules|jlink-options|java-options)' packaging/jpackage-common.args > "$bench/runtime.args"
jpackage --type app-image --name MinimalFx --dest "$bench" --input "$bench/input" --main-jar minimalfx.jar \
  --main-class MinimalFx --module-path "$fx" @"$bench/runtime.args"
packaging/linux/finish-image.sh "$bench/MinimalFx" "$fx"
mapp=$(realpath "$bench/MinimalFx/lib/app")
minimal_jsa="$(realpath "$bench")/minimalfx.jsa"
"$bench/MinimalFx/lib/runtime/bin/java" -Xshare:off -XX:DumpLoadedClassList="$mapp/minimalfx.classlist" \
  -cp "$mapp/minimalfx.jar" MinimalFx >/dev/null
"$bench/MinimalFx/lib/runtime/bin/java" -Xshare:dump -XX:+UseSerialGC -XX:SharedClassListFile="$mapp/minimalfx.classlist" \
  -XX:SharedArchiveFile="$minimal_jsa" -Xlog:cds=error -cp "$mapp/minimalfx.jar" >/dev/null

# this user's archive for the image, as its first launch would make it in the background
"$image/bin/Claimline" cds-dump

# --- rounds ----------------------------------------------------------------------------------------------
# launch -> "article on screen at epoch ms N" (the first frame showing the article) and launch -> "rendered at
# epoch ms N" (the reader window ready), both printed by the app; prints "ON_SCREEN READY" in ms
timed() {
  local start out on_screen rendered
  start=$(date +%s%3N)
  out=$("$@" 2>/dev/null)
  on_screen=$(echo "$out" | sed -n 's/.*article on screen at epoch ms \([0-9]*\).*/\1/p' | tail -1)
  rendered=$(echo "$out" | sed -n 's/.*rendered at epoch ms \([0-9]*\).*/\1/p' | tail -1)
  [ -n "$on_screen" ] && [ -n "$rendered" ] && echo "$((on_screen - start)) $((rendered - start))"
}
run_claimline() { timed "$image/bin/Claimline" --smoke; }
run_nocds() { timed env CLAIMLINE_CDS=off "$image/bin/Claimline" --smoke; }
run_minimal() { timed env CLAIMLINE_CDS="$minimal_jsa" "$bench/MinimalFx/bin/MinimalFx"; }
declare -A shown=([claimline]= [no-cds]= [minimal]=) ready=([claimline]= [no-cds]= [minimal]=)
run_claimline >/dev/null; run_minimal >/dev/null   # one warm-up each: page cache, font cache
for r in $(seq "$rounds"); do
  line="round $r:"
  for kind in claimline no-cds minimal; do
    case $kind in
      claimline) t=$(run_claimline) ;;
      no-cds) t=$(run_nocds) ;;
      minimal) t=$(run_minimal) ;;
    esac
    [ -n "$t" ] || { echo "$kind: no timing (launch failed)" >&2; exit 1; }
    read -r s w <<<"$t"
    shown[$kind]+="$s "
    ready[$kind]+="$w "
    line+=" $kind=${s}/${w}ms"
  done
  echo "$line"
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
c=$(echo "${shown[claimline]}" | median); n=$(echo "${shown[no-cds]}" | median); m=$(echo "${shown[minimal]}" | median)
cr=$(echo "${ready[claimline]}" | median); nr=$(echo "${ready[no-cds]}" | median)
echo "medians over $rounds rounds (load average $(cut -d' ' -f1 /proc/loadavg)), launch -> first frame with the article / -> reader ready:"
printf '  claimline %5d ms / %5d ms\n  no-cds    %5d ms / %5d ms\n  minimal   %5d ms (its window is its first frame)\n' "$c" "$cr" "$n" "$nr" "$m"
awk -v c="$c" -v n="$n" -v m="$m" -v cr="$cr" -v nr="$nr" 'BEGIN {
  printf "  claimline / minimal = %.2f (first frame with the article; target <= 1.20)\n", c / m
  printf "  claimline ready / minimal = %.2f (reader window built and rendered)\n", cr / m
  printf "  no-cds / claimline  = %.2f / %.2f\n", n / c, nr / cr }'
