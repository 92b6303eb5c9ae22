# Sourced by the packaging scripts and .ci/run: makes sure $DISPLAY points at an X server, starting a private
# Xvfb on a free display when there is none (stopped by the caller's EXIT trap: `trap stop_own_display EXIT`).
# Returns 1 when there is no display and no Xvfb.
own_xvfb_pid=
ensure_display() {
  [ -n "${DISPLAY:-}" ] && return 0
  command -v Xvfb >/dev/null || return 1
  local n
  for n in $(seq 90 140); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
  done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  own_xvfb_pid=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
  export DISPLAY=":$n"
}
stop_own_display() {
  [ -z "$own_xvfb_pid" ] || kill "$own_xvfb_pid" 2>/dev/null || true
}
