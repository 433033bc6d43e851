#!/usr/bin/env bash
# Passive security scan of the portal on this machine (the equivalent of an OWASP ZAP baseline scan; see
# docs/security.md for why and what it checks). Writes docs/security/passive-scan-report.md and exits non-zero
# when a FAIL rule fires.
#
#   docs/security/scan.sh                          start the demo run on $PORT (default 8090), scan it, stop it
#   TARGET=http://localhost:8080 docs/security/scan.sh   scan a portal that is already running on this machine
#
# The demo run started here keeps its database in target/scan-db (not ./data), so a scan never touches the
# data of your own demo run. Needs a JDK >= 21 and Debian's Chromium (/usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$jdk/bin/javac" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      export JAVA_HOME="$jdk"; break
    fi
  done
fi
export PATH="$JAVA_HOME/bin:$PATH"

PORT="${PORT:-8090}"
APP_PID=""
stop_app() {
  if [ -n "$APP_PID" ]; then
    kill -- "-$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
}
trap stop_app EXIT

if [ -z "${TARGET:-}" ]; then
  TARGET="http://localhost:$PORT"
  mkdir -p target
  echo "== Starting the demo run on $TARGET (log: target/scan-app.log)"
  setsid ./mvnw -B -q spring-boot:test-run -Dspring-boot.run.arguments="--server.port=$PORT \
--portal.embedded-db.dir=target/scan-db --vaadin.devmode.devTools.enabled=false --vaadin.launch-browser=false" \
    > target/scan-app.log 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    if curl -s -o /dev/null -w '%{http_code}' "$TARGET/login" 2>/dev/null | grep -q 200; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "The demo run stopped; see target/scan-app.log" >&2; exit 1; fi
    sleep 2
  done
fi

echo "== Passive scan of $TARGET"
./mvnw -B test -Dtest=PassiveSecurityScan -Dportal.scan.url="$TARGET" \
  -Dportal.scan.report="$PWD/docs/security/passive-scan-report.md"
