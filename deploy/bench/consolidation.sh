#!/usr/bin/env bash
# Benchmark: consolidation at national scale. Starts the stack on fresh data (the 2025 reference tree), adds ~30
# institutions under each commune (~103,000 units in all), issues a national plan of ten indicators over every unit
# (eight numbers, a yes/no coverage of the libraries, a share), whose half-year and annual reports the 3,321 communes
# owe for themselves and their institutions; then (ConsolidationLoad in deploy/local-stack) loads every value
# through the bulk import (~1.9 million rows, timed), submits and accepts every report, times an acceptance until
# the national figure shows it, and loads GET /api/reports/values for the nation and for one province (with their
# children) beside the plain SQL GROUP BY over the same rows, printing the latency percentiles of each.
# Usage: deploy/bench/consolidation.sh [importers] [clients] [requests]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
importers=${1:-2}
clients=${2:-8}
requests=${3:-2000}
source deploy/bench/running-stack.sh
communes_csv=plans-service/src/main/resources/reference/vn-admin-units-2025/communes.csv
python3 deploy/bench/institutions.py "$communes_csv" "$data/institutions.json"
# Straight to plans-service: one 14 MB import may outlast the gateway's 30 s of upstream silence on a busy machine.
curl -sf -o /dev/null -w 'institutions imported: HTTP %{http_code} in %{time_total} s\n' -H "Authorization: Bearer $(token)" \
  -H 'Content-Type: application/json' --data-binary @"$data/institutions.json" "$plans/api/plans/units/imports"

python3 deploy/bench/national_plan.py plans-service/src/main/resources/reference/vn-admin-units-2025/provinces.csv "$data/plan.json"

echo "== waiting for reporting-service's read model to hold the last institution"
last=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[-1]["code"])' "$data/institutions.json")
begin=$(date +%s)
until curl -sf -o /dev/null -H "Authorization: Bearer $(token)" "$gateway/api/reports/units/$last"; do
  sleep 2; [ $(( $(date +%s) - begin )) -lt 1200 ] || { echo "not caught up after 20 min"; exit 1; }
done
echo "caught up in $(( $(date +%s) - begin )) s"

plan=$(issue_plan "$data/plan.json")
reporting=$(grep -o 'reporting-service *http://[0-9.:]*' "$log" | awk '{print $2}')
database=$(grep -o 'jdbc:postgresql://[0-9.:]*/' "$log" | head -1)reporting
echo "== plan $plan issued; $importers importers, $clients clients, $requests requests per query"
java -Xmx1g -cp "deploy/local-stack/target/local-stack.jar:deploy/local-stack/target/lib/*" \
  vn.culture.lifelong.stack.bench.ConsolidationLoad "$gateway" "$realm" "$password" "$reporting" "$database" "$plan" \
  "$data/institutions.json" "$communes_csv" "$importers" "$clients" "$requests"
pid=$(grep -o "reporting-service pid [0-9]*" "$log" | awk '{print $3}')
echo "reporting-service resident memory afterwards: $(ps -o rss= -p "$pid" | awk '{print int($1/1024)}') MiB"
