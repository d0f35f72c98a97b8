package vn.culture.lifelong.plans.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.plans.messaging.OutboxEvent;
import vn.culture.lifelong.plans.messaging.OutboxEventRepository;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/** Units over time: closure into successors, codes reused after a merger, population by year. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class UnitHistoryTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    OutboxEventRepository outbox;

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token(role + ".test", "T", role)).contentType(ContentType.JSON);
    }

    private static String code(String prefix) {
        return prefix + "H" + System.nanoTime() % 100_000 + SEQUENCE.incrementAndGet();
    }

    private static void create(String code, String name, String level, String parent, String validFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", "PEOPLES_COMMITTEE");
        body.put("level", level);
        body.put("parentCode", parent);
        body.put("validFrom", validFrom);
        as("admin").body(body).post("/api/plans/units").then().statusCode(201);
    }

    private static Map<String, Object> closure(String lastDay, String successor, String kind) {
        return Map.of("lastDay", lastDay, "successors", successor == null ? List.of() : List.of(Map.of("code", successor, "kind", kind)));
    }

    @Test
    void aMergedCommuneLeadsToItsSuccessorAndStaysReadable() {
        String province = code("P");
        String old = code("C");
        String merged = code("C");
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
        String reused = code("R");
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
        String province = code("P");
        String commune = code("C");
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
        String commune = code("C");
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
