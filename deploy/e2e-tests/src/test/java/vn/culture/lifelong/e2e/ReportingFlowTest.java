package vn.culture.lifelong.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.culture.lifelong.e2e.Keycloak.as;
import static vn.culture.lifelong.e2e.Keycloak.asProvincialSystem;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.DemoData;
import vn.culture.lifelong.stack.LocalStack;

/**
 * A report's whole journey through the gateway with real Keycloak tokens, a real broker and real databases: a
 * planner of Lạng Sơn issues a plan whose annual report the communes owe to the province; reporter.dongdang drafts,
 * fills and submits Đồng Đăng's; reviewer.langson returns it, it is submitted again and accepted; the history tells
 * every step and completeness counts it; Cần Thơ's callers neither read nor touch it.
 */
class ReportingFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String LANG_SON = "20";
    private static final String DONG_DANG = "06184";
    private static LocalStack stack;
    private static String gateway;

    @BeforeAll
    static void startStackWithTheReferenceUnits() {
        stack = Stack.get();
        gateway = stack.gatewayUrl();
        // As the run command does: the 2025 units (Lạng Sơn, xã Đồng Đăng…), only what is missing.
        DemoData.asDemoAdministrator(stack).orElseThrow().load();
    }

    /** A plan of Lạng Sơn for 2026: a reader-visits total for the province, the communes report yearly by 30/11. */
    private static long issuePlan() {
        return issuePlan(IssuedPlans.target("T01", "LIB_READER_VISITS", "ABSOLUTE", IssuedPlans.unit(LANG_SON), 10_000, null,
                "Phục vụ 10.000 lượt bạn đọc năm 2026"));
    }

    /** Such a plan with {@code target} as its only target. */
    private static long issuePlan(Map<String, Object> target) {
        return IssuedPlans.issue(gateway, "planner.langson", LANG_SON, List.of(target));
    }

    @Test
    void aCommunesAnnualReportFromObligationToAcceptance() {
        long plan = issuePlan();

        JsonPath owed = await().atMost(PATIENCE).until(() -> as("reporter.dongdang").queryParam("plan", plan)
                .get(gateway + "/api/reports/obligations").then().statusCode(200).extract().jsonPath(),
                page -> page.getInt("totalItems") == 1);
        assertThat(owed.getMap("items[0]")).containsEntry("unitCode", DONG_DANG).containsEntry("receivingUnitCode", LANG_SON)
                .containsEntry("kind", "ANNUAL").containsEntry("year", 2026).containsEntry("dueDate", "2026-11-30")
                .containsEntry("dataFrom", "2025-12-15").containsEntry("dataTo", "2026-12-14")
                .containsEntry("status", "NOT_STARTED");
        long obligation = owed.getLong("items[0].id");

        JsonPath draft = as("reporter.dongdang").body(Map.of("obligationId", obligation))
                .post(gateway + "/api/reports/reports").then().statusCode(201).extract().jsonPath();
        long report = draft.getLong("id");
        assertThat(draft.getList("lines.unitCode", String.class)).containsExactly(DONG_DANG);
        assertThat(draft.getList("tasks.task", String.class)).containsExactly("NV01");

        Map<String, Object> content = Map.of(
                "lines", List.of(Map.of("target", "T01", "unitCode", DONG_DANG, "value", 1_250)),
                "tasks", List.of(Map.of("task", "NV01", "progress", "DONE", "note", "Tuần lễ sách 19–23/4 tại nhà văn hóa xã")),
                "results", "Phục vụ 1.250 lượt bạn đọc", "difficulties", "Thiếu đầu sách thiếu nhi",
                "proposals", "Đề nghị luân chuyển sách từ thư viện tỉnh");
        as("reporter.dongdang").header("If-Match", "\"0\"").body(content)
                .put(gateway + "/api/reports/reports/{id}", report).then().statusCode(200);
        as("reporter.dongdang").post(gateway + "/api/reports/reports/{id}/submit", report).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));

        as("reviewer.langson").body(Map.of("reason", "Bổ sung số lượt bạn đọc tại điểm bưu điện văn hóa xã"))
                .post(gateway + "/api/reports/reports/{id}/return", report).then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        as("reporter.dongdang").body(Map.of("lines", List.of(Map.of("target", "T01", "unitCode", DONG_DANG, "value", 1_410)),
                        "tasks", List.of(Map.of("task", "NV01", "progress", "DONE")), "results", "Phục vụ 1.410 lượt bạn đọc"))
                .put(gateway + "/api/reports/reports/{id}", report).then().statusCode(200);
        as("reporter.dongdang").post(gateway + "/api/reports/reports/{id}/submit", report).then().statusCode(200)
                .body("returnCount", equalTo(1));
        as("reporter.dongdang").post(gateway + "/api/reports/reports/{id}/accept", report).then().statusCode(403);
        as("reviewer.langson").post(gateway + "/api/reports/reports/{id}/accept", report).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));

        JsonPath history = as("reviewer.langson").get(gateway + "/api/reports/reports/{id}/history", report).then()
                .statusCode(200).extract().jsonPath();
        assertThat(history.getList("action", String.class)).containsSubsequence("CREATED", "CHANGED", "SUBMITTED",
                "RETURNED", "CHANGED", "SUBMITTED", "ACCEPTED");
        assertThat(history.getList("findAll { it.action == 'RETURNED' }.actor", String.class))
                .containsExactly("reviewer.langson");
        assertThat(history.getList("findAll { it.field == 'lines[T01/" + DONG_DANG + "]' }.newValue", String.class))
                .containsExactly("1250", "1410");

        JsonPath completeness = as("reviewer.langson").queryParam("unit", LANG_SON).queryParam("plan", plan)
                .get(gateway + "/api/reports/completeness").then().statusCode(200).extract().jsonPath();
        int communes = completeness.getInt("total.expected");
        assertThat(communes).as("Lạng Sơn's communes in the 2025 reference tree").isGreaterThan(50);
        assertThat(completeness.getInt("total.submitted")).isEqualTo(1);
        assertThat(completeness.getInt("total.accepted")).isEqualTo(1);
        assertThat(completeness.getInt("total.returns")).isEqualTo(1);
        assertThat(completeness.getMap("children.find { it.unitCode == '" + DONG_DANG + "' }"))
                .containsEntry("expected", 1).containsEntry("submitted", 1).containsEntry("submissionRate", 100.0f);

        // Cần Thơ's callers: the report does not exist for them, and they cannot touch it.
        as("viewer.cantho").get(gateway + "/api/reports/reports/{id}", report).then().statusCode(404)
                .contentType("application/problem+json");
        as("viewer.cantho").get(gateway + "/api/reports/reports/{id}/history", report).then().statusCode(404);
        as("viewer.cantho").body(content).put(gateway + "/api/reports/reports/{id}", report).then().statusCode(403);
        asProvincialSystem().get(gateway + "/api/reports/reports/{id}", report).then().statusCode(404);
        asProvincialSystem().body(content).put(gateway + "/api/reports/reports/{id}", report).then().statusCode(404);
        asProvincialSystem().post(gateway + "/api/reports/reports/{id}/submit", report).then().statusCode(404);
        assertThat(as("viewer.cantho").queryParam("plan", plan).get(gateway + "/api/reports/obligations").then()
                .statusCode(200).extract().jsonPath().getInt("totalItems")).isZero();
        as("viewer.cantho").queryParam("unit", LANG_SON).get(gateway + "/api/reports/completeness").then().statusCode(403);
    }

    @Test
    void anActivityHeldAtDongDangComesIntoItsNextDraft() {
        long plan = issuePlan(Map.of("key", "T01", "indicator", "GEN_ACTIVITIES", "kind", "COUNT_OF_ACTIVITIES",
                "scope", IssuedPlans.communesOf(LANG_SON), "eachUnit", true,
                "values", List.of(Map.of("fromYear", 2026, "toYear", 2026, "min", 12, "exclusiveMin", false)),
                "source", "Mỗi xã tổ chức ít nhất 12 hoạt động hưởng ứng học tập suốt đời"));
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        long activity = as("organiser.dongdang").body(Map.of("unitCode", DONG_DANG, "kind", "STORYTELLING",
                        "title", "Kể chuyện theo sách cho thiếu nhi", "start", yesterday.toString(), "end", yesterday.toString(),
                        "visibility", "PUBLIC"))
                .post(gateway + "/api/events/activities").then().statusCode(201).extract().jsonPath().getLong("id");
        as("organiser.dongdang").body(Map.of("actualParticipants", 64))
                .post(gateway + "/api/events/activities/{id}/held", activity).then().statusCode(200);

        long obligation = await().atMost(PATIENCE).until(() -> as("reporter.dongdang").queryParam("plan", plan)
                .get(gateway + "/api/reports/obligations").then().statusCode(200).extract().jsonPath(),
                page -> page.getInt("totalItems") == 1).getLong("items[0].id");
        long report = as("reporter.dongdang").body(Map.of("obligationId", obligation))
                .post(gateway + "/api/reports/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        // Counted when the draft was laid out, or as soon as the held activity reached reporting-service.
        JsonPath draft = await().atMost(PATIENCE).until(() -> as("reporter.dongdang")
                .get(gateway + "/api/reports/reports/{id}", report).then().statusCode(200).extract().jsonPath(),
                read -> read.getList("lines[0].activities", Long.class).contains(activity));
        assertThat(draft.getBoolean("lines[0].fromCalendar")).isTrue();
        assertThat(draft.getInt("lines[0].value")).isEqualTo(draft.getList("lines[0].activities").size());
    }
}
