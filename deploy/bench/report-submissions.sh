#!/usr/bin/env bash
# Benchmark: deadline day. Starts the stack on fresh data (the 3,321 communes of the 2025 reference tree), issues one
# national plan whose annual report every commune owes (three lines each: a number, a yes/no, a share; one task), and
# times until all 3,321 obligations are listed; then every commune's draft is started, and [reporters] reporters at
# once save all the reports' content, then submit them all, through the gateway (DeadlineDayLoad in
# deploy/local-stack). Prints each burst's requests per second and latency percentiles, then counts what the
# service holds: every obligation submitted once.
# Usage: deploy/bench/report-submissions.sh [reporters]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
reporters=${1:-16}
source deploy/bench/running-stack.sh
communes=$(( $(wc -l < plans-service/src/main/resources/reference/vn-admin-units-2025/communes.csv) - 1 ))

python3 - plans-service/src/main/resources/reference/vn-admin-units-2025/provinces.csv "$data/plan.json" <<'PY'
import csv, json, sys
# No unit stands above the 34 provinces, so each target is set per province: reader visits and the share of the
# population using libraries as provincial totals (each commune reports its own contribution), and the coverage of
# communes with a cultural centre. Every commune's report has three lines.
provinces = [row["province_code"] for row in csv.DictReader(open(sys.argv[1], encoding="utf-8"))]
communes = [{"unit": code, "subtree": True, "kind": "PEOPLES_COMMITTEE", "level": "COMMUNE"} for code in provinces]
def value(minimum, maximum=None):
    return [{"fromYear": 2026, "toYear": 2026, "min": minimum, "exclusiveMin": False} | ({"max": maximum} if maximum else {})]
targets = []
for code, its_communes in zip(provinces, communes):
    targets += [
        {"key": f"V{code}", "indicator": "LIB_READER_VISITS", "kind": "ABSOLUTE", "scope": {"unit": code, "subtree": False},
         "eachUnit": False, "values": value(100000), "source": "Phục vụ 100.000 lượt bạn đọc"},
        {"key": f"C{code}", "indicator": "CUL_COMMUNE_CENTRE", "kind": "COVERAGE", "scope": its_communes,
         "eachUnit": False, "values": value(100), "source": "100% xã có trung tâm văn hóa - thể thao"},
        {"key": f"S{code}", "indicator": "LIB_POPULATION_SHARE", "kind": "SHARE_OF_POPULATION", "populationGroup": "ALL",
         "scope": {"unit": code, "subtree": False}, "eachUnit": False, "values": value(15, 20),
         "source": "15–20% số dân sử dụng thư viện"}]
plan = {
    "issuingUnit": "BVHTTDL",
    "title": "Kế hoạch thực hiện Chương trình học tập suốt đời năm 2026 (đo tải ngày hạn báo cáo)",
    "horizon": {"fromYear": 2026, "toYear": 2026},
    "targets": targets,
    "tasks": [{"key": "NV01", "sector": "LIBRARY", "content": "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam",
               "schedule": {"kind": "YEARLY"}, "lead": {"unit": "BVHTTDL", "subtree": False}, "implementing": communes}],
    "reporting": {"reports": [{"kind": "ANNUAL", "due": {"day": 30, "month": 11},
                               "receivingUnit": {"unit": "BVHTTDL", "subtree": False}, "reportingUnits": communes}]},
}
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY

bearer=$(token)
plan=$(curl -sf -H "Authorization: Bearer $bearer" -H 'Content-Type: application/json' --data-binary @"$data/plan.json" \
  "$gateway/api/plans/plans" | python3 -c 'import json,sys; print(json.load(sys.stdin)["plan"]["id"])')
curl -sf -o /dev/null -H "Authorization: Bearer $bearer" -H 'Content-Type: application/json' \
  -d '{"number": "1/KH-BVHTTDL", "issueDate": "2026-01-05"}' "$gateway/api/plans/plans/$plan/issue"
echo "== plan $plan issued: $communes communes owe its annual report; $reporters reporters at once"
java -Xmx512m -cp "deploy/local-stack/target/local-stack.jar:deploy/local-stack/target/lib/*" \
  vn.culture.lifelong.stack.bench.DeadlineDayLoad "$gateway" "$realm" "$password" "$reporters" "$plan" "$communes"
for service in reporting-service gateway; do
  pid=$(grep -o "$service pid [0-9]*" "$log" | awk '{print $3}')
  echo "$service resident memory afterwards: $(ps -o rss= -p "$pid" | awk '{print int($1/1024)}') MiB"
done
