"""The national plan the load benchmarks issue: ten indicators over every unit of each province (eight numbers, a
yes/no coverage of the libraries, a share), whose half-year and annual reports the 3,321 communes owe the ministry.
Usage: national_plan.py provinces.csv plan.json"""
import csv, json, sys
# No unit stands above the 34 provinces, so each target is set per province, over every unit under it.
provinces = [row["province_code"] for row in csv.DictReader(open(sys.argv[1], encoding="utf-8"))]
numbers = ["LIB_READER_VISITS", "LIB_ITEMS_SERVED", "LIB_BOOKS_ADDED", "LIB_PERIODICALS_ADDED", "LIB_THEMATIC_DISPLAYS",
           "LIB_BOOK_ROTATIONS", "MUS_VISITORS", "GEN_ACTIVITIES"]
value = lambda minimum, maximum=None: [{"fromYear": 2026, "toYear": 2026, "min": minimum, "exclusiveMin": False}
                                       | ({"max": maximum} if maximum else {})]
targets = []
for code in provinces:
    everything = {"unit": code, "subtree": True}
    targets += [{"key": f"{indicator[:3]}{n}-{code}", "indicator": indicator, "kind": "ABSOLUTE", "scope": everything,
                 "eachUnit": False, "values": value(1000), "source": indicator} for n, indicator in enumerate(numbers)]
    targets += [
        {"key": f"NET-{code}", "indicator": "LIB_FREE_INTERNET", "kind": "COVERAGE",
         "scope": {"unit": code, "subtree": True, "kind": "LIBRARY"}, "eachUnit": False, "values": value(50),
         "source": "50% thư viện cung cấp Internet miễn phí"},
        {"key": f"SHR-{code}", "indicator": "LIB_POPULATION_SHARE", "kind": "SHARE_OF_POPULATION",
         "populationGroup": "ALL", "scope": everything, "eachUnit": False, "values": value(15, 20),
         "source": "15–20% số dân sử dụng thư viện"}]
# The communes' people's committees, not the institutions at commune level (libraries, schools…): a commune's report
# answers for itself and the institutions under it.
communes = [{"unit": code, "subtree": True, "kind": "PEOPLES_COMMITTEE", "level": "COMMUNE"} for code in provinces]
to_ministry = lambda kind, day, month: {"kind": kind, "due": {"day": day, "month": month},
                                        "receivingUnit": {"unit": "BVHTTDL", "subtree": False}, "reportingUnits": communes}
plan = {
    "issuingUnit": "BVHTTDL",
    "title": "Kế hoạch thực hiện Chương trình học tập suốt đời năm 2026 (đo tải tổng hợp số liệu)",
    "horizon": {"fromYear": 2026, "toYear": 2026},
    "targets": targets,
    "tasks": [],
    "reporting": {"reports": [to_ministry("HALF_YEAR", 20, 6), to_ministry("ANNUAL", 30, 11)]},
}
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
print(f"{len(targets)} targets")
