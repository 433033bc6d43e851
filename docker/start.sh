#!/bin/sh
# Starts the extracted production jar with a Java AOT cache (JDK >= 25): class loading and linking are done once,
# in a training run, and mapped from the cache at every later start, which halves the CPU to ready (issue 15,
# docs/benchmarks.md). The training run starts the application context against the real database and exits
# (spring.context.exit=onRefresh), so it cannot happen at image build time; it happens at the first start, and again
# whenever the cache is missing or was made for another jar (the jar's checksum is part of the cache's name).
#
#   APP_DIR    the directory `java -Djarmode=tools -jar portal.jar extract --destination APP_DIR` wrote (default /app)
#   AOT_DIR    where the cache is kept; a volume, so a restarted container reuses it (default $APP_DIR/aot)
#   PORTAL_AOT=off   start without the cache (a JDK older than 25, or to compare)
set -eu
APP_DIR="${APP_DIR:-/app}"
AOT_DIR="${AOT_DIR:-$APP_DIR/aot}"
JAR=$(ls "$APP_DIR"/*.jar | head -1)
if [ "${PORTAL_AOT:-on}" = off ]; then
  exec java -jar "$JAR" "$@"
fi
mkdir -p "$AOT_DIR"
CACHE="$AOT_DIR/portal-$(cksum < "$JAR" | cut -d' ' -f1).aot"
if [ ! -s "$CACHE" ]; then
  echo "start.sh: no AOT cache for this jar yet; training run (starts the context once and exits)" >&2
  rm -f "$AOT_DIR"/portal-*.aot
  # a failed training run only costs the speed-up, never the start
  java -XX:AOTCacheOutput="$CACHE" -Dspring.context.exit=onRefresh -jar "$JAR" "$@" >&2 \
    || { echo "start.sh: training run failed; starting without the cache" >&2; rm -f "$CACHE"; }
fi
if [ -s "$CACHE" ]; then
  exec java -XX:AOTCache="$CACHE" -jar "$JAR" "$@"
fi
exec java -jar "$JAR" "$@"
