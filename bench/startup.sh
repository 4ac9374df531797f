#!/usr/bin/env bash
# Launch-to-usable-window benchmark (not a test). Needs target/hrdesk.jar, the bench classes
# (mvn -Pbench test-compile) and Xvfb (apt-get install -y xvfb fonts-noto-cjk libgtk-3-0). Each run starts the
# program on a database with the demo data, under a virtual screen, with -Dhrdesk.startupProbe=true: it prints the
# milliseconds from JVM start until the sign-in window shows, and until the database behind it is open, then quits. The baseline in the same run, alternating
# with it, is a minimal JavaFX program showing one Chinese label from the same jar (MinimalChineseWindow); the
# same jar answering --version (JVM start alone) is printed beside them.
#
# bench/startup.sh [RUNS] [--class-data]: with --class-data each of the two programs first runs once to write a
# class-data-sharing archive of its own (-XX:ArchiveClassesAtExit), and every timed run maps it, as the installed
# program maps the archive its installer made. The minimal window gains little from one; the program a lot.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"; kill $xvfb 2>/dev/null || true' EXIT
java -jar target/hrdesk.jar --db "$work/bench.db" demo-data 2>/dev/null
disp=:$((200 + RANDOM % 100))
Xvfb $disp -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
program=(-Dhrdesk.startupProbe=true -jar target/hrdesk.jar --db "$work/bench.db")
# a class-data archive takes jars only, so the baseline's one class goes into a jar of its own
(cd target/test-classes && jar cf "$work/minimal.jar" cn/banan/hrdesk/bench/MinimalChineseWindow*.class)
minimal=(-cp target/hrdesk.jar:"$work/minimal.jar" cn.banan.hrdesk.bench.MinimalChineseWindow)
share_program=(); share_minimal=()
if [ "${2:-}" = "--class-data" ]; then
  DISPLAY=$disp java -XX:ArchiveClassesAtExit="$work/program.jsa" "${program[@]}" >/dev/null 2>&1
  DISPLAY=$disp java -XX:ArchiveClassesAtExit="$work/minimal.jsa" "${minimal[@]}" >/dev/null 2>&1
  share_program=(-XX:SharedArchiveFile="$work/program.jsa" -Xshare:on)
  share_minimal=(-XX:SharedArchiveFile="$work/minimal.jsa" -Xshare:on)
  echo "class-data archives: program $(du -m "$work/program.jsa" | cut -f1) MB, minimal window $(du -m "$work/minimal.jsa" | cut -f1) MB"
fi
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
win=(); opened=(); fx=(); base=()
for i in $(seq "$runs"); do
  out=$(DISPLAY=$disp java "${share_program[@]}" "${program[@]}" 2>&1)
  win+=("$(sed -n 's/^startup-ms=//p' <<< "$out")")
  opened+=("$(sed -n 's/^opened-ms=//p' <<< "$out")")
  ms=$(DISPLAY=$disp java "${share_minimal[@]}" "${minimal[@]}" 2>&1 | sed -n 's/^startup-ms=//p')
  fx+=("$ms")
  s=$(date +%s%N); java -jar target/hrdesk.jar --version >/dev/null; e=$(date +%s%N)
  base+=($(( (e - s) / 1000000 )))
done
w=$(printf '%s\n' "${win[@]}" | median); o=$(printf '%s\n' "${opened[@]}" | median); f=$(printf '%s\n' "${fx[@]}" | median); b=$(printf '%s\n' "${base[@]}" | median)
echo "launch to the sign-in window: median ${w} ms over ${runs} runs (${win[*]})"
echo "the database open behind it (登录 answers without waiting): median ${o} ms (${opened[*]})"
echo "baseline, a minimal JavaFX window with one Chinese label: median ${f} ms (${fx[*]})"
echo "for reference, same jar --version: median ${b} ms (${base[*]})"
awk -v w="$w" -v f="$f" 'BEGIN {printf "ratio: x%.2f of the minimal JavaFX window\n", w / f}'
