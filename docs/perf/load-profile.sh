#!/usr/bin/env bash
# Where the time and the heap go under load (issue 15): starts the production jar on a grown database with a Java
# Flight Recorder recording, drives it with the load client, and prints
#   - the CPU seconds of the JVM and of the MariaDB server during the load (which side is the bottleneck),
#   - the hottest methods and the hottest call stacks into the portal's own code (jfr view),
#   - the database's busy time per statement shape during a minute of the steady state (sampled processlist),
#   - the classes that hold the most heap while every session's UI is open (jcmd GC.class_histogram).
# The database must have been grown first (docs/perf/scale-run.sh step 1). Output: target/perf/profile-*.
#
#   docs/perf/load-profile.sh                         500 sessions, sign-ins over 200 s, 420 s in all, think 10 s
#   SESSIONS=100 RAMPUP=30 DURATION=150 SKIP_BUILD=1 docs/perf/load-profile.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
N="${N:-100000}"; SESSIONS="${SESSIONS:-500}"; DURATION="${DURATION:-420}"; THINK="${THINK:-10}"; RAMPUP="${RAMPUP:-200}"
PORT="${PORT:-8108}"; DB="${DB:-perf_scale}"
OUT=target/perf; mkdir -p "$OUT"
APP=""
stop() { [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true; }
trap stop EXIT
ready() { for _ in $(seq 1 900); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")" = 200 ] && return 0; sleep 0.2; done; return 1; }
cpu_of() { awk '{printf "%.1f", ($14+$15)/100}' "/proc/$1/stat"; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q package -DskipTests > "$OUT/package.log" 2>&1
fi
JAR=$(ls target/oppfolgingsportal-*.jar | grep -v original | head -1)
rm -rf "$OUT/app" && java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" > /dev/null
rm -f "$OUT/profile.jfr"
SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$DB" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
  PORTAL_WHISTLEBLOWING_PEPPER=profile-pepper-not-secret PORTAL_SECURITY_SECURE_COOKIE=false PORT=$PORT \
  APP_DIR="$OUT/app" PORTAL_AOT=off \
  JDK_JAVA_OPTIONS="-XX:StartFlightRecording=settings=profile,filename=$OUT/profile.jfr,dumponexit=true" \
  setsid docker/start.sh > "$OUT/profile-jar.log" 2>&1 &
APP=$!
ready
DBPID=$(pgrep -x mariadbd | head -1)
JVM0=$(cpu_of "$APP"); DB0=$(cpu_of "$DBPID"); T0=$(date +%s)
# the heaviest classes once every session has signed in (the ramp-up plus a minute), then the statements the
# database is running, sampled five times a second for a minute of the steady state (a statistical profile of the
# database's busy time by statement, which needs no server setting)
( sleep $((RAMPUP + 60)); jcmd "$APP" GC.class_histogram > "$OUT/profile-histogram.txt" 2>&1
  : > "$OUT/profile-db-samples.txt"
  for _ in $(seq 1 300); do
    mariadb -uroot -N -B -e "select replace(replace(info, '\n', ' '), '\t', ' ') from information_schema.processlist
      where db = '$DB' and command = 'Query' and info not like '%processlist%'" >> "$OUT/profile-db-samples.txt"
    sleep 0.2
  done ) &
HISTO=$!
./mvnw -B -o test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=LoadClientBenchmark \
  -Dportal.load.url="http://127.0.0.1:$PORT" -Dportal.load.sessions="$SESSIONS" -Dportal.load.seconds="$DURATION" \
  -Dportal.load.think="$THINK" -Dportal.load.rampup="$RAMPUP" -Dportal.load.mandates="$N" \
  -Dportal.load.pid="$APP" > "$OUT/profile-load.log" 2>&1 || true
wait "$HISTO" || true
JVM1=$(cpu_of "$APP"); DB1=$(cpu_of "$DBPID"); T1=$(date +%s)
jcmd "$APP" JFR.dump filename="$OUT/profile.jfr" > /dev/null
stop; APP=""
sed -n '/LOAD/,$p' "$OUT/profile-load.log" | grep -v "^\[" | head -70 || true
echo "CPU during the load ($((T1 - T0)) s wall): JVM $(awk "BEGIN{print $JVM1 - $JVM0}") s, MariaDB $(awk "BEGIN{print $DB1 - $DB0}") s"
jfr view --width 200 hot-methods "$OUT/profile.jfr" | head -40
jfr print --events jdk.ExecutionSample --stack-depth 160 "$OUT/profile.jfr" > "$OUT/profile-samples.txt"
echo "Samples by the first frame in the portal's own code:"
awk '/jdk.ExecutionSample/ {inside=1; found=0; next}
     inside && /no\.kommune\.portal\./ && !found {sub(/^[ \t]+/, ""); sub(/line:.*/, ""); count[$0]++; found=1}
     inside && /^}/ {if (!found) count["(no portal frame)"]++; inside=0}
     END {for (k in count) print count[k], k}' "$OUT/profile-samples.txt" | sort -rn | head -30
echo "Database busy time by statement during a minute of the steady state:"
docs/perf/db-samples-top.py "$OUT/profile-db-samples.txt" 30 || true
echo "Heap by class with every UI open (top 25):"
head -28 "$OUT/profile-histogram.txt"
