package vn.culture.lifelong.e2e;

import static org.awaitility.Awaitility.await;
import static vn.culture.lifelong.e2e.Keycloak.as;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import vn.culture.lifelong.stack.DemoData;
import vn.culture.lifelong.stack.quarkus.TestBodies;

/**
 * What the victim province owns, made through the gateway by its own people as the flows make it: Lạng Sơn's plans
 * (drafted and issued by its planner), the reports its commune Đồng Đăng owes and writes, Đồng Đăng's activities and
 * days; and the units and indicators the administrator adds. Codes carry this run's mark, which no other test uses.
 */
final class VictimObjects {

    static final String LANG_SON = "20";
    static final String DONG_DANG = "06184";
    /** An indicator of the catalogue no other end-to-end test reports on, so that their figures stay theirs. */
    static final String INDICATOR = "LIB_PAGES_DIGITISED";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final String gateway;
    private final String mark;
    private final AtomicInteger made = new AtomicInteger();

    VictimObjects(String gateway) {
        this.gateway = gateway;
        this.mark = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        // As the run command does: the 2025 units (Lạng Sơn, its communes, Cần Thơ's…), only what is missing.
        DemoData.asDemoAdministrator(Stack.get()).orElseThrow().load();
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            as("admin.demo").get(gateway + "/api/events/units/{code}", DONG_DANG).then().statusCode(200);
            as("admin.demo").get(gateway + "/api/reports/units/{code}", DONG_DANG).then().statusCode(200);
        });
    }

    /** A code no other object of any run has: {@code prefix}, this run's mark, a counter. */
    String code(String prefix) {
        return prefix + mark + made.incrementAndGet();
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    // plans-service

    /** A library of the province, as the administrator adds units; its code. */
    String unit() {
        String code = code("E2EAZ");
        as("admin.demo").body(TestBodies.unitBody(code, "Thư viện thử nghiệm phân quyền", "LIBRARY", "PROVINCE", LANG_SON))
                .post(gateway + "/api/plans/units").then().statusCode(201);
        return code;
    }

    Map<String, Object> indicatorBody(String code) {
        return Map.of("code", code, "nameVi", "Số lượt thử nghiệm phân quyền", "nameEn", "Authorization test visits",
                "unitOfMeasure", "lượt", "valueType", "NUMBER", "acrossUnits", "SUM", "overTime", "SUM",
                "direction", "HIGHER_IS_BETTER", "sector", "LIBRARY");
    }

    String indicator() {
        String code = code("E2E_AZ_");
        as("admin.demo").body(indicatorBody(code)).post(gateway + "/api/plans/indicators").then().statusCode(201);
        return code;
    }

    /** The smallest plan document of Lạng Sơn: an issuer, a title, a horizon. */
    static Map<String, Object> planDocument(String title) {
        return new LinkedHashMap<>(Map.of("issuingUnit", LANG_SON, "title", title,
                "horizon", Map.of("fromYear", 2026, "toYear", 2026)));
    }

    long draftPlan() {
        return as("planner.langson").body(planDocument("Kế hoạch thử nghiệm phân quyền " + code("")))
                .post(gateway + "/api/plans/plans").then().statusCode(201).extract().jsonPath().getLong("plan.id");
    }

    long issuedPlan() {
        long plan = draftPlan();
        issue(plan);
        return plan;
    }

    private void issue(long plan) {
        as("planner.langson").body(Map.of("number", ThreadLocalRandom.current().nextInt(1, 900_000) + "/KH-UBND",
                        "issueDate", "2026-01-15"))
                .post(gateway + "/api/plans/plans/{id}/issue", plan).then().statusCode(200);
    }

    /**
     * Lạng Sơn's plan for 2026 whose communes report yearly to the province, on one target and one task, once
     * reporting-service owes its report for Đồng Đăng.
     */
    long planWhoseCommunesReport() {
        Map<String, Object> document = planDocument("Kế hoạch thử nghiệm phân quyền có báo cáo " + code(""));
        document.put("targets", List.of(IssuedPlans.target("T01", INDICATOR, "ABSOLUTE", IssuedPlans.unit(LANG_SON), 5_000,
                null, "Số hóa 5.000 trang tài liệu năm 2026")));
        document.put("tasks", List.of(Map.of("key", "NV01", "sector", "LIBRARY", "content", "Số hóa tài liệu địa chí",
                "schedule", Map.of("kind", "YEARLY"), "lead", IssuedPlans.unit(LANG_SON),
                "implementing", List.of(IssuedPlans.communesOf(LANG_SON)))));
        document.put("reporting", Map.of("reports", List.of(Map.of("kind", "ANNUAL", "due", Map.of("day", 30, "month", 11),
                "receivingUnit", IssuedPlans.unit(LANG_SON), "reportingUnits", List.of(IssuedPlans.communesOf(LANG_SON))))));
        long plan = as("planner.langson").body(document).post(gateway + "/api/plans/plans").then().statusCode(201)
                .extract().jsonPath().getLong("plan.id");
        issue(plan);
        annualObligationOfDongDang(plan);
        return plan;
    }

    /** Đồng Đăng's annual obligation on {@code plan}, once reporting-service derived it. */
    long annualObligationOfDongDang(long plan) {
        return await().atMost(PATIENCE).ignoreExceptions().until(() -> as("reporter.dongdang").queryParam("plan", plan)
                .queryParam("unit", DONG_DANG).queryParam("kind", "ANNUAL").get(gateway + "/api/reports/obligations")
                .then().statusCode(200).extract().jsonPath(), page -> page.getInt("totalItems") == 1).getLong("items[0].id");
    }

    // reporting-service

    Map<String, Object> adHocRequestBody(long plan) {
        return Map.of("planId", plan, "receivingUnit", LANG_SON, "units", List.of(DONG_DANG),
                "title", "Báo cáo nhanh thử nghiệm phân quyền " + code(""), "dueDate", today().plusDays(14).toString());
    }

    /**
     * Lạng Sơn's reviewer asks Đồng Đăng for an ad-hoc report on {@code plan}, once reporting-service knows the plan
     * (404 until then, and nothing made): the request's id and Đồng Đăng's obligation.
     */
    long[] adHocRequest(long plan) {
        Map<String, Object> body = adHocRequestBody(plan);
        JsonPath created = await().atMost(PATIENCE).until(() -> as("reviewer.langson").body(body)
                .post(gateway + "/api/reports/requests"), answer -> answer.statusCode() == 201).jsonPath();
        return new long[] {created.getLong("id"), created.getLong("obligations[0].id")};
    }

    /** Đồng Đăng's report on a new ad-hoc request of {@code plan}, drafted by its reporter. */
    long draftReport(long plan) {
        long obligation = adHocRequest(plan)[1];
        return as("reporter.dongdang").body(Map.of("obligationId", obligation)).post(gateway + "/api/reports/reports")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Every line of the report with a value and every task done, as a reporter writes it whole. */
    Map<String, Object> wholeContent(long report) {
        JsonPath draft = as("reporter.dongdang").get(gateway + "/api/reports/reports/{id}", report).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Map<String, Object> line : draft.<Map<String, Object>>getList("lines")) {
            lines.add(Map.of("target", line.get("target"), "unitCode", line.get("unitCode"), "value", 1_200));
        }
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (String task : draft.getList("tasks.task", String.class)) {
            tasks.add(Map.of("task", task, "progress", "DONE"));
        }
        return Map.of("lines", lines, "tasks", tasks, "results", "Số hóa 1.200 trang tài liệu địa chí");
    }

    long filledReport(long plan) {
        long report = draftReport(plan);
        as("reporter.dongdang").body(wholeContent(report)).put(gateway + "/api/reports/reports/{id}", report)
                .then().statusCode(200);
        return report;
    }

    long submittedReport(long plan) {
        long report = filledReport(plan);
        as("reporter.dongdang").post(gateway + "/api/reports/reports/{id}/submit", report).then().statusCode(200);
        return report;
    }

    long acceptedReport(long plan) {
        long report = submittedReport(plan);
        as("reviewer.langson").post(gateway + "/api/reports/reports/{id}/accept", report).then().statusCode(200);
        return report;
    }

    // events-service

    Map<String, Object> activityBody(LocalDate day, String visibility) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("unitCode", DONG_DANG);
        activity.put("kind", "TALK");
        activity.put("title", "Nói chuyện chuyên đề thử nghiệm phân quyền " + code(""));
        activity.put("place", "Nhà văn hóa xã Đồng Đăng");
        activity.put("start", day.toString());
        activity.put("end", day.toString());
        activity.put("expectedParticipants", 80);
        activity.put("visibility", visibility);
        return activity;
    }

    /** An activity of Đồng Đăng on {@code day}, planned by its organiser; its id. */
    long activity(LocalDate day, String visibility) {
        return as("organiser.dongdang").body(activityBody(day, visibility)).post(gateway + "/api/events/activities")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    Map<String, Object> dayBody(String code) {
        return Map.of("code", code, "nameVi", "Ngày truyền thống thử nghiệm phân quyền", "nameEn", "Authorization test day",
                "calendar", "SOLAR", "startMonth", 3, "startDay", 14, "scopeUnitCode", DONG_DANG,
                "legalSource", "Quyết định thử nghiệm của UBND xã Đồng Đăng", "sectors", List.of("GENERAL"));
    }

    /** A day Đồng Đăng keeps, added by its organiser; its code. */
    String day() {
        String code = code("E2E_AZ_DAY_");
        as("organiser.dongdang").body(dayBody(code)).post(gateway + "/api/events/days").then().statusCode(201);
        return code;
    }

    /** The version {@code path} answers now, as the administrator reads it, for If-Match. */
    String versionOf(String path, Object... parameters) {
        return as("admin.demo").get(gateway + path, parameters).then().statusCode(200).extract().header("ETag");
    }
}
