#!/usr/bin/env bash
# The classes the program loads from its start to its first window, by name (JAR OUT). The .deb's postinst turns
# them into a class-data-sharing archive at the installed path, where the launcher finds it. Needs Xvfb
# (xvfb-run); without it, or if the window does not come up, no list is written and the package starts without
# the archive, as fast as before.
set -euo pipefail
jar=$1
out=$2
rm -f "$out"
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "record-classlist: no xvfb-run here; the package goes without a class list" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Dhrdesk.logdir="$work/logs" -jar "$jar" --db "$work/classlist.db" --site OFFICE init 2>/dev/null
timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" java -XX:DumpLoadedClassList="$out" -Dhrdesk.startupProbe=true \
  -Dhrdesk.logdir="$work/logs" -Djava.util.prefs.userRoot="$work/prefs" -jar "$jar" --db "$work/classlist.db" > "$work/probe" 2>&1 || true
if grep -q "startup-ms=" "$work/probe"; then
  echo "record-classlist: $(wc -l < "$out") classes to $out"
else
  rm -f "$out"
  echo "record-classlist: the program did not reach its first window; the package goes without a class list" >&2
  cat "$work/probe" >&2
fi
