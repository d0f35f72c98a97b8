package vn.culture.lifelong.e2e;

import static vn.culture.lifelong.e2e.Keycloak.as;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Plans for 2026 drafted and issued through the gateway by a planner, as the end-to-end flows need them. */
final class IssuedPlans {

    private IssuedPlans() {
    }

    /** The communes (and wards) of a province, as a plan's document names them. */
    static Map<String, Object> communesOf(String province) {
        return Map.of("unit", province, "subtree", true, "level", "COMMUNE", "label", "UBND các xã, phường");
    }

    static Map<String, Object> unit(String code) {
        return Map.of("unit", code, "subtree", false);
    }

    /** A target with one value for 2026: at least {@code min}, out of {@code outOf} when given. */
    static Map<String, Object> target(String key, String indicator, String kind, Map<String, Object> scope, int min,
            Integer outOf, String source) {
        Map<String, Object> value = outOf == null ? Map.of("fromYear", 2026, "toYear", 2026, "min", min, "exclusiveMin", false)
                : Map.of("fromYear", 2026, "toYear", 2026, "min", min, "exclusiveMin", false, "outOf", outOf);
        return Map.of("key", key, "indicator", indicator, "kind", kind, "scope", scope, "eachUnit", false,
                "values", List.of(value), "source", source);
    }

    /**
     * A plan of {@code province} for 2026 with {@code targets} and one task, whose communes report yearly by 30/11 to
     * the province, drafted and issued by {@code planner}; its id.
     */
    static long issue(String gateway, String planner, String province, List<Map<String, Object>> targets) {
        Map<String, Object> document = Map.of(
                "issuingUnit", province,
                "title", "Kế hoạch thực hiện Chương trình xây dựng xã hội học tập năm 2026 (thử nghiệm đầu-cuối)",
                "horizon", Map.of("fromYear", 2026, "toYear", 2026),
                "targets", targets,
                "tasks", List.of(Map.of("key", "NV01", "sector", "LIBRARY",
                        "content", "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4", "schedule", Map.of("kind", "YEARLY"),
                        "lead", unit(province), "implementing", List.of(communesOf(province)))),
                "reporting", Map.of("reports", List.of(Map.of("kind", "ANNUAL", "due", Map.of("day", 30, "month", 11),
                        "receivingUnit", unit(province), "reportingUnits", List.of(communesOf(province))))));
        long id = as(planner).body(document).post(gateway + "/api/plans/plans").then().statusCode(201)
                .extract().jsonPath().getLong("plan.id");
        String number = ThreadLocalRandom.current().nextInt(1, 900_000) + "/KH-UBND";
        as(planner).body(Map.of("number", number, "issueDate", "2026-01-15"))
                .post(gateway + "/api/plans/plans/{id}/issue", id).then().statusCode(200);
        return id;
    }
}
