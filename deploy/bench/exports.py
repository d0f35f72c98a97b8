"""Times the downloads of deploy/bench/exports.sh and samples reporting-service's heap while each runs.
Usage: exports.py gateway reporting-service token plan repetitions out-dir communes.csv"""
import csv, json, statistics, sys, threading, time, urllib.request

gateway, reporting, token, plan, repetitions, out, communes_csv = (sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4],
                                                                   int(sys.argv[5]), sys.argv[6], sys.argv[7])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def call(path, accept="application/json", method="GET", body=None):
    request = urllib.request.Request(gateway + path, method=method, data=body, headers={
        "Authorization": "Bearer " + token, "Accept": accept, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as answer:
        return answer.read()


def heap_used():
    with urllib.request.urlopen(reporting + "/q/metrics", timeout=10) as answer:
        return sum(float(line.rsplit(" ", 1)[1]) for line in answer.read().decode().splitlines()
                   if line.startswith("jvm_memory_used_bytes{") and 'area="heap"' in line)


class HeapPeak(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.peak, self.running = 0.0, True

    def run(self):
        while self.running:
            self.peak = max(self.peak, heap_used())
            time.sleep(0.02)


first = json.loads(call(f"/api/reports/obligations?plan={plan}&size=1"))["items"][0]
report = json.loads(call("/api/reports/reports", method="POST", body=json.dumps({"obligationId": first["id"]}).encode()))["id"]
province_code = next(row["province_code"] for row in csv.DictReader(open(communes_csv, encoding="utf-8"))
                     if row["commune_code"] == first["unitCode"])

downloads = [
    ("values XLSX, whole country", f"/api/reports/values?indicator=LIB_READER_VISITS&unit=VN&year=2026&kind=ANNUAL&format=xlsx", XLSX, "values-VN.xlsx"),
    (f"values XLSX, province {province_code}", f"/api/reports/values?indicator=LIB_READER_VISITS&unit={province_code}&year=2026&kind=ANNUAL&format=xlsx", XLSX, "values-province.xlsx"),
    ("obligations XLSX, whole country", f"/api/reports/obligations?plan={plan}&format=xlsx", XLSX, "obligations-VN.xlsx"),
    (f"obligations XLSX, province {province_code}", f"/api/reports/obligations?plan={plan}&unit={province_code}&format=xlsx", XLSX, "obligations-province.xlsx"),
    ("report PDF", f"/api/reports/reports/{report}/document", "application/pdf", "report.pdf"),
    ("report DOCX", f"/api/reports/reports/{report}/document?format=docx", "*/*", "report.docx"),
]
print(f"{'download':42} {'size':>10} {'median':>9} {'slowest':>9} {'heap peak':>10}")
for name, path, accept, file in downloads:
    call(path, accept)  # warm-up: the first request pays for class loading and JIT
    sampler = HeapPeak()
    sampler.start()
    times = []
    for _ in range(repetitions):
        begin = time.perf_counter()
        body = call(path, accept)
        times.append(time.perf_counter() - begin)
    sampler.running = False
    sampler.join()
    open(f"{out}/{file}", "wb").write(body)
    print(f"{name:42} {len(body):>10,} {statistics.median(times) * 1000:>7.0f} ms {max(times) * 1000:>7.0f} ms "
          f"{sampler.peak / 2**20:>7.0f} MiB")
