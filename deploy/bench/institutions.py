"""About 30 institutions under each commune of the 2025 reference tree (99,630 units): libraries, cultural centres,
schools, heritage houses, study-promotion associations, village cultural houses and clubs, as a bulk unit import
(POST /api/plans/units/imports). Used by the unit-import and consolidation benchmarks.
Usage: python3 institutions.py <communes.csv> <out.json>"""
import csv
import json
import sys

KINDS = [("LIBRARY", "COMMUNE", "Thư viện"), ("CULTURAL_CENTRE", "COMMUNE", "Trung tâm Văn hóa - Thể thao"),
         ("SCHOOL", "COMMUNE", "Trường"), ("MUSEUM", "COMMUNE", "Nhà truyền thống"),
         ("MASS_ORGANISATION", "COMMUNE", "Hội Khuyến học"), ("CULTURAL_HOUSE", "VILLAGE", "Nhà văn hóa thôn"),
         ("CLUB", "VILLAGE", "Câu lạc bộ")]

units = []
for commune in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    for n in range(1, 31):
        kind, level, label = KINDS[n % len(KINDS)]
        units.append({"code": f"{commune['commune_code']}.I{n:02d}", "name": f"{label} số {n} - {commune['name']}",
                      "kind": kind, "level": level, "parentCode": commune["commune_code"]})
json.dump(units, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
print(f"{len(units)} institutions, {len(open(sys.argv[2], 'rb').read()) // 1024} KiB of JSON")
