package vn.culture.lifelong.plans.plans;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plan documents (as JSON maps, the way clients send them) for the plan tests. */
final class PlanFixtures {

    private PlanFixtures() {
    }

    static Map<String, Object> selector(String unit) {
        return Map.of("unit", unit);
    }

    static Map<String, Object> group(String unit, String kind, String level) {
        return Map.of("unit", unit, "subtree", true, "kind", kind, "level", level);
    }

    static Map<String, Object> value(int from, int to, Number min) {
        return Map.of("fromYear", from, "toYear", to, "min", min);
    }

    /** A draft of {@code issuer} for 2016–2020 with one target of every kind, a task, funding and a regime. */
    static Map<String, Object> document(String issuer, String library) {
        Map<String, Object> document = new HashMap<>();
        document.put("issuingUnit", issuer);
        document.put("issueDate", "2015-12");
        document.put("title", "Kế hoạch triển khai Đề án học tập suốt đời đến năm 2020");
        document.put("horizon", Map.of("fromYear", 2016, "toYear", 2020));
        document.put("programme", "QD-208-2014");
        document.put("legalBases", List.of(Map.of("kind", "DECISION", "number", "208/QĐ-TTg", "issuedOn", "2014-01-27",
                "issuer", "Thủ tướng Chính phủ", "title", "Phê duyệt Đề án")));
        document.put("purposes", List.of("Nâng cao nhận thức về học tập suốt đời."));
        document.put("objectives", List.of(Map.of("key", "MT1", "kind", "SPECIFIC", "text", "Hệ thống thư viện")));
        document.put("targets", List.of(
                target("T1", "LIB_READER_VISITS", "RANGE", selector(library),
                        Map.of("values", List.of(Map.of("fromYear", 2016, "toYear", 2019, "min", 8000, "max", 9000),
                                Map.of("fromYear", 2020, "toYear", 2020, "min", 10000, "max", 12000)))),
                target("T2", "LIB_BOOKS_ADDED", "ABSOLUTE", selector(library), Map.of("values", List.of(value(2019, 2019, 29000)))),
                target("T3", "MUS_THEMATIC_EXHIBITIONS", "COUNT_OF_ACTIVITIES", selector(issuer),
                        Map.of("values", List.of(Map.of("fromYear", 2016, "toYear", 2020, "min", 10, "exclusiveMin", true)))),
                target("T4", "LIB_READER_VISITS", "GROWTH", group(issuer, "LIBRARY", "DISTRICT"),
                        Map.of("values", List.of(value(2016, 2020, 15)), "baseline", Map.of("year", 2015))),
                target("T5", "LIB_FREE_INTERNET", "COVERAGE", group(issuer, "LIBRARY", "DISTRICT"),
                        Map.of("values", List.of(value(2020, 2020, 100)))),
                target("T6", "LIB_COMMUNE_READING_ROOM", "COUNT_OUT_OF_TOTAL", group(issuer, "LIBRARY", "COMMUNE"),
                        Map.of("values", List.of(Map.of("fromYear", 2019, "toYear", 2019, "min", 77, "outOf", 85)))),
                target("T7", "LIB_POPULATION_SHARE", "SHARE_OF_POPULATION", selector(issuer),
                        Map.of("values", List.of(Map.of("fromYear", 2020, "toYear", 2020, "min", 15, "max", 20)),
                                "populationGroup", "ALL")),
                target("T8", "GEN_MILESTONE_DONE", "MILESTONE", selector(library), Map.of("dueBy", "2020-12-31")),
                target("T9", "CUL_FESTIVALS", "RECURRING", selector(issuer),
                        Map.of("recurrence", Map.of("everyYears", 2, "times", 1, "fromYear", 2016, "toYear", 2020)))));
        document.put("tasks", List.of(Map.of("key", "NV1", "sector", "LIBRARY",
                "content", "Cung cấp dịch vụ Internet miễn phí", "schedule", Map.of("kind", "CONTINUOUS"),
                "lead", selector(library), "coordinating", List.of(group(issuer, "LIBRARY", "DISTRICT")),
                "targets", List.of("T5"))));
        document.put("funding", Map.of("sources", List.of(Map.of("kind", "STATE_BUDGET", "budgetLevels", List.of("PROVINCE"))),
                "estimates", List.of(Map.of("year", 2016, "source", "STATE_BUDGET", "amountVnd", 150_000_000))));
        document.put("responsibilities", List.of(Map.of("unit", selector(library), "duties", List.of("Tổng hợp báo cáo."))));
        document.put("reporting", Map.of("reports", List.of(
                Map.of("kind", "HALF_YEAR", "due", Map.of("day", 20, "month", 6), "receivingUnit", selector(library)),
                Map.of("kind", "ANNUAL", "due", Map.of("day", 30, "month", 11), "receivingUnit", selector(library),
                        "dataWindow", Map.of("from", Map.of("day", 1, "month", 12), "to", Map.of("day", 30, "month", 11))),
                Map.of("kind", "AD_HOC", "receivingUnit", selector(library)))));
        return document;
    }

    static Map<String, Object> target(String key, String indicator, String kind, Map<String, Object> scope,
            Map<String, Object> rest) {
        Map<String, Object> target = new HashMap<>(rest);
        target.put("key", key);
        target.put("indicator", indicator);
        target.put("kind", kind);
        target.put("scope", scope);
        target.put("source", "Câu trong văn bản gốc của chỉ tiêu " + key + ".");
        return target;
    }

    static Map<String, Object> with(Map<String, Object> document, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(document);
        changed.put(field, value);
        return changed;
    }
}
