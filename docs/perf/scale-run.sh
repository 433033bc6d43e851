#!/usr/bin/env bash
# Issue 15's end-to-end measurements, rerunnable: grows a database on the local MariaDB server to N deviations and
# N mandates, builds the production jar, starts it (time and CPU to ready), then drives it with the load client,
# times full page loads in Chromium, and times the start page and the report pack against the grown database.
# Output: target/perf/*.log; the figures go into docs/benchmarks.md by hand (a person reads them).
#
#   docs/perf/scale-run.sh                 N=100000, 500 sessions signed in over 120 s, think time 10 s, 300 s
#   N=20000 SESSIONS=50 DURATION=60 docs/perf/scale-run.sh
#   SKIP_GROW=1 docs/perf/scale-run.sh      the database is already grown: start at the production jar
#
# Needs: the MariaDB server on 127.0.0.1:3306 (root without password, as in CI), Debian's Chromium, a JDK >= 21.
# Run it on an otherwise idle machine: the figures are wall-clock times. The jar serves plain HTTP on loopback here,
# so its session cookie is not marked Secure (PORTAL_SECURITY_SECURE_COOKIE=false), or no client could sign in.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
N="${N:-100000}"; SESSIONS="${SESSIONS:-500}"; DURATION="${DURATION:-300}"; THINK="${THINK:-10}"; RAMPUP="${RAMPUP:-120}"
PORT="${PORT:-8108}"; DB="${DB:-perf_scale}"
OUT=target/perf; mkdir -p "$OUT"
URL="jdbc:mariadb://127.0.0.1:3306/$DB"
APP=""
stop() { [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true; }
trap stop EXIT
ready() { for _ in $(seq 1 900); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")" = 200 ] && return 0; sleep 0.2; done; return 1; }

if [ "${SKIP_GROW:-0}" != 1 ]; then  # SKIP_GROW=1: the database was grown by an earlier run
echo "== 1. Grow $DB to $N deviations and $N mandates (demo run on the server database)"
setsid ./mvnw -B -q spring-boot:test-run -Dportal.demo.scale="$N" "-Dspring-boot.run.arguments=--server.port=$PORT \
--spring.datasource.url=$URL?createDatabaseIfNotExist=true --spring.datasource.username=root \
--spring.datasource.password= --vaadin.launch-browser=false" > "$OUT/grow.log" 2>&1 &
APP=$!
ready || { echo "demo run did not start; see $OUT/grow.log" >&2; exit 1; }
# the growth runs after start-up (ApplicationReadyEvent), while the server already answers: wait for its log line
for _ in $(seq 1 900); do grep -q "Demo scale $N" "$OUT/grow.log" && break; sleep 1; done
grep "Demo scale" "$OUT/grow.log" || { echo "the growth did not finish in 15 minutes" >&2; exit 1; }
kill -- "-$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""
sleep 3
fi

echo "== 2. Production jar"
./mvnw -B -q package -DskipTests > "$OUT/package.log" 2>&1
JAR=$(ls target/oppfolgingsportal-*.jar | grep -v original | head -1)

echo "== 3. Start the jar on $DB (ready = GET /login answers 200), extracted, as docker/start.sh starts it"
rm -rf "$OUT/app" && java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" > /dev/null
export SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
  PORTAL_WHISTLEBLOWING_PEPPER=scale-run-pepper-not-secret PORTAL_SECURITY_SECURE_COOKIE=false PORT=$PORT \
  APP_DIR="$OUT/app"
# start_timed LABEL: starts the portal through docker/start.sh, waits until it serves, prints wall, CPU and RSS
start_timed() {
  T0=$(date +%s.%N)
  setsid docker/start.sh > "$OUT/jar-$1.log" 2>&1 &
  APP=$!
  ready
  T1=$(date +%s.%N)
  # the JVM is start.sh itself after its exec
  CPU=$(awk '{print ($14+$15)/100}' "/proc/$APP/stat")
  RSS=$(awk '/VmRSS/ {print $2/1024 " MB"}' "/proc/$APP/status")
  echo "$1: ready in $(awk "BEGIN{printf \"%.1f\", $T1 - $T0}") s wall, ${CPU} s CPU, RSS $RSS;" \
    "$(grep -o 'Started .* in [0-9.]* seconds' "$OUT/jar-$1.log")" | tee -a "$OUT/start.log"
}
: > "$OUT/start.log"
PORTAL_AOT=off start_timed no-cache; stop; APP=""
rm -rf "$OUT/app/aot"
echo "training run for the AOT cache (once per jar; not timed)"
AOT_DIR="$OUT/app/aot" PORTAL_AOT=on docker/start.sh > "$OUT/jar-training.log" 2>&1 &
APP=$!; ready; stop; APP=""
start_timed aot-cache
echo "== 4. Full page loads in Chromium (cold session per run)"
./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=PageLoadBenchmark \
  -Dportal.load.url="http://127.0.0.1:$PORT" -Dportal.pageload.runs=15 > "$OUT/pageload.log" 2>&1 || true
grep BENCHMARK "$OUT/pageload.log" || true
echo "== 4b. Bytes of a list's navigation answer (target/perf/<route>-uidl.json)"
./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=ResponseAnatomyBenchmark \
  -Dportal.load.url="http://127.0.0.1:$PORT" > "$OUT/anatomy.log" 2>&1 || true
grep BENCHMARK "$OUT/anatomy.log" || true

echo "== 5. Load client: $SESSIONS sessions, think time $THINK s, $DURATION s"
./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=LoadClientBenchmark \
  -Dportal.load.url="http://127.0.0.1:$PORT" -Dportal.load.sessions="$SESSIONS" -Dportal.load.seconds="$DURATION" \
  -Dportal.load.think="$THINK" -Dportal.load.rampup="$RAMPUP" -Dportal.load.mandates="$N" -Dportal.load.pid="$APP" > "$OUT/load.log" 2>&1 || true
sed -n '/LOAD/,$p' "$OUT/load.log" | grep -v "^\[" | head -70 || true
stop; APP=""

echo "== 6. Start page, follow-up list and report pack against $DB (service calls, no network)"
DS="-Dspring.datasource.url=$URL -Dspring.datasource.username=root -Dspring.datasource.password="
./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=StartPageBenchmark $DS \
  > "$OUT/startpage.log" 2>&1 || true
grep BENCHMARK "$OUT/startpage.log" || true
./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=FollowUpListScaleBenchmark $DS \
  > "$OUT/followup.log" 2>&1 || true
grep BENCHMARK "$OUT/followup.log" || true
./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=ReportPackDemoBenchmark $DS \
  > "$OUT/reportpack.log" 2>&1 || true
grep BENCHMARK "$OUT/reportpack.log" || true
