package vn.culture.lifelong.reporting.consolidation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitObligations;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitUnits;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.one;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.under;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.reporting.ReportingWorld;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Plan;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * Consolidation through the API: values combined up the hierarchy by each indicator's rule as reports are submitted,
 * accepted and reopened; a fact given in two plans' reports counted once; a merged commune's figures moved to its
 * successor's tree for the periods after the merger only.
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class ConsolidationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    IndicatorViewRepository indicators;

    private ReportingWorld world;
    private Unit nation;
    private String visits;
    private String internet;
    private String share;

    @BeforeEach
    void openWorld() {
        world = new ReportingWorld(bootstrapServers);
        nation = world.unit("Bộ Văn hóa Thử", "DEPARTMENT", "CENTRAL", null);
        visits = world.indicator("NUMBER");
        internet = world.indicator("YES_NO");
        share = world.indicator("RATIO");
        await().atMost(ReportingWorld.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> indicators.count("code in ?1", List.of(visits, internet, share)) == 3));
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    /** A plan of {@code issuer} for 2026: visits, internet in cultural houses and the readers' share, reported yearly. */
    private Plan plan(Unit issuer) {
        return new Plan(issuer, 2026, 2026)
                .target("T01", visits, "ABSOLUTE", under(issuer, null, "COMMUNE"), 150, null)
                .target("T02", internet, "COVERAGE", under(issuer, "CULTURAL_HOUSE", null), 100, null)
                .target("T03", share, "SHARE_OF_POPULATION", under(issuer, null, "COMMUNE"), 15, 20)
                .clearTasks()
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(issuer), List.of(under(issuer, null, "COMMUNE")));
    }

    /** A province under the nation with two communes, each with a cultural house, known to the service. */
    private record Province(Unit province, Unit communeA, Unit communeB, Unit houseA, Unit houseB) {
    }

    private Province province(String name) {
        Unit province = world.unit("Tỉnh " + name, "PEOPLES_COMMITTEE", "PROVINCE", nation);
        Unit communeA = world.unit("Xã A " + name, "PEOPLES_COMMITTEE", "COMMUNE", province);
        Unit communeB = world.unit("Xã B " + name, "PEOPLES_COMMITTEE", "COMMUNE", province);
        Unit houseA = world.unit("Nhà văn hóa thôn A " + name, "CULTURAL_HOUSE", "VILLAGE", communeA);
        Unit houseB = world.unit("Nhà văn hóa thôn B " + name, "CULTURAL_HOUSE", "VILLAGE", communeB);
        awaitUnits(nation, province, communeA, communeB, houseA, houseB);
        return new Province(province, communeA, communeB, houseA, houseB);
    }

    @Test
    void valuesAddUpByEachIndicatorsRuleAsReportsAreAcceptedAndReopened() {
        Province tree = province("Cộng Thử");
        Unit province = tree.province();
        Unit communeA = tree.communeA();
        Unit communeB = tree.communeB();
        Unit houseA = tree.houseA();
        Unit houseB = tree.houseB();
        Plan plan = plan(province);
        world.issue(plan);
        awaitObligations(plan.id, 2);

        long reportA = submit(plan, communeA, 100, houseA, true, 30, 100);
        long reportB = submit(plan, communeB, 50, houseB, false, 10, 200);

        value(province, visits, Map.of()).body("value", nullValue()).body("unitsReported", equalTo(0))
                .body("unitsExpected", equalTo(2)).body("counted", equalTo("ACCEPTED"));
        JsonPath submitted = value(province, visits, Map.of("include", "submitted")).body("value", equalTo(150))
                .body("unitsReported", equalTo(2)).body("unitsExpected", equalTo(2)).body("rule", equalTo("SUM"))
                .extract().jsonPath();
        assertThat(submitted.getList("children.items.unitCode", String.class))
                .containsExactly(communeA.code(), communeB.code());
        assertThat(submitted.getInt("children.items.find { it.unitCode == '" + communeA.code() + "' }.value")).isEqualTo(100);
        assertThat(submitted.getString("children.items[0].href")).contains("unit=" + communeA.code())
                .contains("include=submitted").contains("indicator=" + visits);

        accept(reportA, province);
        value(province, visits, Map.of()).body("value", equalTo(100)).body("unitsReported", equalTo(1))
                .body("unitsExpected", equalTo(2));
        // 1 of the 2 cultural houses in scope has free internet; commune A's tree: its one house.
        JsonPath coverage = value(province, internet, Map.of()).body("value", equalTo(50.0f)).body("rule", equalTo("COVERAGE"))
                .extract().jsonPath();
        assertThat(coverage.getFloat("children.items.find { it.unitCode == '" + communeA.code() + "' }.value")).isEqualTo(100.0f);
        assertThat(coverage.getInt("children.items.find { it.unitCode == '" + communeB.code() + "' }.unitsExpected")).isEqualTo(1);
        value(province, share, Map.of()).body("value", equalTo(30.0f));

        accept(reportB, province);
        value(province, visits, Map.of()).body("value", equalTo(150)).body("unitsReported", equalTo(2));
        value(province, internet, Map.of()).body("value", equalTo(50.0f)).body("unitsReported", equalTo(2));
        // 40 readers of 300 people, not the average of 30% and 5%.
        value(province, share, Map.of()).body("value", equalTo(13.33f));
        value(nation, visits, Map.of()).body("value", equalTo(150));
        // The whole country, for admins: every unit without a parent is one of its children.
        JsonPath country = given().auth().oauth2(TestTokens.forRole("admin", nation.code())).queryParam("indicator", visits)
                .queryParam("unit", "VN").queryParam("year", 2026).queryParam("kind", "ANNUAL").queryParam("size", 10_000)
                .get("/api/reports/values").then().statusCode(200).body("value", equalTo(150))
                .body("unitName", equalTo("Cả nước")).extract().jsonPath();
        assertThat(country.getInt("children.items.find { it.unitCode == '" + nation.code() + "' }.value")).isEqualTo(150);
        given().auth().oauth2(TestTokens.forRole("viewer", nation.code())).queryParam("indicator", visits)
                .queryParam("unit", "VN").queryParam("year", 2026).queryParam("kind", "ANNUAL")
                .get("/api/reports/values").then().statusCode(403);
        value(province, visits, Map.of("size", 1, "page", 1)).body("children.items.unitCode", equalTo(List.of(communeB.code())))
                .body("children.totalItems", equalTo(2));

        reviewer(province).body(Map.of("reason", "Sai số liệu lượt bạn đọc"))
                .post("/api/reports/reports/{id}/reopen", reportA).then().statusCode(200);
        value(province, visits, Map.of()).body("value", equalTo(50)).body("unitsReported", equalTo(1));
        value(nation, visits, Map.of()).body("value", equalTo(50));
        value(province, visits, Map.of("include", "submitted")).body("value", equalTo(50));
    }

    @Test
    void aFactInTwoPlansCountsOnceAsTheLatestAcceptedAndPlanNarrowsToOnePlansReports() {
        Province tree = province("Hai Kế Hoạch");
        Unit province = tree.province();
        Unit communeA = tree.communeA();
        Unit communeB = tree.communeB();
        Unit houseA = tree.houseA();
        Unit houseB = tree.houseB();
        Plan libraries = plan(province);
        Plan reading = plan(province);
        world.issue(libraries);
        world.issue(reading);
        awaitObligations(libraries.id, 2);
        awaitObligations(reading.id, 2);

        accept(submit(libraries, communeA, 100, houseA, true, 30, 100), province);
        accept(submit(libraries, communeB, 50, houseB, true, 10, 200), province);
        accept(submit(reading, communeA, 120, houseA, true, 30, 100), province);

        value(province, visits, Map.of()).body("value", equalTo(170)).body("unitsReported", equalTo(2))
                .body("unitsExpected", equalTo(2));
        value(province, visits, Map.of("plan", libraries.id)).body("value", equalTo(150)).body("plan", equalTo(libraries.id));
        value(province, visits, Map.of("plan", reading.id)).body("value", equalTo(120)).body("unitsReported", equalTo(1));
        // The coverage counts each house once, though two plans' reports answered for house A.
        value(province, internet, Map.of()).body("value", equalTo(100.0f)).body("unitsReported", equalTo(2));
    }

    @Test
    void aMergedCommunesFiguresMoveToItsSuccessorsTreeForThePeriodsAfterTheMergerOnly() {
        Unit oldProvince = world.unit("Tỉnh Cũ Thử", "PEOPLES_COMMITTEE", "PROVINCE", nation);
        Unit newProvince = world.unit("Tỉnh Mới Thử", "PEOPLES_COMMITTEE", "PROVINCE", nation);
        Unit merged = world.unit("Xã Sáp Nhập Thử", "PEOPLES_COMMITTEE", "COMMUNE", oldProvince);
        Unit successor = world.unit("Xã Kế Thừa Thử", "PEOPLES_COMMITTEE", "COMMUNE", newProvince);
        awaitUnits(nation, oldProvince, newProvince, merged, successor);
        Plan plan = new Plan(nation, 2026, 2026)
                .target("T01", visits, "ABSOLUTE", under(nation, null, "COMMUNE"), 150, null)
                .clearTasks()
                .report("HALF_YEAR", new int[] {20, 6}, Map.of(), one(nation), List.of(under(nation, null, "COMMUNE")))
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(nation), List.of(under(nation, null, "COMMUNE")));
        world.issue(plan);
        awaitObligations(plan.id, 4);
        accept(submitVisits(plan, "HALF_YEAR", merged, 10), nation);
        accept(submitVisits(plan, "ANNUAL", merged, 30), nation);
        accept(submitVisits(plan, "ANNUAL", successor, 50), nation);
        annual(oldProvince).body("value", equalTo(30));
        annual(newProvince).body("value", equalTo(50));

        world.close(merged, LocalDate.of(2026, 7, 1), "MERGED_INTO", successor);

        await().atMost(ReportingWorld.PATIENCE)
                .until(() -> Integer.valueOf(80).equals(annual(newProvince).extract().path("value")));
        annual(newProvince).body("unitsReported", equalTo(2)).body("unitsExpected", equalTo(2));
        annual(successor).body("value", equalTo(80));
        annual(oldProvince).body("value", nullValue()).body("unitsReported", equalTo(0));
        annual(nation).body("value", equalTo(80)).body("unitsReported", equalTo(2));
        // The half-year ended on 14/6, before the merger: the commune's figure stays with its old province.
        value(oldProvince, visits, Map.of("kind", "HALF_YEAR")).body("value", equalTo(10));
        value(newProvince, visits, Map.of("kind", "HALF_YEAR")).body("value", nullValue());
        value(nation, visits, Map.of("kind", "HALF_YEAR")).body("value", equalTo(10));
    }

    @Test
    void anotherProvincesFiguresAndBadQuestionsAreRefused() {
        Unit province = world.unit("Tỉnh Riêng Thử", "PEOPLES_COMMITTEE", "PROVINCE", nation);
        Unit other = world.unit("Tỉnh Khác Thử", "PEOPLES_COMMITTEE", "PROVINCE", nation);
        awaitUnits(nation, province, other);

        given().auth().oauth2(TestTokens.forRole("viewer", other.code())).queryParam("indicator", visits)
                .queryParam("unit", province.code()).queryParam("year", 2026).queryParam("kind", "ANNUAL")
                .get("/api/reports/values").then().statusCode(403);
        RequestSpecification viewer = given().auth().oauth2(TestTokens.forRole("viewer", province.code()));
        viewer.queryParam("indicator", "NO_SUCH_INDICATOR").queryParam("year", 2026).queryParam("kind", "ANNUAL")
                .get("/api/reports/values").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("indicator"));
        given().auth().oauth2(TestTokens.forRole("viewer", province.code())).queryParam("indicator", visits)
                .queryParam("year", 2026).queryParam("kind", "AD_HOC")
                .get("/api/reports/values").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(TestTokens.forRole("viewer", province.code())).queryParam("indicator", visits)
                .queryParam("kind", "ANNUAL").queryParam("include", "drafts")
                .get("/api/reports/values").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("year", "include"));
        // The caller's own unit by default.
        given().auth().oauth2(TestTokens.forRole("viewer", province.code())).queryParam("indicator", visits)
                .queryParam("year", 2026).queryParam("kind", "ANNUAL")
                .get("/api/reports/values").then().statusCode(200).body("unitCode", equalTo(province.code()));
    }

    private io.restassured.response.ValidatableResponse annual(Unit unit) {
        return value(unit, visits, Map.of());
    }

    private io.restassured.response.ValidatableResponse value(Unit unit, String indicator, Map<String, Object> more) {
        Map<String, Object> parameters = new LinkedHashMap<>(Map.of("indicator", indicator, "unit", unit.code(),
                "year", 2026, "kind", "ANNUAL"));
        parameters.putAll(more);
        return given().auth().oauth2(TestTokens.forRole("viewer", nation.code())).queryParams(parameters)
                .get("/api/reports/values").then().statusCode(200);
    }

    private RequestSpecification reporter(Unit unit) {
        return given().auth().oauth2(TestTokens.forRole("reporter", unit.code())).contentType(ContentType.JSON);
    }

    private RequestSpecification reviewer(Unit unit) {
        return given().auth().oauth2(TestTokens.forRole("reviewer", unit.code())).contentType(ContentType.JSON);
    }

    /** The commune's annual report of the plan, filled and submitted: visits, its house's internet, readers over people. */
    private long submit(Plan plan, Unit commune, int visitCount, Unit house, boolean hasInternet, int readers, int people) {
        List<Map<String, Object>> lines = new ArrayList<>();
        lines.add(Map.of("target", "T01", "unitCode", commune.code(), "value", visitCount));
        lines.add(Map.of("target", "T02", "unitCode", house.code(), "value", hasInternet));
        lines.add(Map.of("target", "T03", "unitCode", commune.code(), "numerator", readers, "denominator", people));
        return submit(plan, "ANNUAL", commune, lines);
    }

    private long submitVisits(Plan plan, String kind, Unit commune, int visitCount) {
        return submit(plan, kind, commune, List.of(Map.of("target", "T01", "unitCode", commune.code(), "value", visitCount)));
    }

    private long submit(Plan plan, String kind, Unit commune, List<Map<String, Object>> lines) {
        long obligation = reporter(commune).queryParam("plan", plan.id).queryParam("unit", commune.code())
                .queryParam("kind", kind).get("/api/reports/obligations").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        long report = reporter(commune).body(Map.of("obligationId", obligation)).post("/api/reports/reports").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        reporter(commune).body(Map.of("lines", lines)).put("/api/reports/reports/{id}", report).then().statusCode(200);
        reporter(commune).post("/api/reports/reports/{id}/submit", report).then().statusCode(200);
        return report;
    }

    private void accept(long report, Unit receiver) {
        reviewer(receiver).post("/api/reports/reports/{id}/accept", report).then().statusCode(200);
    }
}
