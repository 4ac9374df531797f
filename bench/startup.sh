#!/usr/bin/env bash
# Launch-to-usable-window benchmark (not a test). Needs target/hrdesk.jar and Xvfb
# (apt-get install -y xvfb fonts-noto-cjk libgtk-3-0). Each run starts the program on a database with the
# demo data, under a virtual screen, with -Dhrdesk.startupProbe=true: it prints the milliseconds from JVM
# start until the enterprise list shows its first rows, then quits. The baseline in the same run is the
# same jar answering --version (JVM start alone), so the ratio says what the window itself costs.
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
win=(); base=()
for i in $(seq "$runs"); do
  ms=$(DISPLAY=$disp java -Dhrdesk.startupProbe=true -jar target/hrdesk.jar --db "$work/bench.db" 2>&1 | sed -n 's/^startup-ms=//p')
  win+=("$ms")
  s=$(date +%s%N); java -jar target/hrdesk.jar --version >/dev/null; e=$(date +%s%N)
  base+=($(( (e - s) / 1000000 )))
done
w=$(printf '%s\n' "${win[@]}" | median); b=$(printf '%s\n' "${base[@]}" | median)
echo "launch to usable window: median ${w} ms over ${runs} runs (${win[*]})"
echo "baseline, same jar --version: median ${b} ms (${base[*]})"
awk -v w="$w" -v b="$b" 'BEGIN {printf "ratio: x%.2f of a bare JVM start of the jar\n", w / b}'
