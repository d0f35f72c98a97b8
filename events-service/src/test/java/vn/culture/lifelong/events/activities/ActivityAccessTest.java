package vn.culture.lifelong.events.activities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.culture.lifelong.events.EventsWorld.awaitUnits;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.activity;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.as;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.today;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.events.EventsWorld;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;

/**
 * Who may do what with activities, tried from the attacker's side: only organisers (and admins) change them, only in
 * their own tree; another province reads a unit's public activities and never its internal ones (404, as for an
 * activity that does not exist).
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class ActivityAccessTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private EventsWorld world;
    private Unit province;
    private Unit commune;
    private Unit otherProvince;
    private long internal;
    private long open;

    @BeforeEach
    void activities() {
        world = new EventsWorld(bootstrapServers);
        province = world.unit("Tỉnh Lạng Sơn Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        commune = world.unit("Xã Đồng Đăng Thử", "PEOPLES_COMMITTEE", "COMMUNE", province);
        otherProvince = world.unit("Thành phố Cần Thơ Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        awaitUnits(province, commune, otherProvince);
        LocalDate start = today().minusDays(1);
        internal = as("organiser", commune).body(activity(commune, start, start)).post("/api/events/activities").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        open = as("organiser", commune).body(with(activity(commune, start, start), "visibility", "PUBLIC"))
                .post("/api/events/activities").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    @Test
    void onlyOrganisersAndAdminsPlanActivities() {
        LocalDate start = today().plusDays(3);
        for (String role : List.of("reporter", "reviewer", "planner", "viewer", "integration")) {
            as(role, commune).body(activity(commune, start, start)).post("/api/events/activities").then()
                    .statusCode(403).contentType("application/problem+json");
            as(role, commune).body(Map.of("actualParticipants", 5)).post("/api/events/activities/{id}/held", internal)
                    .then().statusCode(403);
        }
        given().contentType("application/json").body(activity(commune, start, start)).post("/api/events/activities")
                .then().statusCode(401).contentType("application/problem+json");
        // An organiser above the unit, and an admin, plan for it.
        as("organiser", province).body(activity(commune, start, start)).post("/api/events/activities").then().statusCode(201);
        as("admin", otherProvince).body(activity(commune, start, start)).post("/api/events/activities").then().statusCode(201);
    }

    @Test
    void anotherProvinceSeesOnlyThePublicActivitiesAndChangesNone() {
        for (String role : List.of("organiser", "viewer", "reporter")) {
            as(role, otherProvince).get("/api/events/activities/{id}", internal).then().statusCode(404)
                    .contentType("application/problem+json");
            as(role, otherProvince).get("/api/events/activities/{id}", open).then().statusCode(200);
            as(role, otherProvince).queryParam("unit", province.code()).get("/api/events/activities").then()
                    .statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) open));
        }
        LocalDate start = today().plusDays(3);
        as("organiser", otherProvince).body(activity(commune, start, start)).post("/api/events/activities").then()
                .statusCode(422).body("errors[0].field", equalTo("unitCode"));
        as("organiser", otherProvince).body(activity(otherProvince, start, start)).put("/api/events/activities/{id}", open)
                .then().statusCode(403);
        as("organiser", otherProvince).body(Map.of("actualParticipants", 5)).post("/api/events/activities/{id}/held", open)
                .then().statusCode(403);
        as("organiser", otherProvince).body(Map.of("reason", "Phá")).post("/api/events/activities/{id}/cancellation", internal)
                .then().statusCode(404);
        // Nothing changed.
        as("organiser", commune).get("/api/events/activities/{id}", open).then().body("status", equalTo("PLANNED"))
                .body("version", equalTo(0));
    }

    @Test
    void theUnitsLineReadsTheInternalActivities() {
        // The province above the commune, and the commune itself, read its internal activity; so does an admin.
        as("viewer", province).get("/api/events/activities/{id}", internal).then().statusCode(200);
        as("viewer", commune).get("/api/events/activities/{id}", internal).then().statusCode(200);
        as("admin", otherProvince).get("/api/events/activities/{id}", internal).then().statusCode(200);
        as("viewer", province).queryParam("unit", province.code()).get("/api/events/activities").then()
                .body("totalItems", equalTo(2));
    }
}
