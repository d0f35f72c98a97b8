#!/usr/bin/env bash
# Benchmark: documents and spreadsheets at national scale. Starts the stack on fresh data (the 2025 reference tree:
# 34 provinces, 3,321 communes), issues the national plan of deploy/bench/national_plan.py (half-year and annual
# reports owed by every commune), lays out one commune's report, then downloads, each several times through the
# gateway: the XLSX of LIB_READER_VISITS broken down over the whole country (every province and commune, ~3,400 rows)
# and over one province, the XLSX of all the plan's obligations in the country (~6,600 rows) and in one province, and
# the PDF and DOCX of the report. It prints each download's median and slowest time and size, and the highest heap
# reporting-service used while it ran (sampled from its /q/metrics every 20 ms), small table beside national one.
# The downloads are written to deploy/bench/out/ for a look (pdftoppm -png renders the PDF).
# Usage: deploy/bench/exports.sh [repetitions]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
repetitions=${1:-10}
source deploy/bench/running-stack.sh
python3 deploy/bench/national_plan.py plans-service/src/main/resources/reference/vn-admin-units-2025/provinces.csv "$data/plan.json"
plan=$(issue_plan "$data/plan.json")
reporting=$(grep -o 'reporting-service *http://[0-9.:]*' "$log" | awk '{print $2}')
echo "== plan $plan issued; waiting for the communes' obligations"
begin=$(date +%s)
until [ "$(curl -sf -H "Authorization: Bearer $(token)" "$gateway/api/reports/obligations?plan=$plan&size=1" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalItems"])')" -ge 6642 ]; do
  sleep 2; [ $(( $(date +%s) - begin )) -lt 900 ] || { echo "obligations not derived after 15 min"; exit 1; }
done
echo "derived in $(( $(date +%s) - begin )) s"
mkdir -p deploy/bench/out
python3 deploy/bench/exports.py "$gateway" "$reporting" "$(token)" "$plan" "$repetitions" deploy/bench/out \
  plans-service/src/main/resources/reference/vn-admin-units-2025/communes.csv
