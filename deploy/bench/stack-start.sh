#!/usr/bin/env bash
# Benchmark: how long the whole stack takes to be ready, cold (fresh data, Keycloak not yet built) and warm
# (second start on the same data), and the resident memory of each process after it has idled.
# Usage: deploy/bench/stack-start.sh [idle-seconds]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
idle=${1:-30}
data=$(mktemp -d /tmp/lifelong-bench-XXXX)
keycloak_home=$(ls -d deploy/local-stack/target/keycloak-*/)
classpath="deploy/local-stack/target/local-stack.jar:deploy/local-stack/target/lib/*"

start_stack() {  # $1: log file; prints the stack's own "ready (N s)" figure and wall time
  local log=$1 begin
  begin=$(date +%s.%N)
  setsid java -Xms64m -Xmx512m -cp "$classpath" vn.culture.lifelong.stack.RunLocalStack --data-dir="$data" --gateway-port=0 --keycloak-port=0 >"$log" 2>&1 &
  echo $! >"$log.pid"
  until grep -q 'The stack is ready' "$log"; do
    kill -0 "$(cat "$log.pid")" 2>/dev/null || { echo "the stack died; see $log" >&2; exit 1; }
    sleep 0.2
  done
  printf '%s: ready after %.1f s wall (%s)\n' "$(basename "$log" .log)" "$(echo "$(date +%s.%N) - $begin" | bc)" \
    "$(grep -o 'ready ([0-9]* s)' "$log")"
}

stop_stack() {
  local pid; pid=$(cat "$1.pid")
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

rss_mib() {  # resident memory of a process and its children (launcher scripts fork the JVM), in MiB
  local total=0 pid children
  children=$(pgrep -P "$1" || true)
  [ "${2:-}" = alone ] && children=""
  for pid in $1 $children; do
    total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)))
  done
  echo $((total / 1024))
}

rm -f "$keycloak_home/.lifelong-build"
start_stack "$data/cold.log"
stop_stack "$data/cold.log"
start_stack "$data/warm.log"

echo "idling ${idle} s before measuring memory..."
sleep "$idle"
grep -o '[a-z-]* pid [0-9]*' "$data/warm.log" | while read -r name _ pid; do
  # The launcher's children are the services, measured on their own lines.
  printf '  %-18s RSS %5s MiB\n' "$name" "$(rss_mib "$pid" "$([ "$name" = stack-launcher ] && echo alone)")"
done
postmaster=$(head -1 "$data/postgres/postmaster.pid")
printf '  %-18s RSS %5s MiB (postmaster and its workers; shared buffers counted in each)\n' postgresql "$(rss_mib "$postmaster")"
stop_stack "$data/warm.log"
rm -rf "$data"
