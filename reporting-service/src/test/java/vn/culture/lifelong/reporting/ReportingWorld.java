package vn.culture.lifelong.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.culture.lifelong.stack.quarkus.EventContracts;
import vn.culture.lifelong.stack.quarkus.PlansWorld;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/** plans-service's world as reporting-service's tests publish it, and what they wait for to see it arrive. */
public final class ReportingWorld extends PlansWorld {

    public ReportingWorld(String bootstrapServers) {
        super(bootstrapServers);
    }

    /**
     * An all-day activity of {@code unit} on {@code day} at {@code version}, as events-service publishes it (created at
     * version 0, then held, cancelled or updated by its status), checked against its contract.
     */
    public void activity(long id, Unit unit, String kind, LocalDate day, String status, long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("unitId", unit.id());
        data.put("unitCode", unit.code());
        data.put("kind", kind);
        data.put("title", "Hoạt động " + id);
        data.put("place", null);
        data.put("allDay", true);
        data.put("start", day.toString());
        data.put("end", day.toString());
        data.put("startDate", day.toString());
        data.put("endDate", day.toString());
        data.put("dayCode", null);
        data.put("planId", null);
        data.put("taskKey", null);
        data.put("expectedParticipants", 100);
        data.put("actualParticipants", status.equals("HELD") ? 90 : null);
        data.put("status", status);
        data.put("visibility", "PUBLIC");
        data.put("cancellationReason", status.equals("CANCELLED") ? "Hoãn" : null);
        data.put("version", version);
        data.put("changedBy", "organiser.test");
        String type = version == 0 ? "created" : switch (status) {
            case "HELD" -> "held";
            case "CANCELLED" -> "cancelled";
            default -> "updated";
        };
        String key = Long.toString(id);
        sendRaw("events.activities.v1", key, EventContracts.checked(
                envelope("/events-service", "events.activity." + type + ".v1", key, data), "events.activity.v1.schema.json"));
    }
    /** Waits until the plan's obligations, as an admin lists them, number {@code expected}. */
    public static void awaitObligations(long planId, int expected) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.forRole("admin", "BVHTTDL"))
                .queryParam("plan", planId).queryParam("size", 1).get("/api/reports/obligations")
                .then().statusCode(200).body("totalItems", equalTo(expected)));
    }

    /** Waits until this service's read model holds each of {@code units} as published. */
    public static void awaitUnits(Unit... units) {
        PlansWorld.awaitUnits("/api/reports/units/{code}", units);
    }
}
