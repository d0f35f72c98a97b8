package vn.culture.lifelong.reporting.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitObligations;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitUnits;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.one;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.under;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.reporting.ReportingWorld;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Plan;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * Who may do what with reports, tried from the attacker's side: another province's reporters, reviewers and systems
 * see nothing (404, as for a report that does not exist); within the tree, each role does only its part (403).
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class ReportAccessTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private ReportingWorld world;
    private Unit province;
    private Unit commune;
    private Unit otherProvince;
    private Unit otherCommune;
    private Plan plan;
    private long obligation;
    private long report;

    @BeforeEach
    void draftAReport() {
        world = new ReportingWorld(bootstrapServers);
        province = world.unit("Tỉnh Lạng Sơn Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        commune = world.unit("Xã Đồng Đăng Thử", "PEOPLES_COMMITTEE", "COMMUNE", province);
        otherProvince = world.unit("Thành phố Cần Thơ Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        otherCommune = world.unit("Phường Ninh Kiều Thử", "PEOPLES_COMMITTEE", "COMMUNE", otherProvince);
        awaitUnits(province, commune, otherProvince, otherCommune);
        plan = new Plan(province, 2026, 2026)
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(province), List.of(under(province, null, "COMMUNE")));
        world.issue(plan);
        awaitObligations(plan.id, 1);
        obligation = as("reporter", commune).queryParam("plan", plan.id).get("/api/reports/obligations").then()
                .extract().jsonPath().getLong("items[0].id");
        report = as("reporter", commune).body(Map.of("obligationId", obligation)).post("/api/reports/reports").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    private static RequestSpecification as(String role, Unit unit) {
        return given().auth().oauth2(TestTokens.forRole(role, unit.code())).contentType(ContentType.JSON);
    }

    private static final Map<String, Object> EMPTY_CONTENT = Map.of("results", "Đã thực hiện");

    @Test
    void anotherProvincesCallersFindNoReport() {
        for (String role : List.of("reporter", "viewer", "planner", "reviewer", "integration")) {
            as(role, otherProvince).get("/api/reports/reports/{id}", report).then().statusCode(404)
                    .contentType("application/problem+json");
            as(role, otherCommune).get("/api/reports/reports/{id}/history", report).then().statusCode(404);
        }
        for (Unit attacker : List.of(otherCommune, otherProvince)) {
            for (String role : List.of("reporter", "integration")) {
                as(role, attacker).body(EMPTY_CONTENT).put("/api/reports/reports/{id}", report).then().statusCode(404);
                as(role, attacker).post("/api/reports/reports/{id}/submit", report).then().statusCode(404);
                as(role, attacker).body(Map.of("obligationId", obligation)).post("/api/reports/reports").then()
                        .statusCode(404);
            }
        }
        as("reporter", commune).post("/api/reports/reports/{id}/submit", report).then().statusCode(200);
        as("reviewer", otherProvince).post("/api/reports/reports/{id}/accept", report).then().statusCode(404);
        as("reviewer", otherProvince).body(Map.of("reason", "x")).post("/api/reports/reports/{id}/return", report).then()
                .statusCode(404);
        as("reviewer", commune).post("/api/reports/reports/{id}/accept", report).then().statusCode(403)
                .contentType("application/problem+json");
        as("reporter", commune).get("/api/reports/reports/{id}", report).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void withinTheTreeEachRoleDoesItsPartOnly() {
        as("viewer", province).get("/api/reports/reports/{id}", report).then().statusCode(200);
        as("planner", province).get("/api/reports/reports/{id}/history", report).then().statusCode(200);
        as("viewer", province).body(EMPTY_CONTENT).put("/api/reports/reports/{id}", report).then().statusCode(403);
        // A reviewer cannot edit values, nor submit for the unit.
        as("reviewer", province).body(EMPTY_CONTENT).put("/api/reports/reports/{id}", report).then().statusCode(403);
        as("reviewer", province).post("/api/reports/reports/{id}/submit", report).then().statusCode(403);
        as("reporter", commune).post("/api/reports/reports/{id}/submit", report).then().statusCode(200);
        // A reporter cannot review.
        as("reporter", commune).post("/api/reports/reports/{id}/accept", report).then().statusCode(403);
        as("reporter", province).post("/api/reports/reports/{id}/accept", report).then().statusCode(403);
        as("reporter", commune).body(Map.of("reason", "tự trả")).post("/api/reports/reports/{id}/return", report).then()
                .statusCode(403);
        as("reviewer", province).post("/api/reports/reports/{id}/accept", report).then().statusCode(200);
        as("reviewer", province).body(Map.of("reason", "Mở lại để sửa")).post("/api/reports/reports/{id}/reopen", report)
                .then().statusCode(200);
        given().get("/api/reports/reports/{id}", report).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void whoSubmittedAReportDoesNotAcceptItThoughTheyReviewToo() {
        String officer = TestTokens.token("officer." + province.code(), province.code(), "reporter", "reviewer");
        given().auth().oauth2(officer).post("/api/reports/reports/{id}/submit", report).then().statusCode(200);
        given().auth().oauth2(officer).post("/api/reports/reports/{id}/accept", report).then().statusCode(403)
                .contentType("application/problem+json");
        as("reviewer", province).post("/api/reports/reports/{id}/accept", report).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        // Admins do everything, this too.
        as("reviewer", province).body(Map.of("reason", "Mở lại để sửa")).post("/api/reports/reports/{id}/reopen", report)
                .then().statusCode(200);
        as("admin", province).post("/api/reports/reports/{id}/submit", report).then().statusCode(200);
        as("admin", province).post("/api/reports/reports/{id}/accept", report).then().statusCode(200);
    }

    @Test
    void aProvincialSystemSubmitsForTheUnitsBelowIt() {
        as("integration", province).body(EMPTY_CONTENT).put("/api/reports/reports/{id}", report).then().statusCode(200);
        as("integration", province).post("/api/reports/reports/{id}/submit", report).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as("integration", province).post("/api/reports/reports/{id}/accept", report).then().statusCode(403);
    }

    @Test
    void adHocReportsAreAskedByReviewersAndPlannersOfTheirTreeOnly() {
        Map<String, Object> request = Map.of("planId", plan.id, "units", List.of(commune.code()),
                "title", "Báo cáo nhanh Ngày Sách 21/4", "dueDate", "2026-12-15");
        as("reporter", commune).body(request).post("/api/reports/requests").then().statusCode(403);
        // Another province's reviewer may neither ask on this province's behalf nor ask its communes.
        Map<String, Object> onBehalf = new java.util.HashMap<>(request);
        onBehalf.put("receivingUnit", province.code());
        as("reviewer", otherProvince).body(onBehalf).post("/api/reports/requests").then().statusCode(403);
        as("reviewer", otherProvince).body(request).post("/api/reports/requests").then().statusCode(422)
                .body("errors[0].field", equalTo("units[0]"));
        as("planner", province).body(Map.of("planId", plan.id, "units", List.of(commune.code(), otherCommune.code()),
                "title", "Báo cáo nhanh", "dueDate", "2026-12-15")).post("/api/reports/requests").then().statusCode(422)
                .body("errors[0].field", equalTo("units[1]"));

        long requested = as("reviewer", province).body(request).post("/api/reports/requests").then().statusCode(201)
                .body("receivingUnitCode", equalTo(province.code())).body("obligations[0].unitCode", equalTo(commune.code()))
                .extract().jsonPath().getLong("id");
        as("reporter", commune).queryParam("kind", "AD_HOC").queryParam("plan", plan.id).get("/api/reports/obligations")
                .then().body("items[0].title", equalTo("Báo cáo nhanh Ngày Sách 21/4"))
                .body("items[0].dueDate", equalTo("2026-12-15")).body("items[0].receivingUnitCode", equalTo(province.code()));
        as("reporter", commune).get("/api/reports/requests/{id}", requested).then().statusCode(200);
        as("reporter", otherCommune).get("/api/reports/requests/{id}", requested).then().statusCode(404);
    }
}
