package vn.culture.lifelong.plans.units;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.culture.lifelong.plans.TestRequests.as;
import static vn.culture.lifelong.plans.TestRequests.uniqueCode;
import static vn.culture.lifelong.stack.quarkus.TestBodies.unitBody;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.kit.outbox.OutboxEvent;
import vn.culture.lifelong.kit.outbox.OutboxEventRepository;
import vn.culture.lifelong.kit.problem.Problem;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;

/** Units over time: closure into successors, codes reused after a merger, population by year. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class UnitHistoryTest {

    @Inject
    OutboxEventRepository outbox;

    private static void create(String code, String name, String level, String parent, String validFrom) {
        Map<String, Object> body = unitBody(code, name, "PEOPLES_COMMITTEE", level, parent);
        body.put("validFrom", validFrom);
        as("admin").body(body).post("/api/plans/units").then().statusCode(201);
    }

    private static Map<String, Object> closure(String lastDay, String successor, String kind) {
        return Map.of("lastDay", lastDay, "successors", successor == null ? List.of() : List.of(Map.of("code", successor, "kind", kind)));
    }

    @Test
    void aMergedCommuneLeadsToItsSuccessorAndStaysReadable() {
        String province = uniqueCode("P");
        String old = uniqueCode("C");
        String merged = uniqueCode("C");
        create(province, "Tỉnh Lạng Sơn", "PROVINCE", null, null);
        create(old, "Xã Hồng Phong", "COMMUNE", province, null);
        create(merged, "Xã Đồng Đăng", "COMMUNE", province, "2025-07-01");

        as("admin").body(closure("2025-06-30", merged, "MERGED_INTO"))
                .post("/api/plans/units/{code}/closure", old)
                .then().statusCode(200)
                .body("validTo", equalTo("2025-06-30"))
                .body("successors[0].code", equalTo(merged))
                .body("successors[0].kind", equalTo("MERGED_INTO"));

        as("viewer").get("/api/plans/units/{code}", old).then().statusCode(200)
                .body("name", equalTo("Xã Hồng Phong")).body("successors[0].code", equalTo(merged));
        as("viewer").get("/api/plans/units/{code}/children", province).then()
                .body("items.code", contains(merged));
        as("viewer").queryParam("on", "2020-01-01").get("/api/plans/units/{code}/children", province).then()
                .body("items.code", contains(old));

        String envelope = QuarkusTransaction.requiringNew().call(() ->
                outbox.find("messageKey = ?1 order by sequence desc", old).<OutboxEvent>firstResult().envelope);
        assertThat(envelope).contains("\"validTo\":\"2025-06-30\"").contains("\"code\":\"" + merged + "\"")
                .contains("\"kind\":\"MERGED_INTO\"");
    }

    @Test
    void aCodeMayPassToANewUnitOnceTheOldOneIsClosed() {
        String reused = uniqueCode("R");
        create(reused, "Tỉnh Yên Bái", "PROVINCE", null, null);
        as("admin").body(closure("2025-06-30", null, null)).post("/api/plans/units/{code}/closure", reused)
                .then().statusCode(200);
        create(reused, "Tỉnh Lào Cai", "PROVINCE", null, "2025-07-01");

        as("viewer").get("/api/plans/units/{code}", reused).then().body("name", equalTo("Tỉnh Lào Cai"));
        as("viewer").queryParam("on", "2020-05-01").get("/api/plans/units/{code}", reused).then()
                .body("name", equalTo("Tỉnh Yên Bái"));
        as("viewer").queryParam("q", reused).get("/api/plans/units").then()
                .body("items.name", contains("Tỉnh Lào Cai"));

        Map<String, Object> overlapping = new HashMap<>(Map.of("code", reused, "name", "Trùng", "kind", "OTHER",
                "level", "PROVINCE", "validFrom", "2026-01-01"));
        as("admin").body(overlapping).post("/api/plans/units").then().statusCode(409)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void closingRefusesWhatWouldBreakTheHistory() {
        String province = uniqueCode("P");
        String commune = uniqueCode("C");
        create(province, "Tỉnh", "PROVINCE", null, "2020-01-01");
        create(commune, "Xã", "COMMUNE", province, "2020-01-01");

        as("admin").body(closure("2025-06-30", null, null)).post("/api/plans/units/{code}/closure", province)
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("lastDay"));
        as("admin").body(closure("2019-12-31", null, null)).post("/api/plans/units/{code}/closure", commune)
                .then().statusCode(422).body("errors[0].field", equalTo("lastDay"));
        as("admin").body(closure("2025-06-30", "NOWHERE", "MERGED_INTO")).post("/api/plans/units/{code}/closure", commune)
                .then().statusCode(422).body("errors[0].field", equalTo("successors[0].code"));
        as("admin").body(closure("2025-06-30", commune, "MERGED_INTO")).post("/api/plans/units/{code}/closure", commune)
                .then().statusCode(422).body("errors[0].field", equalTo("successors[0].code"));
        as("admin").body(Map.of("lastDay", "2025-06-30", "successors", List.of(Map.of("code", province, "kind", "ABSORBED"))))
                .post("/api/plans/units/{code}/closure", commune)
                .then().statusCode(400).body("errors[0].field", equalTo("successors[0].kind"));
        as("viewer").get("/api/plans/units/{code}", commune).then().body("validTo", equalTo(null));

        as("admin").body(closure("2025-06-30", null, null)).post("/api/plans/units/{code}/closure", commune)
                .then().statusCode(200);
        as("admin").body(closure("2025-07-30", null, null)).post("/api/plans/units/{code}/closure", commune)
                .then().statusCode(409);
        as("planner").body(closure("2025-06-30", null, null)).post("/api/plans/units/{code}/closure", province)
                .then().statusCode(403);
    }

    @Test
    void populationIsKeptPerYear() {
        String commune = uniqueCode("C");
        create(commune, "Xã Hồng Phong", "COMMUNE", null, null);
        as("admin").body(Map.of("population", 6120)).put("/api/plans/units/{code}/population/2023", commune)
                .then().statusCode(200);
        as("admin").body(Map.of("population", 6015)).put("/api/plans/units/{code}/population/2020", commune)
                .then().statusCode(200)
                .body("population.year", contains(2020, 2023))
                .body("population.population", contains(6015, 6120));

        as("admin").body(Map.of("population", -1)).put("/api/plans/units/{code}/population/2024", commune)
                .then().statusCode(400).body("errors[0].field", equalTo("population"));
        as("admin").body(Map.of("population", 10)).put("/api/plans/units/{code}/population/1800", commune)
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        as("reporter").body(Map.of("population", 10)).put("/api/plans/units/{code}/population/2024", commune)
                .then().statusCode(403);
        as("viewer").get("/api/plans/units/{code}", commune).then().body("population.year", not(hasItem(2024)));
    }
}
