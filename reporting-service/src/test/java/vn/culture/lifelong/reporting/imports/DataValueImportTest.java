package vn.culture.lifelong.reporting.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
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

/** Values pushed in bulk: where they land, what a second push changes, and what is refused, from the attacker's side too. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class DataValueImportTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    IndicatorViewRepository indicators;

    private ReportingWorld world;
    private Unit province;
    private Unit communeA;
    private Unit communeB;
    private Unit houseA;
    private Unit otherCommune;
    private String visits;
    private String internet;
    private String share;
    private Plan plan;

    @BeforeEach
    void issuePlan() {
        world = new ReportingWorld(bootstrapServers);
        province = world.unit("Tỉnh Nhập Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        communeA = world.unit("Xã A Nhập", "PEOPLES_COMMITTEE", "COMMUNE", province);
        communeB = world.unit("Xã B Nhập", "PEOPLES_COMMITTEE", "COMMUNE", province);
        houseA = world.unit("Nhà văn hóa thôn A Nhập", "CULTURAL_HOUSE", "VILLAGE", communeA);
        Unit otherProvince = world.unit("Tỉnh Khác Nhập", "PEOPLES_COMMITTEE", "PROVINCE", null);
        otherCommune = world.unit("Xã Khác Nhập", "PEOPLES_COMMITTEE", "COMMUNE", otherProvince);
        visits = world.indicator("NUMBER");
        internet = world.indicator("YES_NO");
        share = world.indicator("RATIO");
        awaitUnits(province, communeA, communeB, houseA, otherProvince, otherCommune);
        await().atMost(ReportingWorld.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> indicators.count("code in ?1", List.of(visits, internet, share)) == 3));
        plan = new Plan(province, 2026, 2026)
                .target("T01", visits, "ABSOLUTE", under(province, null, "COMMUNE"), 150, null)
                .target("T02", internet, "COVERAGE", under(province, "CULTURAL_HOUSE", null), 100, null)
                .target("T03", share, "SHARE_OF_POPULATION", under(province, null, "COMMUNE"), 15, 20)
                .clearTasks()
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(province), List.of(under(province, null, "COMMUNE")));
        world.issue(plan);
        awaitObligations(plan.id, 2);
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    private Map<String, Object> row(Unit unit, String indicator, Object value) {
        Map<String, Object> row = new LinkedHashMap<>(Map.of("plan", plan.id, "unit", unit.code(), "year", 2026,
                "kind", "ANNUAL", "indicator", indicator));
        row.put("value", value);
        return row;
    }

    private Map<String, Object> ratio(Unit unit, int numerator, int denominator) {
        Map<String, Object> row = row(unit, share, null);
        row.remove("value");
        row.put("numerator", numerator);
        row.put("denominator", denominator);
        return row;
    }

    private List<Map<String, Object>> provinceRows(int visitsOfB) {
        return List.of(row(communeA, visits, 100), row(houseA, internet, true), ratio(communeA, 30, 100),
                row(communeB, visits, visitsOfB));
    }

    private static RequestSpecification as(String role, Unit unit) {
        return given().auth().oauth2(TestTokens.forRole(role, unit.code())).contentType(ContentType.JSON);
    }

    private ValidatableResponse push(String role, Unit unit, List<Map<String, Object>> rows, String query) {
        return as(role, unit).body(Map.of("values", rows)).post("/api/reports/data-values" + query).then();
    }

    private JsonPath obligationOf(Unit commune) {
        return as("admin", province).queryParam("plan", plan.id).queryParam("unit", commune.code())
                .get("/api/reports/obligations").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void valuesLandInDraftsCreatedWhereNeededAndASecondIdenticalImportChangesNothing() {
        push("integration", province, provinceRows(50), "?dryRun=true").statusCode(200)
                .body("imported", equalTo(4)).body("refused", equalTo(0)).body("dryRun", equalTo(true))
                .body("written", equalTo(false));
        assertThat(obligationOf(communeA).getString("items[0].reportId")).as("a dry run writes nothing").isNull();

        push("integration", province, provinceRows(50), "").statusCode(200)
                .body("rows", equalTo(4)).body("imported", equalTo(4)).body("updated", equalTo(0))
                .body("unchanged", equalTo(0)).body("written", equalTo(true));
        long reportA = obligationOf(communeA).getLong("items[0].reportId");
        JsonPath draftA = as("reporter", communeA).get("/api/reports/reports/{id}", reportA).then().statusCode(200)
                .body("status", equalTo("DRAFT")).extract().jsonPath();
        assertThat(draftA.getDouble("lines.find { it.target == 'T01' }.value")).isEqualTo(100.0);
        assertThat(draftA.getBoolean("lines.find { it.target == 'T02' }.value")).isTrue();
        assertThat(draftA.getString("lines.find { it.target == 'T02' }.unitCode")).isEqualTo(houseA.code());
        assertThat(draftA.getDouble("lines.find { it.target == 'T03' }.numerator")).isEqualTo(30.0);
        JsonPath history = as("reporter", communeA).get("/api/reports/reports/{id}/history", reportA).then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("findAll { it.field == 'lines[T01/" + communeA.code() + "]' }.newValue", String.class))
                .containsExactly("100");
        assertThat(history.getList("findAll { it.action == 'CHANGED' }.actor", String.class))
                .containsOnly("integration." + province.code());

        push("integration", province, provinceRows(50), "").statusCode(200)
                .body("imported", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(4))
                .body("written", equalTo(false));
        assertThat(as("reporter", communeA).get("/api/reports/reports/{id}/history", reportA).then().extract().jsonPath()
                .getList("action", String.class)).hasSize(history.getList("action").size());

        push("integration", province, provinceRows(60), "").statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(3));
        String csv = "plan,unit,year,kind,indicator,target,value,numerator,denominator\n"
                + plan.id + "," + communeA.code() + ",2026,ANNUAL," + visits + ",T01,100,,\n"
                + plan.id + "," + houseA.code() + ",2026,ANNUAL," + internet + ",,true,,\n"
                + plan.id + "," + communeA.code() + ",2026,annual," + share + ",,,30,100\n"
                + plan.id + "," + communeB.code() + ",2026,ANNUAL," + visits + ",,75,,\n";
        given().auth().oauth2(TestTokens.forRole("integration", province.code())).contentType("text/csv").body(csv)
                .post("/api/reports/data-values").then().statusCode(200)
                .body("unchanged", equalTo(3)).body("updated", equalTo(1));
    }

    @Test
    void oneRefusedRowRefusesAnAtomicImportWithEveryFaultNamedAndOtherwiseOnlyItself() {
        Map<String, Object> noPlan = row(communeB, visits, 5);
        noPlan.remove("plan");
        Map<String, Object> adHoc = row(communeB, visits, 5);
        adHoc.put("kind", "AD_HOC");
        List<Map<String, Object>> rows = List.of(
                row(communeA, visits, 100),
                row(otherCommune, visits, 7),
                row(communeB, visits, "nhiều"),
                adHoc,
                noPlan,
                ratio(communeA, 300, 100),
                row(communeA, visits, 101),
                row(communeB, "NO_SUCH_INDICATOR", 1));

        push("integration", province, rows, "").statusCode(422).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("values[1].unit", "values[2].value", "values[3].kind",
                        "values[4].plan", "values[5].numerator", "values[6]", "values[7].indicator"));
        assertThat(obligationOf(communeA).getString("items[0].reportId")).as("nothing written").isNull();

        push("integration", province, rows, "?atomic=false").statusCode(200)
                .body("imported", equalTo(1)).body("refused", equalTo(7))
                .body("refusals.row", containsInAnyOrder(1, 2, 3, 4, 5, 6, 7))
                .body("refusals.find { it.row == 1 }.reason", org.hamcrest.Matchers.containsString(otherCommune.code()));
        assertThat(obligationOf(communeB).getString("items[0].reportId")).as("no draft for refused rows only").isNull();

        given().auth().oauth2(TestTokens.forRole("integration", province.code())).contentType("text/csv")
                .body("plan,unit,year,kind,indicator\n" + plan.id + "," + communeA.code() + ",năm,ANNUAL," + visits + "\n")
                .post("/api/reports/data-values").then().statusCode(400).body("errors[0].field", equalTo("values[0].year"));
        given().auth().oauth2(TestTokens.forRole("integration", province.code())).contentType("text/csv")
                .body("plan,unit,year,indicator\n1,2,2026,X\n")
                .post("/api/reports/data-values").then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void onlyTheCallersTreeAndOnlyDraftsAreWrittenInto() {
        // A commune's reporter writes its own values, not its neighbour's; a viewer writes none.
        push("reporter", communeA, List.of(row(communeA, visits, 10)), "").statusCode(200).body("imported", equalTo(1));
        push("reporter", communeA, List.of(row(communeB, visits, 10)), "").statusCode(422)
                .body("errors[0].field", equalTo("values[0].unit"));
        push("viewer", province, List.of(row(communeA, visits, 10)), "").statusCode(403);
        push("integration", otherCommune, List.of(row(communeA, visits, 10)), "").statusCode(422)
                .body("errors[0].field", equalTo("values[0].unit"));

        long reportA = obligationOf(communeA).getLong("items[0].reportId");
        as("reporter", communeA).body(Map.of("lines", List.of(
                        Map.of("target", "T01", "unitCode", communeA.code(), "value", 10),
                        Map.of("target", "T02", "unitCode", houseA.code(), "value", false),
                        Map.of("target", "T03", "unitCode", communeA.code(), "numerator", 1, "denominator", 2))))
                .put("/api/reports/reports/{id}", reportA).then().statusCode(200);
        as("reporter", communeA).post("/api/reports/reports/{id}/submit", reportA).then().statusCode(200);
        push("integration", province, List.of(row(communeA, visits, 99)), "").statusCode(422)
                .body("errors[0].field", equalTo("values[0]"));
        as("reporter", communeA).get("/api/reports/reports/{id}", reportA).then()
                .body("lines.find { it.target == 'T01' }.value", equalTo(10.0f)).body("status", equalTo("SUBMITTED"))
                .body("acceptedAt", nullValue());
    }
}
