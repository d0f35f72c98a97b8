#!/usr/bin/env bash
# Benchmark: latency the gateway adds. Finds the gateway's capacity for one authenticated GET with wrk, then
# sends the same fixed rate (half that capacity) straight to plans-service and through the gateway with hey,
# and prints both latency distributions, any non-2xx answers, and the CPU time the gateway process spent per request
# through it (user + system, from /proc).
# Usage: deploy/bench/gateway-overhead.sh [seconds-per-run]   (build first: ./mvnw -DskipTests package)
# Needs wrk and hey (Debian packages; installed here if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
command -v wrk >/dev/null && command -v hey >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk hey >/dev/null; }
before_stop() {
  echo "== gateway warnings (upstream failures) during the run:"
  grep -h "WARN" "$data/logs/gateway.log" | sed -E "s/.*(failed for [A-Z]+ [^ ]+: [^:]+).*/\1/" | sort | uniq -c || true
}
source deploy/bench/running-stack.sh
token=$(token)
await_quiet
curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"code":"BENCH","name":"Thư viện đo tải","kind":"LIBRARY","level":"PROVINCE"}' "$gateway/api/plans/units"
path=/api/plans/units/BENCH

echo "== capacity through the gateway (wrk, 2 threads, 16 connections, 10 s, after 5 s warm-up)"
wrk -t2 -c16 -d5s -H "Authorization: Bearer $token" "$gateway$path" >/dev/null
wrk -t2 -c16 -d5s -H "Authorization: Bearer $token" "$plans$path" >/dev/null
capacity=$(wrk -t2 -c16 -d10s -H "Authorization: Bearer $token" "$gateway$path" | awk '/Requests\/sec/ {print int($2)}')
workers=8
per_worker=$(( capacity / 2 / workers ))
echo "capacity ${capacity} req/s; measuring at $((per_worker * workers)) req/s for ${seconds} s each"

gateway_pid=$(ss -ltnpH "sport = :${gateway##*:}" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
# CPU time of a process in clock ticks (utime + stime, fields 14 and 15 of /proc/PID/stat).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for target in "direct:$plans" "gateway:$gateway"; do
  name=${target%%:*}; url=${target#*:}
  echo "== $name"
  before=$(cpu_ticks "$gateway_pid")
  hey -z "${seconds}s" -c $workers -q $per_worker -H "Authorization: Bearer $token" "$url$path" >"$data/hey.out"
  after=$(cpu_ticks "$gateway_pid")
  grep -E 'Requests/sec|10%|50%|90%|99%|Slowest|\[[0-9]{3}\]|Error' "$data/hey.out"
  requests=$(awk '/\[[0-9][0-9][0-9]\]/ {sum += $2} END {print sum}' "$data/hey.out")
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
    'BEGIN {printf "  gateway CPU: %.2f s for %d requests, %.1f µs per request\n", ticks / hz, n, ticks / hz / n * 1e6}'
done
