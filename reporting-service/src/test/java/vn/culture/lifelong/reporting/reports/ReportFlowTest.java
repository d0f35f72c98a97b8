package vn.culture.lifelong.reporting.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitObligations;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitUnits;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.one;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.under;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.reporting.ReportingWorld;
import vn.culture.lifelong.reporting.SettableClock;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.stack.quarkus.EventContracts;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Plan;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestKafka;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * A report's life through the API: laid out from the plan, filled, checked, submitted, returned, resubmitted,
 * accepted and reopened, with its history and its events.
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class ReportFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Due 30/11/2026: the end of that day in Vietnam is 17:00 UTC. */
    private static final Instant BEFORE_DEADLINE = Instant.parse("2026-11-30T16:59:00Z");
    private static final Instant AFTER_DEADLINE = Instant.parse("2026-11-30T17:00:00Z");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    SettableClock clock;

    @Inject
    IndicatorViewRepository indicators;

    private ReportingWorld world;
    private Unit province;
    private Unit commune;
    private Unit culturalHouse;
    private long obligation;

    @BeforeEach
    void issuePlan() {
        clock.set(Instant.parse("2026-11-20T03:00:00Z"));
        world = new ReportingWorld(bootstrapServers);
        province = world.unit("Tỉnh Lạng Sơn Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        commune = world.unit("Xã Đồng Đăng Thử", "PEOPLES_COMMITTEE", "COMMUNE", province);
        culturalHouse = world.unit("Nhà văn hóa thôn Pò Kéo", "CULTURAL_HOUSE", "VILLAGE", commune);
        Unit otherCommune = world.unit("Xã Khác", "PEOPLES_COMMITTEE", "COMMUNE", province);
        String visits = world.indicator("NUMBER");
        String internet = world.indicator("YES_NO");
        String share = world.indicator("RATIO");
        awaitUnits(province, commune, culturalHouse, otherCommune);
        await().atMost(ReportingWorld.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> indicators.count("code in ?1", List.of(visits, internet, share)) == 3));
        Plan plan = new Plan(province, 2026, 2026)
                .target("T01", visits, "ABSOLUTE", one(province), 2_970_000, null)
                .target("T02", internet, "COVERAGE", under(province, "CULTURAL_HOUSE", null), 100, null)
                .target("T03", share, "SHARE_OF_POPULATION", under(province, null, "COMMUNE"), 15, 20)
                .task("NV01", "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam", one(province), List.of(under(province, null, "COMMUNE")))
                .task("NV02", "Xây dựng mới trụ sở Thư viện tỉnh", one(province), List.of())
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(province), List.of(under(province, null, "COMMUNE")));
        world.issue(plan);
        awaitObligations(plan.id, 2);
        obligation = reporter().queryParam("plan", plan.id).get("/api/reports/obligations").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    @AfterEach
    void closeWorld() {
        world.close();
        clock.reset();
    }

    private RequestSpecification reporter() {
        return given().auth().oauth2(TestTokens.forRole("reporter", commune.code())).contentType(ContentType.JSON);
    }

    private RequestSpecification reviewer() {
        return given().auth().oauth2(TestTokens.forRole("reviewer", province.code())).contentType(ContentType.JSON);
    }

    private long createDraft() {
        return reporter().body(Map.of("obligationId", obligation)).post("/api/reports/reports").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private Map<String, Object> content(Object visits, Object internet, Object numerator, Object denominator) {
        Map<String, Object> share = new java.util.LinkedHashMap<>(Map.of("target", "T03", "unitCode", commune.code()));
        share.put("numerator", numerator);
        share.put("denominator", denominator);
        Map<String, Object> first = new java.util.LinkedHashMap<>(Map.of("target", "T01", "unitCode", commune.code()));
        first.put("value", visits);
        Map<String, Object> second = new java.util.LinkedHashMap<>(Map.of("target", "T02", "unitCode", culturalHouse.code()));
        second.put("value", internet);
        return Map.of("lines", List.of(first, second, share),
                "tasks", List.of(Map.of("task", "NV01", "progress", "IN_PROGRESS", "note", "Đã tổ chức tuần lễ 19–23/4")),
                "results", "Hoàn thành cơ bản các chỉ tiêu", "difficulties", "Kinh phí hạn hẹp",
                "proposals", "Đề nghị bổ sung đầu sách");
    }

    private ValidatableResponse put(long report, String version, Map<String, Object> body) {
        return reporter().header("If-Match", "\"" + version + "\"").body(body).put("/api/reports/reports/{id}", report).then();
    }

    private static String etag(ValidatableResponse response) {
        return response.extract().header("ETag").replace("\"", "");
    }

    @Test
    void theDraftListsALinePerTargetAndUnitTheReporterAnswersForAndItsTasks() {
        ValidatableResponse created = reporter().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("obligationId", obligation)).post("/api/reports/reports").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("unitCode", equalTo(commune.code())).body("receivingUnitCode", equalTo(province.code()))
                .body("kind", equalTo("ANNUAL")).body("year", equalTo(2026)).body("dueDate", equalTo("2026-11-30"))
                .body("lines", hasSize(3))
                .body("lines.target", containsInAnyOrder("T01", "T02", "T03"))
                .body("tasks.task", containsInAnyOrder("NV01"));
        JsonPath draft = created.extract().jsonPath();
        assertThat(created.extract().header("Location")).endsWith("/api/reports/reports/" + draft.getLong("id"));
        // The province-wide total: the commune's own contribution. Cultural houses: the one in its tree.
        assertThat(draft.getString("lines.find { it.target == 'T01' }.unitCode")).isEqualTo(commune.code());
        assertThat(draft.getString("lines.find { it.target == 'T01' }.valueType")).isEqualTo("NUMBER");
        assertThat(draft.getString("lines.find { it.target == 'T02' }.unitCode")).isEqualTo(culturalHouse.code());
        assertThat(draft.getString("lines.find { it.target == 'T02' }.valueType")).isEqualTo("YES_NO");
        assertThat(draft.getString("lines.find { it.target == 'T03' }.valueType")).isEqualTo("RATIO");
        assertThat(draft.getDouble("lines.find { it.target == 'T03' }.targetMax")).isEqualTo(20.0);
        assertThat(draft.getString("tasks[0].progress")).isEqualTo("NOT_STARTED");

        reporter().queryParam("unit", commune.code()).get("/api/reports/obligations").then()
                .body("items.find { it.id == " + obligation + " }.status", equalTo("DRAFT"))
                .body("items.find { it.id == " + obligation + " }.reportId", equalTo(draft.getInt("id")));
    }

    @Test
    void oneReportPerObligationAndARetriedCreationCreatesNothingTwice() {
        String key = UUID.randomUUID().toString();
        long first = reporter().header("Idempotency-Key", key).body(Map.of("obligationId", obligation))
                .post("/api/reports/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        long retried = reporter().header("Idempotency-Key", key).body(Map.of("obligationId", obligation))
                .post("/api/reports/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(retried).isEqualTo(first);
        reporter().body(Map.of("obligationId", obligation)).post("/api/reports/reports").then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("obligationId"));
        reporter().body(Map.of("obligationId", 999_999_999_999L)).post("/api/reports/reports").then().statusCode(404);
        reporter().body(Map.of()).post("/api/reports/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("obligationId"));
    }

    @Test
    void contentThatDoesNotFitTheDraftIsRefusedWithEveryFieldNamed() {
        long report = createDraft();
        Map<String, Object> wrong = Map.of("lines", List.of(
                Map.of("target", "T01", "unitCode", commune.code(), "value", "nhiều"),
                Map.of("target", "T02", "unitCode", culturalHouse.code(), "value", 1),
                Map.of("target", "T03", "unitCode", commune.code(), "value", 3),
                Map.of("target", "T01", "unitCode", province.code(), "value", 5)),
                "tasks", List.of(Map.of("task", "NV02", "progress", "DONE")));
        put(report, "0", wrong).statusCode(422).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("lines[0].value", "lines[1].value", "lines[2].value",
                        "lines[3].unitCode", "tasks[0].task"));
        put(report, "7", content(1, true, 1, 2)).statusCode(412);
        reporter().body(content(1, true, 1, 2)).put("/api/reports/reports/{id}", report).then().statusCode(200);
        assertThat(history(report).getList("action", String.class)).doesNotContain("SUBMITTED");
    }

    @Test
    void anIncompleteReportIsNotSubmittedAndNothingIsWritten() {
        long report = createDraft();
        reporter().post("/api/reports/reports/{id}/submit", report).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("lines[0].value", "lines[1].value", "lines[2].numerator"));
        put(report, "0", content(120, false, 30, 20)).statusCode(200);
        reporter().post("/api/reports/reports/{id}/submit", report).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("lines[2].numerator"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("30"));

        reporter().get("/api/reports/reports/{id}", report).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("firstSubmittedAt", nullValue());
        assertThat(history(report).getList("action", String.class)).doesNotContain("SUBMITTED");
    }

    @Test
    void aReportIsSubmittedReturnedResubmittedAcceptedAndReopenedAndItsHistoryTellsEveryStep() throws Exception {
        long report = createDraft();
        try (TestKafka.Reader events = TestKafka.reader(bootstrapServers, "reporting.reports.v1")) {
            String version = etag(put(report, "0", content(120, true, 12, 80)).statusCode(200));

            clock.set(BEFORE_DEADLINE);
            JsonPath submitted = reporter().post("/api/reports/reports/{id}/submit", report).then().statusCode(200)
                    .body("status", equalTo("SUBMITTED")).body("timeliness", equalTo("ON_TIME"))
                    .extract().jsonPath();
            String firstSubmission = submitted.getString("firstSubmittedAt");
            put(report, submitted.getString("version"), content(1, true, 1, 2)).statusCode(409);
            reporter().post("/api/reports/reports/{id}/submit", report).then().statusCode(409);

            reviewer().body(Map.of()).post("/api/reports/reports/{id}/return", report).then().statusCode(400)
                    .body("errors[0].field", equalTo("reason"));
            reviewer().body(Map.of("reason", "Thiếu số liệu lượt bạn đọc")).post("/api/reports/reports/{id}/return", report)
                    .then().statusCode(200).body("status", equalTo("RETURNED")).body("returnCount", equalTo(1));

            clock.set(AFTER_DEADLINE);
            String returnedVersion = etag(reporter().get("/api/reports/reports/{id}", report).then());
            put(report, returnedVersion, content(135, true, 12, 80)).statusCode(200);
            reporter().post("/api/reports/reports/{id}/submit", report).then().statusCode(200)
                    .body("firstSubmittedAt", equalTo(firstSubmission)).body("timeliness", equalTo("ON_TIME"))
                    .body("returnCount", equalTo(1));

            reviewer().post("/api/reports/reports/{id}/accept", report).then().statusCode(200)
                    .body("status", equalTo("ACCEPTED")).body("acceptedAt", notNullValue());
            reviewer().post("/api/reports/reports/{id}/accept", report).then().statusCode(409);
            reviewer().body(Map.of("reason", "Sai số liệu lượt bạn đọc quý IV")).post("/api/reports/reports/{id}/reopen", report)
                    .then().statusCode(200).body("status", equalTo("RETURNED")).body("acceptedAt", nullValue());

            JsonPath history = history(report);
            assertThat(history.getList("action", String.class)).containsSubsequence("CREATED", "CHANGED", "SUBMITTED",
                    "RETURNED", "CHANGED", "SUBMITTED", "ACCEPTED", "REOPENED");
            assertThat(history.getList("findAll { it.action == 'RETURNED' }.reason", String.class))
                    .containsExactly("Thiếu số liệu lượt bạn đọc");
            assertThat(history.getList("findAll { it.action == 'REOPENED' }.actor", String.class))
                    .containsExactly("reviewer." + province.code());
            assertThat(history.getList("findAll { it.action == 'REOPENED' }.actorUnit", String.class))
                    .containsExactly(province.code());
            // The change of a value after the return: old and new.
            assertThat(history.getList("findAll { it.field == 'lines[T01/" + commune.code() + "]' }.newValue", String.class))
                    .containsExactly("120", "135");
            assertThat(history.getList("findAll { it.field == 'lines[T01/" + commune.code() + "]' }.oldValue", String.class))
                    .containsExactly(null, "120");

            List<ConsumerRecord<String, String>> published = events.recordsFor(Long.toString(report), 5, ReportingWorld.PATIENCE);
            assertThat(published).extracting(record -> JSON.readTree(record.value()).path("type").asText()).containsExactly(
                    "reporting.report.submitted.v1", "reporting.report.returned.v1", "reporting.report.submitted.v1",
                    "reporting.report.accepted.v1", "reporting.report.reopened.v1");
            for (ConsumerRecord<String, String> record : published) {
                assertThat(EventContracts.brokenBy(JSON.readTree(record.value()), "reporting.report.v1.schema.json")).isEmpty();
            }
            JsonNode accepted = JSON.readTree(published.get(3).value()).path("data");
            assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
            assertThat(accepted.path("lines")).hasSize(3);
            assertThat(accepted.path("lines").findValuesAsText("unitCode")).contains(culturalHouse.code());
            assertThat(JSON.readTree(published.get(1).value()).path("data").path("reason").asText())
                    .isEqualTo("Thiếu số liệu lượt bạn đọc");
            assertThat(version).isNotBlank();
        }
    }

    @Test
    void aLateFirstSubmissionStaysLate() {
        long report = createDraft();
        put(report, "0", content(120, true, 12, 80)).statusCode(200);
        clock.set(AFTER_DEADLINE);
        reporter().post("/api/reports/reports/{id}/submit", report).then().statusCode(200).body("timeliness", equalTo("LATE"));
    }

    private JsonPath history(long report) {
        return reporter().get("/api/reports/reports/{id}/history", report).then().statusCode(200).extract().jsonPath();
    }
}
