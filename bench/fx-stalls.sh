#!/usr/bin/env bash
# How long the window ever stands still (not a test). Needs target/hrdesk.jar, Xvfb and xdotool. Starts the program
# on the demo database with -Dhrdesk.fxStallProbe=true (every gap over 100 ms between two pulses of the FX thread is
# printed), signs in as the administrator, opens every tab in turn, types into the enterprise search and closes the
# window. Screen positions are those of a 1600x1000 screen. FX_STALL_JAVA_OPTS adds JVM options (a class-data
# archive, say); FX_STALL_STACKS=FILE keeps what the FX thread was doing in each pause.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
disp=:$((300 + RANDOM % 100))
Xvfb $disp -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $app 2>/dev/null || true; kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
java -jar target/hrdesk.jar --db "$work/demo.db" demo-data >/dev/null 2>&1
export DISPLAY=$disp
t0=$(date +%s%3N)
mark() { echo "at-ms=$(( $(date +%s%3N) - t0 )) $*" >> "$work/marks.log"; }
java ${FX_STALL_JAVA_OPTS:-} -Dhrdesk.fxStallProbe=true -jar target/hrdesk.jar --db "$work/demo.db" > "$work/out.log" 2>&1 & app=$!
until xdotool search --name "登录" >/dev/null 2>&1; do sleep 0.2; done
sleep 1
mark "sign-in window shown; signing in"
xdotool mousemove 818 335 click 1 type --delay 30 admin
xdotool mousemove 818 377 click 1 type --delay 30 demo-2014
xdotool key Return
sleep 8
mark "signed in, main window shown"
for x in 245 329 413 504 602 700 791 875 959 160; do
  xdotool mousemove $x 117 click 1
  sleep 3
  mark "tab at x=$x opened"
done
mark "typing into the enterprise search"
xdotool mousemove 312 252 click 1 type --delay 80 "dong"
sleep 2
mark "searched"
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true
cat "$work/marks.log"
grep fx-stall "$work/out.log" | grep -v fx-stall-stack || echo "no stall over 100 ms"
if [ -n "${FX_STALL_STACKS:-}" ]; then grep -A14 fx-stall-stack "$work/out.log" > "$FX_STALL_STACKS" || true; fi
