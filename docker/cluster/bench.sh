#!/usr/bin/env bash
# Throughput with one and with two application nodes under the same write load (issue 13): the cluster of
# cluster.sh (three Galera nodes, two jars, HAProxy), WriteLoadClient through HAProxy (mandate status updates and
# deviation reports, half the sessions each), first with jar 2 taken out of HAProxy's rotation (runtime API, so every
# session lands on jar 1), then with both jars. Prints acknowledged saves/s and the request times (p50/p95) of
# each run; the figures go into docs/benchmarks.md by hand.
#
#   docker/cluster/bench.sh                          16 sessions, think time 0.5 s, 90 s per run
#   SESSIONS=24 THINK=0.25 SECONDS_PER_RUN=60 docker/cluster/bench.sh
#
# Output: target/cluster/bench/ (one-node.out, two-nodes.out, the client logs, CPU per process).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
C=docker/cluster/cluster.sh
BASE=target/cluster
OUT=$BASE/bench
SESSIONS="${SESSIONS:-16}"
THINK="${THINK:-0.5}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-90}"
LB_PORT="${LB_PORT:-8200}"
mkdir -p "$OUT"

STATE=$($C status)
if ! grep -q "haproxy: running" <<< "$STATE" || ! grep -q "app1: running" <<< "$STATE" \
  || ! grep -q "app2: running" <<< "$STATE" || [ "$(grep -c 'Synced, cluster size 3' <<< "$STATE")" != 3 ]; then
  $C start --demo
fi
$C demo-data > /dev/null
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$BASE/test-classpath.txt" \
  -Dmdep.includeScope=test > "$OUT/build.log" 2>&1 || { echo "build failed; see $OUT/build.log" >&2; exit 1; }
CP="target/test-classes:target/classes:$(cat "$BASE/test-classpath.txt")"
MANDATES=$($C sql 1 -e "SELECT GROUP_CONCAT(m.id ORDER BY m.id) FROM portal.mandate m JOIN portal.decision_status_label s \
  ON s.id = m.status_id WHERE s.state NOT IN ('DONE', 'CANCELLED') AND m.done_proposed = FALSE")
lb() { echo "$1" | socat - "UNIX-CONNECT:$BASE/haproxy.sock" > /dev/null; }
cpu() { awk '{print ($14 + $15) / 100}' "/proc/$1/stat" 2>/dev/null || echo 0; }
trap 'lb "enable server portal_nodes/app2" || true' EXIT

# run NAME: one run of the load; prints the client's summary and the CPU seconds each jar and Galera node used
run() {
  local name=$1 pids=() labels=() before=() i p
  for p in app1 app2; do pids+=("$(cat "$BASE/$p.pid")"); labels+=("$p"); done
  for i in 1 2 3; do pids+=("$(cat "$BASE/db$i/mysqld.pid")"); labels+=("db$i"); done
  for p in "${pids[@]}"; do before+=("$(cpu "$p")"); done
  java -Xmx256m -cp "$CP" no.kommune.portal.loadtest.WriteLoadClient url="http://127.0.0.1:$LB_PORT" \
    sessions="$SESSIONS" seconds="$SECONDS_PER_RUN" think="$THINK" log="$OUT/$name.log" run="bench-$name-$(date +%s)" \
    mandates="$MANDATES" > "$OUT/$name.out" 2>&1
  {
    echo "== $name: $SESSIONS sessions, think time $THINK s, $SECONDS_PER_RUN s"
    grep WRITES "$OUT/$name.out"
    printf "CPU seconds during the run:"
    for i in "${!pids[@]}"; do printf " %s %.1f" "${labels[$i]}" "$(awk "BEGIN{print $(cpu "${pids[$i]}") - ${before[$i]}}")"; done
    echo
  } | tee "$OUT/$name.summary"
}

echo "== one node: jar 2 out of HAProxy's rotation"
lb "disable server portal_nodes/app2"
sleep 2
run one-node
lb "enable server portal_nodes/app2"
sleep 5
echo "== two nodes"
run two-nodes
