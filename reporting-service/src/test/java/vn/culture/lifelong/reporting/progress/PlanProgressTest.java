package vn.culture.lifelong.reporting.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitObligations;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitUnits;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.one;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.under;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.value;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.reporting.ReportingWorld;
import vn.culture.lifelong.reporting.SettableClock;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Plan;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * A province's plan for 2026 judged through the year: from the half-year's reports projected to the year, then from
 * the annual ones; beside the national plan it implements; with its tasks as the communes report them.
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class PlanProgressTest {

    private static final Instant MID_2026 = Instant.parse("2026-07-20T03:00:00Z");
    private static final Instant EARLY_2027 = Instant.parse("2027-01-20T03:00:00Z");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    SettableClock clock;

    @Inject
    IndicatorViewRepository indicators;

    private ReportingWorld world;
    private Unit nation;
    private Unit province;
    private Unit communeA;
    private Unit communeB;
    private Unit houseA;
    private Unit houseB;
    private Plan national;
    private Plan provincial;

    @BeforeEach
    void issuePlans() {
        clock.set(MID_2026);
        world = new ReportingWorld(bootstrapServers);
        nation = world.unit("Bộ Tiến Độ Thử", "DEPARTMENT", "CENTRAL", null);
        province = world.unit("Tỉnh Tiến Độ Thử", "PEOPLES_COMMITTEE", "PROVINCE", nation);
        communeA = world.unit("Xã A Tiến Độ", "PEOPLES_COMMITTEE", "COMMUNE", province);
        communeB = world.unit("Xã B Tiến Độ", "PEOPLES_COMMITTEE", "COMMUNE", province);
        houseA = world.unit("Nhà văn hóa A Tiến Độ", "CULTURAL_HOUSE", "VILLAGE", communeA);
        houseB = world.unit("Nhà văn hóa B Tiến Độ", "CULTURAL_HOUSE", "VILLAGE", communeB);
        String visits = world.indicator("NUMBER");
        String readingRoom = world.indicator("YES_NO");
        String festivals = world.indicator("NUMBER");
        String books = world.indicator("NUMBER");
        awaitUnits(nation, province, communeA, communeB, houseA, houseB);
        await().atMost(ReportingWorld.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> indicators.count("code in ?1", List.of(visits, readingRoom, festivals, books)) == 4));
        national = new Plan(nation, 2026, 2026)
                .target("T01", visits, "ABSOLUTE", under(nation, null, "COMMUNE"), 300, null)
                .clearTasks();
        provincial = new Plan(province, 2026, 2026).implementing(national)
                .target("T01", visits, "RANGE", under(province, null, "COMMUNE"), 120, 200)
                .target("T02", readingRoom, "COUNT_OUT_OF_TOTAL", under(province, "CULTURAL_HOUSE", null),
                        List.of(value(2026, 2026, 2, null, 2)), Map.of())
                .target("T03", readingRoom, "COVERAGE", under(province, "CULTURAL_HOUSE", null), 50, null)
                .target("T04", festivals, "RECURRING", under(province, null, "COMMUNE"), List.of(),
                        Map.of("eachUnit", true, "recurrence", Map.of("everyYears", 1, "times", 1, "fromYear", 2026, "toYear", 2026)))
                .target("T05", books, "GROWTH", under(province, null, "COMMUNE"), List.of(value(2026, 2026, 15, null, null)),
                        Map.of("baseline", Map.of("year", 2025, "value", 100)))
                .clearTasks()
                .task("NV01", "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam", one(province), List.of(under(province, null, "COMMUNE")))
                .report("HALF_YEAR", new int[] {20, 6}, Map.of(), one(province), List.of(under(province, null, "COMMUNE")))
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(province), List.of(under(province, null, "COMMUNE")));
        world.issue(national);
        world.issue(provincial);
        awaitObligations(provincial.id, 4);
    }

    @AfterEach
    void closeWorld() {
        world.close();
        clock.reset();
    }

    @Test
    void targetsAreProjectedFromTheHalfYearThenJudgedOnTheYearBesideTheNationalPlan() {
        report("HALF_YEAR", communeA, houseA, 40, true, 1, 50, "IN_PROGRESS");
        report("HALF_YEAR", communeB, houseB, 30, false, 0, 10, "NOT_STARTED");

        JsonPath midYear = progress(province, provincial, Map.of());
        assertThat(midYear.getString("asOf")).isEqualTo("2026-07-20");
        assertThat(status(midYear, "T01")).isEqualTo("ON_TRACK");
        assertThat(midYear.getString("targets.find { it.target == 'T01' }.basis")).isEqualTo("HALF_YEAR");
        assertThat(midYear.getDouble("targets.find { it.target == 'T01' }.actual")).isEqualTo(70.0);
        assertThat(midYear.getDouble("targets.find { it.target == 'T01' }.projected")).isEqualTo(140.0);
        assertThat(status(midYear, "T02")).as("1 of the 2 houses has a reading room; a state is not doubled").isEqualTo("AT_RISK");
        assertThat(midYear.getDouble("targets.find { it.target == 'T02' }.actual")).isEqualTo(1.0);
        assertThat(status(midYear, "T03")).as("50% of the houses").isEqualTo("ON_TRACK");
        assertThat(status(midYear, "T04")).as("commune B has held no festival yet").isEqualTo("AT_RISK");
        assertThat(midYear.getInt("targets.find { it.target == 'T04' }.unitsInScope")).isEqualTo(2);
        assertThat(status(midYear, "T05")).as("60 books by mid-year, 120 projected, 115 required").isEqualTo("ON_TRACK");
        assertThat(midYear.getDouble("targets.find { it.target == 'T05' }.required")).isEqualTo(115.0);

        clock.set(EARLY_2027);
        report("ANNUAL", communeA, houseA, 100, true, 1, 70, "DONE");
        JsonPath partial = progress(province, provincial, Map.of("year", 2026));
        assertThat(status(partial, "T01")).as("only commune A's year is in: 100").isEqualTo("NOT_MET");
        assertThat(partial.getInt("targets.find { it.target == 'T01' }.unitsReported")).isEqualTo(1);
        report("ANNUAL", communeB, houseB, 50, true, 0, 30, "IN_PROGRESS");

        JsonPath year = progress(province, provincial, Map.of("year", 2026));
        assertThat(status(year, "T01")).as("150 is in 120–200").isEqualTo("MET");
        assertThat(year.getString("targets.find { it.target == 'T01' }.basis")).isEqualTo("ANNUAL");
        assertThat(status(year, "T02")).isEqualTo("MET");
        assertThat(status(year, "T03")).isEqualTo("MET");
        assertThat(year.getDouble("targets.find { it.target == 'T03' }.actual")).isEqualTo(100.0);
        assertThat(status(year, "T04")).as("commune B held none in 2026").isEqualTo("NOT_MET");
        assertThat(year.getDouble("targets.find { it.target == 'T04' }.actual")).as("communes meeting it").isEqualTo(1.0);
        assertThat(status(year, "T05")).as("100 books, 115 required").isEqualTo("NOT_MET");
        assertThat(year.getMap("tasks.find { it.task == 'NV01' }.byProgress")).containsEntry("DONE", 1).containsEntry("IN_PROGRESS", 1);
        assertThat(year.getList("tasks.find { it.task == 'NV01' }.reported.role", String.class)).containsOnly("IMPLEMENTING");

        JsonPath ofCommuneA = progress(communeA, provincial, Map.of("year", 2026, "unit", communeA.code()));
        assertThat(ofCommuneA.getDouble("targets.find { it.target == 'T01' }.actual")).isEqualTo(100.0);

        JsonPath nationwide = progress(nation, national, Map.of("year", 2026));
        assertThat(status(nationwide, "T01")).isEqualTo("NOT_MET");
        assertThat(nationwide.getDouble("targets[0].actual")).isEqualTo(150.0);
        assertThat(nationwide.getLong("targets[0].children[0].planId")).isEqualTo(provincial.id);
        assertThat(nationwide.getString("targets[0].children[0].target.status")).isEqualTo("MET");
        assertThat(nationwide.getString("targets[0].childrenAddUp")).as("the province aims at 120 of the 300").isEqualTo("BELOW");
    }

    @Test
    void anotherProvincesCallerAndUnknownPlansAreRefused() {
        Unit other = world.unit("Tỉnh Khác Tiến Độ", "PEOPLES_COMMITTEE", "PROVINCE", nation);
        awaitUnits(other);
        given().auth().oauth2(TestTokens.forRole("viewer", other.code()))
                .get("/api/reports/plans/{id}/progress", provincial.id).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("viewer", province.code()))
                .get("/api/reports/plans/{id}/progress", 999_999_999L).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("viewer", province.code())).queryParam("year", "năm")
                .get("/api/reports/plans/{id}/progress", provincial.id).then().statusCode(400);
        // A commune's viewer sees its own part of the province's plan by default.
        given().auth().oauth2(TestTokens.forRole("viewer", communeA.code()))
                .get("/api/reports/plans/{id}/progress", provincial.id).then().statusCode(200)
                .body("unitCode", org.hamcrest.Matchers.equalTo(communeA.code()));
    }

    private static String status(JsonPath progress, String target) {
        return progress.getString("targets.find { it.target == '" + target + "' }.status");
    }

    private JsonPath progress(Unit caller, Plan plan, Map<String, Object> parameters) {
        return given().auth().oauth2(TestTokens.forRole("viewer", caller.code())).queryParams(parameters)
                .get("/api/reports/plans/{id}/progress", plan.id).then().statusCode(200).extract().jsonPath();
    }

    private RequestSpecification as(String role, Unit unit) {
        return given().auth().oauth2(TestTokens.forRole(role, unit.code())).contentType(ContentType.JSON);
    }

    /** The commune's report of the period, filled, submitted and accepted by the province. */
    private void report(String kind, Unit commune, Unit house, int visitCount, boolean readingRoom, int festivalsHeld,
            int booksAdded, String taskProgress) {
        long obligation = as("reporter", commune).queryParam("plan", provincial.id).queryParam("unit", commune.code())
                .queryParam("kind", kind).get("/api/reports/obligations").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        long report = as("reporter", commune).body(Map.of("obligationId", obligation)).post("/api/reports/reports").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as("reporter", commune).body(Map.of("lines", List.of(
                        Map.of("target", "T01", "unitCode", commune.code(), "value", visitCount),
                        Map.of("target", "T02", "unitCode", house.code(), "value", readingRoom),
                        Map.of("target", "T03", "unitCode", house.code(), "value", readingRoom),
                        Map.of("target", "T04", "unitCode", commune.code(), "value", festivalsHeld),
                        Map.of("target", "T05", "unitCode", commune.code(), "value", booksAdded)),
                        "tasks", List.of(Map.of("task", "NV01", "progress", taskProgress))))
                .put("/api/reports/reports/{id}", report).then().statusCode(200);
        as("reporter", commune).post("/api/reports/reports/{id}/submit", report).then().statusCode(200);
        as("reviewer", province).post("/api/reports/reports/{id}/accept", report).then().statusCode(200);
    }
}
