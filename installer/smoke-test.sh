#!/usr/bin/env bash
# The installed program, as an office PC gets it. Builds the .deb; installs an earlier release, makes data with it,
# installs this build over it and checks the data is still there and was migrated (with its checked backup); starts
# the installed launcher under Xvfb to the sign-in window; asks its version; removes it and checks nothing is left.
# Run as root (it installs packages), from a clone with history (it builds the earlier release from git).
set -euo pipefail
cd "$(dirname "$0")/.."

# The last release before the frozen line facts: schema version 10, so this build must migrate what it made.
EARLIER=b8888f2c905dc7a14a30d22ac73e69aec4c24478
APP=/opt/hrdesk/bin/HRDesk
work=$(mktemp -d /tmp/hrdesk-smoke.XXXXXX)
# a local .deb with its dependencies; the package lists are fetched only when a dependency is missing
install_deb() { apt-get install -y -q "$1" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "$1" >/dev/null; }; }
say() { printf '\n== %s\n' "$*"; }
fail() { printf 'SMOKE TEST FAILED: %s\n' "$*" >&2; exit 1; }
cleanup() {
  dpkg -s hrdesk >/dev/null 2>&1 && apt-get purge -y -q hrdesk >/dev/null 2>&1 || true
  git worktree remove --force "$work/earlier" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
[ "$(id -u)" = 0 ] || fail "run as root: it installs and removes the package"
export DEBIAN_FRONTEND=noninteractive

say "this build's .deb"
mvn -B -ntp -q -Pinstaller package -DskipTests
new_deb=$(ls "$PWD"/target/installer/hrdesk_*_amd64.deb)
version=$(sed -n 's:.*<version>\([0-9.]*\)</version>.*:\1:p' pom.xml | head -1)
ls -l "$new_deb" target/installer

say "the earlier release's .deb (built from $EARLIER, packaged alike)"
git worktree add --detach "$work/earlier" "$EARLIER" >/dev/null
(cd "$work/earlier" && mvn -B -ntp -q package -Dmaven.test.skip=true)
mkdir -p "$work/earlier-input" && cp "$work/earlier/target/hrdesk.jar" "$work/earlier-input/"
mvn -B -ntp -q -Pinstaller org.panteleyev:jpackage-maven-plugin:1.8.0:jpackage@deb -Dinstaller.version=0.1.0 \
  -Dinstaller.input="$work/earlier-input" -Dinstaller.destination="$work/earlier-deb"
old_deb=$(ls "$work"/earlier-deb/hrdesk_0.1.0*_amd64.deb)

say "install the earlier release and make data with it"
install_deb "$old_deb"
"$APP" --version | tee "$work/v-old" ; grep -q "0.1" "$work/v-old" || fail "the earlier release did not start"
db="$work/data/hrdesk.db"
"$APP" --db "$db" demo-data
"$APP" --db "$db" claims list > "$work/claims-before"
[ "$(wc -l < "$work/claims-before")" -gt 1 ] || fail "the earlier release made no claims"

say "install this build over it"
install_deb "$new_deb"
"$APP" --version | tee "$work/v-new"; grep -q "$version" "$work/v-new" || fail "the installed launcher is not version $version"
"$APP" --db "$db" claims list > "$work/claims-after" 2> "$work/upgrade-err"
cat "$work/upgrade-err"
grep -q "升级前的完整备份" "$work/upgrade-err" || fail "the upgrade did not say where its backup is"
ls "$work"/data/hrdesk-升级前备份-v10-*.db >/dev/null || fail "no checked backup beside the upgraded database"
cut -f1-5 "$work/claims-before" > "$work/a"; cut -f1-5 "$work/claims-after" > "$work/b"
diff "$work/a" "$work/b" || fail "the claims changed in the upgrade"
"$APP" --db "$db" ledger verify || fail "the ledger does not verify after the upgrade"
"$APP" --db "$db" audit verify || fail "the audit trail does not verify after the upgrade"
echo "claims kept: $(($(wc -l < "$work/claims-after") - 1)); schema migrated from 10"

say "class-data sharing, made by postinst at the installed path"
[ -f /opt/hrdesk/lib/app/hrdesk.jsa ] || fail "postinst made no class-data-sharing archive"
JAVA_TOOL_OPTIONS=-Xshare:on "$APP" --version >/dev/null 2>&1 || fail "the archive does not map at the installed path"
ls -l /opt/hrdesk/lib/app/hrdesk.jsa

say "start the installed program to its sign-in window (with the archive, then without it)"
for share in auto off; do
  timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" env JAVA_TOOL_OPTIONS="-Xshare:$share -Dhrdesk.startupProbe=true" "$APP" \
    --db "$db" 2> "$work/probe" || true
  grep "startup-ms=" "$work/probe" | sed "s/^/-Xshare:$share /" \
    || { cat "$work/probe"; fail "the installed program did not reach its sign-in window"; }
done

say "remove it"
apt-get purge -y -q hrdesk >/dev/null
[ ! -e /opt/hrdesk ] || fail "/opt/hrdesk is still there after removal"
! ls /usr/share/applications/*hrdesk* >/dev/null 2>&1 || fail "the menu entry is still there after removal"
[ -f "$db" ] || fail "removing the program removed the user's data"
echo "SMOKE TEST PASSED"
