#!/usr/bin/env bash
# Benchmark: latency the gateway adds. Finds the gateway's capacity for one authenticated GET with wrk, then
# sends the same fixed rate (half that capacity) straight to plans-service and through the gateway with hey,
# and prints both latency distributions and any non-2xx answers.
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

for target in "direct:$plans" "gateway:$gateway"; do
  name=${target%%:*}; url=${target#*:}
  echo "== $name"
  hey -z "${seconds}s" -c $workers -q $per_worker -H "Authorization: Bearer $token" "$url$path" \
    | grep -E 'Requests/sec|10%|50%|90%|99%|Slowest|\[[0-9]{3}\]|Error'
done
