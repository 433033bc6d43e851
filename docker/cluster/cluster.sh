#!/usr/bin/env bash
# A complete cluster of the portal on one machine, from Debian packages (issue 13, decision 022): a three-node
# MariaDB Galera cluster on loopback ports, two production jars, and HAProxy in front with cookie-based sticky
# sessions and health checks. docker/compose.yaml describes the same topology for real servers.
#
#   docker/cluster/cluster.sh start        start what is not running (bootstraps Galera when no node runs), wait
#   docker/cluster/cluster.sh stop         stop everything cleanly (HAProxy, jars, then Galera nodes 3, 2, 1)
#   docker/cluster/cluster.sh status       what runs, Galera's view (size, state), HAProxy's view of the jars
#   docker/cluster/cluster.sh start --demo the same, with the demo municipality and users (password demo) loaded
#                                          into a new cluster before the jars' first start (DEMO_SCALE=N grows it)
#   docker/cluster/cluster.sh clean        stop and delete target/cluster (data, logs)
# single parts, used by docker/cluster/fault-test.sh:
#   db-start N | db-stop N | db-kill N     one Galera node (1..3); db-start joins the running cluster
#   db-restart-all                         stop all three nodes, bootstrap again from the most advanced one
#   app-start N | app-stop N | app-kill N  one jar (1..2)
#   lb-start | lb-stop                     HAProxy
#
# Needs: Debian's mariadb-server (10.11), galera-4, rsync, haproxy; a JDK >= 21 (JAVA_HOME, default Temurin 25);
# root or a user who may run mariadbd. Everything lives under target/cluster/ (data, logs, configuration); nothing
# touches the machine's own MariaDB server. Ports (loopback only, change with the variables below):
#   Galera nodes 3311-3313 (SQL), 4571-4573 (group communication), 4581-4583 (IST), 4591-4593 (SST by rsync)
#   jars 8201-8202, HAProxy 8200 (the portal: http://127.0.0.1:8200)
# Every wait is bounded; a step that does not finish in time fails the script with the log to read.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"

BASE="${CLUSTER_DIR:-$ROOT/target/cluster}"
DB_PORT_BASE="${DB_PORT_BASE:-3310}"          # node n listens on DB_PORT_BASE+n
GALERA_PORT_BASE="${GALERA_PORT_BASE:-4570}"
IST_PORT_BASE="${IST_PORT_BASE:-4580}"
SST_PORT_BASE="${SST_PORT_BASE:-4590}"
APP_PORT_BASE="${APP_PORT_BASE:-8200}"        # jar n listens on APP_PORT_BASE+n
LB_PORT="${LB_PORT:-8200}"
DB_NAME=portal
DB_USER=portal
DB_PASSWORD="${CLUSTER_DB_PASSWORD:-cluster-db-password-not-secret}"
ADMIN_USER="${CLUSTER_ADMIN_USER:-admin}"
ADMIN_PASSWORD="${CLUSTER_ADMIN_PASSWORD:-cluster-admin-Password-7}"
# the same pepper on every node: receipt codes made on one node must be checked on the other
PEPPER="${CLUSTER_PEPPER:-cluster-pepper-not-secret}"
APP_HEAP="${APP_HEAP:-512m}"
# mariadbd runs as this operating-system user: under root the "mysql" user of Debian's package, since the rsync state
# transfer's daemon, started by root, would write as "nobody"
if [ "$(id -u)" = 0 ] && id mysql > /dev/null 2>&1; then DB_OS_USER="${DB_OS_USER:-mysql}"; else DB_OS_USER="${DB_OS_USER:-$(id -un)}"; fi
NODES=(1 2 3)
APPS=(1 2)

# The jars reach Galera through MariaDB Connector/J's "sequential" mode: every connection goes to the first node
# that answers, in this order, so all writes land on one Galera node (no certification conflicts between nodes);
# when that node fails, the driver reconnects to the next. galeraAllowedState=4: only a node in state Synced is
# used (never a joiner or donor). retriesAllDown=20: with every node down a connection attempt gives up after
# about 5 s instead of 30 s (Hikari's own 10 s timeout bounds a request's wait anyway). deniedListTimeout=3000: a
# node that failed is skipped for 3 s, not the driver's 60 s; with 60 s, after a restart of the whole database the
# driver keeps retrying the first node that failed (its deny time is not renewed) while another is already back,
# and the portal took 56 s to serve again. No transactionReplay: a transaction cut by a failure fails and the
# user sees it, nothing is replayed behind her back (decision 022).
db_hosts() { local h="" n; for n in "${NODES[@]}"; do h="$h${h:+,}127.0.0.1:$((DB_PORT_BASE + n))"; done; echo "$h"; }
JDBC_URL="${CLUSTER_JDBC_URL:-jdbc:mariadb:sequential://$(db_hosts)/$DB_NAME?galeraAllowedState=4&retriesAllDown=20&deniedListTimeout=3000&connectTimeout=3000}"

log() { echo "cluster: $*" >&2; }
die() { echo "cluster: $*" >&2; exit 1; }

# ---- Galera nodes ---------------------------------------------------------------------------------------------
node_dir() { echo "$BASE/db$1"; }
sock() { echo "$(node_dir "$1")/mysqld.sock"; }
sql() { local n=$1; shift; mariadb --protocol=socket -S "$(sock "$n")" -uroot -N -B "$@"; }
# the server's pid: its pid file, or while it has not written one yet (state transfer) the pid it was launched with
db_pid() {
  local f
  for f in "$(node_dir "$1")/mysqld.pid" "$(node_dir "$1")/launch.pid"; do
    [ -s "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && { cat "$f"; return 0; }
  done
  return 1
}
db_running() { [ -n "$(db_pid "$1" || true)" ]; }
gcomm() { local a="" n; for n in "${NODES[@]}"; do a="$a${a:+,}127.0.0.1:$((GALERA_PORT_BASE + n))"; done; echo "gcomm://$a"; }
wsrep_state() { sql "$1" -e "SHOW STATUS LIKE 'wsrep_local_state'" 2>/dev/null | awk '{print $2}'; }
cluster_size() { sql "$1" -e "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | awk '{print $2}'; }

write_node_config() {
  local n=$1 d; d=$(node_dir "$n")
  mkdir -p "$d/data"
  cat > "$d/my.cnf" <<EOF
# Galera node $n of the portal's test cluster (written by docker/cluster/cluster.sh; edits are overwritten)
[mysqld]
user=$DB_OS_USER
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/error.log
port=$((DB_PORT_BASE + n))
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
# small, for three nodes beside two jars on a shared two-CPU machine
innodb_buffer_pool_size=64M
innodb_log_file_size=32M
performance_schema=OFF
max_connections=150
# what Galera requires
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=portal-cluster
wsrep_cluster_address=$(gcomm)
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:$((GALERA_PORT_BASE + n))
wsrep_node_incoming_address=127.0.0.1:$((DB_PORT_BASE + n))
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((GALERA_PORT_BASE + n));ist.recv_addr=127.0.0.1:$((IST_PORT_BASE + n));gcache.size=64M;gcache.recover=yes"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((SST_PORT_BASE + n))
wsrep_slave_threads=2
EOF
  chown -R "$DB_OS_USER" "$d"
}

# wait_db N SECONDS: until node N is Synced (wsrep_local_state 4) and accepts queries
wait_db() {
  local n=$1 t=$2 i
  for ((i = 0; i < t * 2; i++)); do
    [ "$(wsrep_state "$n" || true)" = 4 ] && return 0
    db_running "$n" || { sleep 0.5; db_running "$n" || die "Galera node $n stopped; see $(node_dir "$n")/error.log"; }
    sleep 0.5
  done
  die "Galera node $n not synced after $t s; see $(node_dir "$n")/error.log"
}

# launch N [--wsrep-new-cluster]: start mariadbd for node N in the background (its own session)
launch_db() {
  local n=$1; shift
  local d; d=$(node_dir "$n")
  write_node_config "$n"
  rm -f "$d/mysqld.pid" "$d/launch.pid"
  setsid mariadbd --defaults-file="$d/my.cnf" "$@" >> "$d/stdout.log" 2>&1 < /dev/null &
  # the pid file appears once the server has read its configuration; until then remember the launcher's pid
  echo $! > "$d/launch.pid"
}

grastate() { local f; f="$(node_dir "$1")/data/grastate.dat"; [ -f "$f" ] && awk -v k="$2:" '$1 == k {print $2}' "$f"; }

# the position (uuid:seqno) node N last committed, recovered from InnoDB (--wsrep-recover); empty if unknown
recovered_position() {
  local n=$1 d; d=$(node_dir "$n")
  write_node_config "$n"
  timeout 120 mariadbd --defaults-file="$d/my.cnf" --wsrep-recover --log-error="$d/recover.log" > /dev/null 2>&1 || true
  grep -o 'Recovered position: [^ ]*' "$d/recover.log" 2>/dev/null | tail -1 | sed 's/Recovered position: //'
}

# the seqno node N last committed: from grastate.dat after a clean stop, else recovered from InnoDB (--wsrep-recover)
recovered_seqno() {
  local n=$1 s
  s=$(grastate "$n" seqno || true)
  if [ -z "$s" ] || [ "$s" = -1 ]; then
    s=$(recovered_position "$n" | sed 's/.*://')
  fi
  echo "${s:--1}"
}

bootstrap() {
  local first n best=-1 s
  if [ ! -d "$(node_dir 1)/data/mysql" ]; then
    log "initialising a new cluster in $BASE"
    write_node_config 1
    mariadb-install-db --defaults-file="$(node_dir 1)/my.cnf" --user="$DB_OS_USER" --auth-root-authentication-method=normal \
      --skip-test-db > "$(node_dir 1)/install.log" 2>&1 || die "mariadb-install-db failed; see $(node_dir 1)/install.log"
    launch_db 1 --wsrep-new-cluster
    wait_db 1 60
    sql 1 -e "CREATE DATABASE IF NOT EXISTS $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
      CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
      GRANT ALL ON $DB_NAME.* TO '$DB_USER'@'127.0.0.1'; GRANT ALL ON $DB_NAME.* TO '$DB_USER'@'localhost';"
    log "node 1 bootstrapped a new cluster"
    return
  fi
  # a restart of the whole cluster: the node that may bootstrap is the one that stopped last (safe_to_bootstrap: 1
  # after a clean stop); after a crash of all nodes, the one with the highest recovered seqno (never an older one:
  # the others would throw away the transactions it lacks)
  first=""
  for n in "${NODES[@]}"; do
    if [ "$(grastate "$n" safe_to_bootstrap || true)" = 1 ]; then first=$n; break; fi
  done
  if [ -z "$first" ]; then
    for n in "${NODES[@]}"; do
      [ -d "$(node_dir "$n")/data/mysql" ] || continue
      s=$(recovered_seqno "$n")
      log "node $n recovered seqno $s"
      if [ "$s" -gt "$best" ]; then best=$s; first=$n; fi
    done
    [ -n "$first" ] || die "no node has data to bootstrap from"
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(node_dir "$first")/data/grastate.dat"
  fi
  log "bootstrapping the cluster from node $first"
  launch_db "$first" --wsrep-new-cluster
  wait_db "$first" 90
}

db_start() {
  local n=$1
  if db_running "$n"; then return 0; fi
  local any=""; for m in "${NODES[@]}"; do db_running "$m" && any=$m; done
  if [ -z "$any" ]; then bootstrap; db_running "$n" && return 0; fi
  log "node $n joins the cluster"
  # after a crash (kill -9) grastate.dat says seqno -1 and the node would ask for a full copy (SST); recovered from
  # InnoDB and passed on, the position lets the donor send only what the node missed from its gcache (IST), as
  # Debian's galera_recovery does under systemd
  local pos=""
  if [ -d "$(node_dir "$n")/data/mysql" ] && [ "$(grastate "$n" seqno || true)" = -1 ]; then
    pos=$(recovered_position "$n")
  fi
  if [ -n "$pos" ]; then
    log "node $n recovered position $pos"
    launch_db "$n" --wsrep-start-position="$pos"
  else
    launch_db "$n"
  fi
  # a joiner with an empty or too old data directory gets a full copy (rsync SST) first
  wait_db "$n" 180
}

db_stop() {
  local n=$1 pid i
  pid=$(db_pid "$n" || true)
  [ -n "$pid" ] || return 0
  kill -TERM "$pid"
  for ((i = 0; i < 120; i++)); do kill -0 "$pid" 2>/dev/null || { log "node $n stopped"; return 0; }; sleep 0.5; done
  log "node $n did not stop in 60 s: kill -9"
  kill -KILL "$pid" 2>/dev/null || true
}

db_kill() {
  local pid; pid=$(db_pid "$1" || true)
  [ -n "$pid" ] || { log "node $1 is not running"; return 0; }
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  log "node $1 killed (kill -9, pid $pid)"
}

db_start_all() {
  local n started=""
  for n in "${NODES[@]}"; do db_running "$n" && started=1; done
  [ -n "$started" ] || bootstrap
  # joiners one after another: a donor serves one state transfer at a time best
  for n in "${NODES[@]}"; do db_start "$n"; done
}

# stop every node (the last to stop is node 1, which then may bootstrap), start again from the most advanced node
db_restart_all() {
  local n
  for n in 3 2 1; do db_stop "$n"; done
  db_start_all
}

# ---- application nodes ----------------------------------------------------------------------------------------
app_pid() { local f="$BASE/app$1.pid"; [ -s "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"; }
app_port() { echo $((APP_PORT_BASE + $1)); }
jar() { ls "$ROOT"/target/oppfolgingsportal-*.jar 2>/dev/null | grep -v original | head -1; }

ensure_jar() {
  [ -n "$(jar)" ] && return 0
  log "building the production jar (./mvnw -B -q package -DskipTests)"
  ./mvnw -B -q package -DskipTests > "$BASE/package.log" 2>&1 || die "the build failed; see $BASE/package.log"
}

ready() { [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness")" = 200 ]; }

# the jar extracted as the Docker image has it (docker/start.sh), once per jar
extract() {
  local sum; sum=$(cksum < "$(jar)" | cut -d' ' -f1)
  [ "$(cat "$BASE/app/.jar-cksum" 2>/dev/null || true)" = "$sum" ] && return 0
  rm -rf "$BASE/app" "$BASE"/aot-app*
  java -Djarmode=tools -jar "$(jar)" extract --destination "$BASE/app" > /dev/null
  echo "$sum" > "$BASE/app/.jar-cksum"
}

app_start() {
  local n=$1 port; port=$(app_port "$n")
  app_pid "$n" > /dev/null && return 0
  ensure_jar
  extract
  log "jar $n starting on port $port"
  # the configuration an operator gives each node (README "Deploy"): the same database, pepper and proxy for all.
  # Started as in the Docker image (docker/start.sh): the first start of a node trains its Java AOT cache
  env SPRING_DATASOURCE_URL="$JDBC_URL" SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
    PORTAL_WHISTLEBLOWING_PEPPER="$PEPPER" PORTAL_SECURITY_SECURE_COOKIE=false PORT="$port" \
    PORTAL_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USER" PORTAL_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    PORTAL_SECURITY_TRUSTED_PROXIES='127\.0\.0\.1' PORTAL_BASE_URL="http://127.0.0.1:$LB_PORT" \
    JAVA_TOOL_OPTIONS="-Xmx$APP_HEAP" APP_DIR="$BASE/app" AOT_DIR="$BASE/aot-app$n" PORTAL_AOT="${PORTAL_AOT:-on}" \
    setsid "$ROOT/docker/start.sh" >> "$BASE/app$n.log" 2>&1 < /dev/null &
  echo $! > "$BASE/app$n.pid"
}

wait_app() {
  local n=$1 t=${2:-180} i port; port=$(app_port "$n")
  for ((i = 0; i < t; i++)); do
    ready "$port" && { log "jar $n ready on port $port"; return 0; }
    app_pid "$n" > /dev/null || die "jar $n stopped; see $BASE/app$n.log"
    sleep 1
  done
  die "jar $n not ready after $t s; see $BASE/app$n.log"
}

app_stop() {
  local pid i; pid=$(app_pid "$1" || true)
  [ -n "$pid" ] || return 0
  kill -TERM "$pid"
  for ((i = 0; i < 60; i++)); do kill -0 "$pid" 2>/dev/null || { log "jar $1 stopped"; return 0; }; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}

app_kill() {
  local pid; pid=$(app_pid "$1" || true)
  [ -n "$pid" ] || { log "jar $1 is not running"; return 0; }
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  log "jar $1 killed (kill -9, pid $pid)"
}

# ---- HAProxy ----------------------------------------------------------------------------------------------------
lb_pid() { local f="$BASE/haproxy.pid"; [ -s "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"; }

write_lb_config() {
  local n servers=""
  for n in "${APPS[@]}"; do
    servers="$servers    server app$n 127.0.0.1:$(app_port "$n") cookie app$n check"$'\n'
  done
  cat > "$BASE/haproxy.cfg" <<EOF
# HAProxy in front of the portal's jars (written by docker/cluster/cluster.sh). For real servers the same
# backend section applies with the nodes' addresses and TLS on the frontend.
global
    log stdout format raw local0 info
    maxconn 2000
    stats socket $BASE/haproxy.sock mode 600 level admin

defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    # a request to a server that does not answer the connection goes to another one
    retries 2
    option redispatch

frontend portal
    bind 127.0.0.1:$LB_PORT
    default_backend portal_nodes

backend portal_nodes
    balance roundrobin
    # sticky sessions: Vaadin's UI state lives in one node's memory. HAProxy adds its own cookie naming the node
    # (removed again before the request reaches the jar); when that node is down, the request goes to another
    # node, which does not know the session and sends the user to sign in again
    cookie SERVERID insert indirect nocache httponly
    # readiness includes the database: a node that lost it leaves the rotation, and comes back when it has it
    option httpchk
    http-check send meth GET uri /actuator/health/readiness
    http-check expect status 200
    default-server inter 2s fall 2 rise 2
    # the client's address for the portal's login throttle and rate limits (portal.security.trusted-proxies)
    option forwardfor
$servers
EOF
}

lb_start() {
  lb_pid > /dev/null && return 0
  write_lb_config
  haproxy -c -f "$BASE/haproxy.cfg" > "$BASE/haproxy-check.log" 2>&1 || die "invalid HAProxy configuration; see $BASE/haproxy-check.log"
  setsid haproxy -db -f "$BASE/haproxy.cfg" >> "$BASE/haproxy.log" 2>&1 < /dev/null &
  echo $! > "$BASE/haproxy.pid"
  log "HAProxy on http://127.0.0.1:$LB_PORT"
}

lb_stop() {
  local pid; pid=$(lb_pid || true)
  [ -n "$pid" ] || return 0
  kill -TERM "$pid"; sleep 0.5
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
}

lb_servers() {
  [ -S "$BASE/haproxy.sock" ] || return 0
  echo "show stat" | socat - "UNIX-CONNECT:$BASE/haproxy.sock" 2>/dev/null \
    | awk -F, '$1 == "portal_nodes" && $2 != "BACKEND" {printf "  haproxy %s: %s (sessions now %s, total %s)\n", $2, $18, $5, $8}' || true
}

# wait_lb SECONDS: until HAProxy's health checks see every running jar up
wait_lb() {
  local i
  for ((i = 0; i < $1 * 2; i++)); do
    lb_servers | grep -q -v ': UP ' || return 0
    sleep 0.5
  done
  log "HAProxy does not see every jar up after $1 s:"; lb_servers >&2
}

# ---- whole cluster ---------------------------------------------------------------------------------------------
start() {
  mkdir -p "$BASE"
  command -v mariadbd > /dev/null || die "mariadbd missing (apt-get install mariadb-server)"
  [ -f /usr/lib/galera/libgalera_smm.so ] || die "Galera missing (apt-get install galera-4)"
  command -v rsync > /dev/null || die "rsync missing (apt-get install rsync)"
  command -v haproxy > /dev/null || die "HAProxy missing (apt-get install haproxy)"
  db_start_all
  [ "${1:-}" = --demo ] && demo_data "${DEMO_SCALE:-1}"
  ensure_jar
  local n
  for n in "${APPS[@]}"; do app_start "$n"; done
  lb_start
  for n in "${APPS[@]}"; do wait_app "$n" 300; done
  wait_lb 20
  status
}

stop() {
  local n
  lb_stop
  for n in "${APPS[@]}"; do app_stop "$n"; done
  # node 1 last: it stops as the most advanced node and may bootstrap the next start
  for n in 3 2 1; do db_stop "$n"; done
}

status() {
  local n pid
  for n in "${NODES[@]}"; do
    if pid=$(db_pid "$n"); then
      echo "galera db$n: running (pid $pid, port $((DB_PORT_BASE + n))), state $(sql "$n" -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}'), cluster size $(cluster_size "$n")"
    else
      echo "galera db$n: stopped"
    fi
  done
  for n in "${APPS[@]}"; do
    if pid=$(app_pid "$n"); then
      echo "jar app$n: running (pid $pid, port $(app_port "$n")), readiness $(curl -s -m 5 "http://127.0.0.1:$(app_port "$n")/actuator/health/readiness" || echo '-')"
    else
      echo "jar app$n: stopped"
    fi
  done
  if pid=$(lb_pid); then echo "haproxy: running (pid $pid), http://127.0.0.1:$LB_PORT"; lb_servers; else echo "haproxy: stopped"; fi
}

# demo municipality and users (password "demo") in the cluster's database, by the demo run pointed at node 1
# (docs/perf/scale-run.sh step 1 does the same on a single server); SCALE grows it to N deviations and N mandates.
# Only into a database without users: the demo data brings its own administrator (id 1), so it must come before the
# jars' first start creates the bootstrap administrator (cluster.sh start --demo does it in that order).
demo_data() {
  local scale=${1:-1} port=$((APP_PORT_BASE + 9)) pid i users
  db_running 1 || die "Galera node 1 is not running"
  users=$(sql 1 -e "SELECT COUNT(*) FROM $DB_NAME.user_account" 2>/dev/null || echo 0)
  if [ "$(sql 1 -e "SELECT COUNT(*) FROM $DB_NAME.user_account WHERE username = 'direktor'" 2>/dev/null || echo 0)" = 1 ]; then
    [ "$scale" -le 1 ] && { log "demo data already in the cluster"; return 0; }
  elif [ "$users" != 0 ]; then
    die "the cluster's database has users but no demo data; demo data goes only into a new one (cluster.sh clean)"
  fi
  log "loading demo data through node 1 (spring-boot:test-run on port $port, scale $scale; log $BASE/demo-data.log)"
  setsid ./mvnw -B -q spring-boot:test-run -Dportal.demo.scale="$scale" "-Dspring-boot.run.arguments=--server.port=$port \
--spring.datasource.url=jdbc:mariadb://127.0.0.1:$((DB_PORT_BASE + 1))/$DB_NAME --spring.datasource.username=$DB_USER \
--spring.datasource.password=$DB_PASSWORD --vaadin.launch-browser=false" > "$BASE/demo-data.log" 2>&1 < /dev/null &
  pid=$!
  # the last step of the demo run logs "Demo scale N" (after every demo data runner)
  for ((i = 0; i < 900; i++)); do
    grep -qs "Demo scale $scale" "$BASE/demo-data.log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  kill -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  grep -q "Demo scale $scale" "$BASE/demo-data.log" || die "the demo run did not finish; see $BASE/demo-data.log"
  log "demo data loaded: $(sql 1 -e "SELECT COUNT(*) FROM $DB_NAME.mandate") mandates, $(sql 1 -e "SELECT COUNT(*) FROM $DB_NAME.deviation") deviations"
}

cmd=${1:-status}; shift || true
case "$cmd" in
  start) start "${1:-}" ;;
  stop) stop ;;
  status) status ;;
  clean) stop; rm -rf "$BASE" ;;
  demo-data) demo_data "${1:-1}" ;;
  db-start) db_start "$1" ;;
  db-stop) db_stop "$1" ;;
  db-kill) db_kill "$1" ;;
  db-restart-all) db_restart_all ;;
  app-start) app_start "$1"; wait_app "$1" "${2:-240}" ;;
  app-stop) app_stop "$1" ;;
  app-kill) app_kill "$1" ;;
  lb-start) lb_start ;;
  lb-stop) lb_stop ;;
  jdbc-url) echo "$JDBC_URL" ;;
  sql) n=$1; shift; sql "$n" "$@" ;;
  *) sed -n '2,25p' "$0"; exit 2 ;;
esac
