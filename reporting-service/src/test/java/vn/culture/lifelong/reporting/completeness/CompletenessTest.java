package vn.culture.lifelong.reporting.completeness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitObligations;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitUnits;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.one;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.under;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.reporting.ReportingWorld;
import vn.culture.lifelong.reporting.SettableClock;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Plan;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/** Who reported on time, late or not at all, before, on and after a deadline (30/11/2026, Vietnam time). */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class CompletenessTest {

    private static final Instant WEEK_BEFORE = Instant.parse("2026-11-23T03:00:00Z");
    private static final Instant LAST_MINUTE = Instant.parse("2026-11-30T16:59:00Z");
    private static final Instant DAY_AFTER = Instant.parse("2026-12-01T03:00:00Z");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    SettableClock clock;

    private ReportingWorld world;
    private Unit province;

    @BeforeEach
    void buildWorld() {
        world = new ReportingWorld(bootstrapServers);
        province = world.unit("Tỉnh Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
    }

    @AfterEach
    void closeWorld() {
        world.close();
        clock.reset();
    }

    private static RequestSpecification as(String role, Unit unit) {
        return given().auth().oauth2(TestTokens.forRole(role, unit.code())).contentType(ContentType.JSON);
    }

    private Plan annualPlan(int fromYear, int toYear) {
        Plan plan = new Plan(province, fromYear, toYear)
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(province), List.of(under(province, null, "COMMUNE")));
        world.issue(plan);
        return plan;
    }

    private long startReport(Plan plan, Unit unit, int year) {
        long obligation = as("reporter", unit).queryParam("plan", plan.id).queryParam("year", year)
                .get("/api/reports/obligations").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        return as("reporter", unit).body(Map.of("obligationId", obligation)).post("/api/reports/reports").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void submit(Unit unit, long report) {
        as("reporter", unit).post("/api/reports/reports/{id}/submit", report).then().statusCode(200);
    }

    private JsonPath completeness(Plan plan, Integer year) {
        RequestSpecification request = as("viewer", province).queryParam("plan", plan.id).queryParam("kind", "ANNUAL");
        if (year != null) {
            request.queryParam("year", year);
        }
        return request.get("/api/reports/completeness").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void countsAndRatesForTheUnitAndEachChildBeforeOnAndAfterTheDeadline() {
        Unit onTime = world.unit("Xã Đúng Hạn", "PEOPLES_COMMITTEE", "COMMUNE", province);
        Unit late = world.unit("Xã Trễ Hạn", "PEOPLES_COMMITTEE", "COMMUNE", province);
        Unit missing = world.unit("Xã Chưa Nộp", "PEOPLES_COMMITTEE", "COMMUNE", province);
        awaitUnits(province, onTime, late, missing);
        Plan plan = annualPlan(2026, 2026);
        awaitObligations(plan.id, 3);

        clock.set(WEEK_BEFORE);
        JsonPath before = completeness(plan, 2026);
        assertThat(before.getMap("total")).containsEntry("expected", 3).containsEntry("submitted", 0)
                .containsEntry("missing", 3).containsEntry("overdue", 0).containsEntry("submissionRate", 0.0f);
        assertThat(before.getList("children.unitCode", String.class))
                .containsExactlyInAnyOrder(onTime.code(), late.code(), missing.code());

        clock.set(LAST_MINUTE);
        long onTimeReport = startReport(plan, onTime, 2026);
        submit(onTime, onTimeReport);
        as("reviewer", province).post("/api/reports/reports/{id}/accept", onTimeReport).then().statusCode(200);

        clock.set(DAY_AFTER);
        long lateReport = startReport(plan, late, 2026);
        submit(late, lateReport);
        as("reviewer", province).body(Map.of("reason", "Thiếu phần khó khăn")).post("/api/reports/reports/{id}/return", lateReport)
                .then().statusCode(200);
        submit(late, lateReport);

        JsonPath after = completeness(plan, 2026);
        assertThat(after.getMap("total")).containsEntry("unitCode", province.code()).containsEntry("expected", 3)
                .containsEntry("submitted", 2).containsEntry("accepted", 1).containsEntry("onTime", 1)
                .containsEntry("late", 1).containsEntry("missing", 1).containsEntry("overdue", 1)
                .containsEntry("returns", 1).containsEntry("submissionRate", 66.7f).containsEntry("onTimeRate", 33.3f)
                .containsEntry("acceptanceRate", 33.3f);
        assertThat(after.getMap("children.find { it.unitCode == '" + late.code() + "' }")).containsEntry("late", 1)
                .containsEntry("returns", 1).containsEntry("onTime", 0);
        assertThat(after.getMap("children.find { it.unitCode == '" + missing.code() + "' }")).containsEntry("overdue", 1)
                .containsEntry("submissionRate", 0.0f);

        as("reporter", late).queryParam("plan", plan.id).get("/api/reports/obligations").then()
                .body("items[0].timeliness", org.hamcrest.Matchers.equalTo("LATE"))
                .body("items[0].returnCount", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void mergedCommunesAreNeverCountedTwiceAndNoRateExceedsAHundredPercent() {
        Unit first = world.unit("Xã Trước Sáp Nhập Một", "PEOPLES_COMMITTEE", "COMMUNE", province);
        Unit second = world.unit("Xã Trước Sáp Nhập Hai", "PEOPLES_COMMITTEE", "COMMUNE", province);
        awaitUnits(province, first, second);
        Plan plan = annualPlan(2025, 2025);
        awaitObligations(plan.id, 2);
        // The first commune reports early, before the merger closes it.
        submit(first, startReport(plan, first, 2025));

        Unit merged = world.unit("Xã Sau Sáp Nhập", "PEOPLES_COMMITTEE", "COMMUNE", province, "2025-07-01");
        world.close(first, LocalDate.of(2025, 6, 30), "MERGED_INTO", merged);
        world.close(second, LocalDate.of(2025, 6, 30), "MERGED_INTO", merged);
        // The second commune's obligation passes to the merged one; the report sent stays counted.
        await().atMost(ReportingWorld.PATIENCE).untilAsserted(() -> assertThat(as("admin", province)
                .queryParam("plan", plan.id).get("/api/reports/obligations").then().extract().jsonPath()
                .getList("items.unitCode", String.class)).containsExactlyInAnyOrder(first.code(), merged.code()));
        submit(merged, startReport(plan, merged, 2025));

        JsonPath counted = completeness(plan, 2025);
        assertThat(counted.getMap("total")).containsEntry("expected", 2).containsEntry("submitted", 2)
                .containsEntry("submissionRate", 100.0f);
        assertThat(counted.getList("children.submissionRate", Float.class)).allMatch(rate -> rate == null || rate <= 100f);
    }

    @Test
    void aUnitOutsideTheCallersTreeIsRefused() {
        Unit other = world.unit("Tỉnh Khác", "PEOPLES_COMMITTEE", "PROVINCE", null);
        awaitUnits(other);
        as("viewer", other).queryParam("unit", province.code()).get("/api/reports/completeness").then().statusCode(403)
                .contentType("application/problem+json");
        as("viewer", other).queryParam("unit", "NO-SUCH-UNIT").get("/api/reports/completeness").then().statusCode(404);
        as("viewer", other).get("/api/reports/completeness").then().statusCode(200)
                .body("total.unitCode", org.hamcrest.Matchers.equalTo(other.code()));
    }
}
