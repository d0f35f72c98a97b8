#!/usr/bin/env bash
# Benchmark: the full 2025 unit tree plus about 30 institutions per commune (~103,000 units), then the subtree
# query of one province under load. Starts the stack on fresh data (which loads the 3,355 reference units and
# reports how long that took), generates 30 institutions for each of the 3,321 communes (99,630 units),
# imports them in one request (POST /api/plans/units/imports) and times it, then loads
# GET /api/plans/units/79/descendants (Hồ Chí Minh City, ~5,200 units, first page of 100) once the import's
# events have reached both read models: at saturation (8 concurrent clients), then at a fixed rate of half that
# capacity, straight to plans-service and through the gateway, printing the latency distributions.
# Usage: deploy/bench/unit-import.sh [seconds-of-load]   (build first: ./mvnw -DskipTests package)
# Needs hey (Debian package; installed here if missing) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
command -v hey >/dev/null || { apt-get update -qq && apt-get install -y -qq hey >/dev/null; }
source deploy/bench/running-stack.sh
grep -E 'Reference units|Seed plans' "$log"

python3 deploy/bench/institutions.py plans-service/src/main/resources/reference/vn-admin-units-2025/communes.csv \
  "$data/institutions.json"

echo "== bulk import of the institutions through the gateway"
curl -sf -o "$data/import.json" -w 'HTTP %{http_code} in %{time_total} s\n' -H "Authorization: Bearer $(token)" \
  -H 'Content-Type: application/json' --data-binary @"$data/institutions.json" "$gateway/api/plans/units/imports"
cat "$data/import.json"; echo
echo "plans-service resident memory after the import: $(ps -o rss= -p "$(grep -o 'plans-service pid [0-9]*' "$log" | awk '{print $3}')" | awk '{print int($1/1024)}') MiB"

echo "== the import's 99,630 events through the outbox and Kafka into reporting-service's and events-service's read models"
begin=$(date +%s)
for model in reports events; do
  until curl -sf -o /dev/null -H "Authorization: Bearer $(token)" "$gateway/api/$model/units/$(tail -c 300 "$data/institutions.json" | grep -o '"code": "[^"]*"' | tail -1 | cut -d'"' -f4)"; do
    sleep 2; [ $(( $(date +%s) - begin )) -lt 1200 ] || { echo "not caught up after 20 min"; break; }
  done
done
echo "both read models hold the last institution $(( $(date +%s) - begin )) s after the import answered"

path="/api/plans/units/79/descendants?size=100"
bearer=$(token)
curl -sf -H "Authorization: Bearer $bearer" "$plans$path" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("subtree of 79:", d["totalItems"], "units")'
hey -z 5s -c 8 -H "Authorization: Bearer $bearer" "$plans$path" >/dev/null
echo "== subtree query at saturation: 8 concurrent clients, straight to plans-service, 10 s"
saturated=$(hey -z 10s -c 8 -H "Authorization: Bearer $bearer" "$plans$path")
echo "$saturated" | grep -E 'Requests/sec|50%|95%|99%'
capacity=$(echo "$saturated" | awk '/Requests\/sec/ {print int($2)}')
workers=4
per_worker=$(( capacity / 2 / workers ))
for target in "direct:$plans" "gateway:$gateway"; do
  name=${target%%:*}; url=${target#*:}
  echo "== subtree query, $name, at a fixed $((per_worker * workers)) req/s (half the capacity), ${seconds} s"
  hey -z "${seconds}s" -c $workers -q $per_worker -H "Authorization: Bearer $bearer" "$url$path" \
    | grep -E 'Requests/sec|50%|90%|95%|99%|Slowest|\[[0-9]{3}\]|Error'
done
