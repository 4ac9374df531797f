#!/usr/bin/env bash
# Launch-to-usable-window benchmark (not a test). Needs target/hrdesk.jar, the bench classes
# (mvn -Pbench test-compile) and Xvfb (apt-get install -y xvfb fonts-noto-cjk libgtk-3-0). Each run starts the
# program on a database with the demo data, under a virtual screen, with -Dhrdesk.startupProbe=true: it prints the
# milliseconds from JVM start until the sign-in window shows, then quits. The baseline in the same run, alternating
# with it, is a minimal JavaFX program showing one Chinese label from the same jar (MinimalChineseWindow); the
# same jar answering --version (JVM start alone) is printed beside them.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"; kill $xvfb 2>/dev/null || true' EXIT
java -jar target/hrdesk.jar --db "$work/bench.db" demo-data 2>/dev/null
disp=:$((200 + RANDOM % 100))
Xvfb $disp -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
win=(); fx=(); base=()
for i in $(seq "$runs"); do
  ms=$(DISPLAY=$disp java -Dhrdesk.startupProbe=true -jar target/hrdesk.jar --db "$work/bench.db" 2>&1 | sed -n 's/^startup-ms=//p')
  win+=("$ms")
  ms=$(DISPLAY=$disp java -cp target/hrdesk.jar:target/test-classes cn.banan.hrdesk.bench.MinimalChineseWindow 2>&1 | sed -n 's/^startup-ms=//p')
  fx+=("$ms")
  s=$(date +%s%N); java -jar target/hrdesk.jar --version >/dev/null; e=$(date +%s%N)
  base+=($(( (e - s) / 1000000 )))
done
w=$(printf '%s\n' "${win[@]}" | median); f=$(printf '%s\n' "${fx[@]}" | median); b=$(printf '%s\n' "${base[@]}" | median)
echo "launch to the sign-in window: median ${w} ms over ${runs} runs (${win[*]})"
echo "baseline, a minimal JavaFX window with one Chinese label: median ${f} ms (${fx[*]})"
echo "for reference, same jar --version: median ${b} ms (${base[*]})"
awk -v w="$w" -v f="$f" 'BEGIN {printf "ratio: x%.2f of the minimal JavaFX window\n", w / f}'
