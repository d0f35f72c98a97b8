package vn.culture.lifelong.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import vn.culture.lifelong.stack.quarkus.PlansWorld;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/** plans-service's world as reporting-service's tests publish it, and what they wait for to see it arrive. */
public final class ReportingWorld extends PlansWorld {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    public ReportingWorld(String bootstrapServers) {
        super(bootstrapServers);
    }
    /** Waits until the plan's obligations, as an admin lists them, number {@code expected}. */
    public static void awaitObligations(long planId, int expected) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.forRole("admin", "BVHTTDL"))
                .queryParam("plan", planId).queryParam("size", 1).get("/api/reports/obligations")
                .then().statusCode(200).body("totalItems", equalTo(expected)));
    }

    /**
     * Waits until the read model holds each of {@code units} as published: topics have several partitions, so units
     * published one after the other may arrive in any order.
     */
    public static void awaitUnits(Unit... units) {
        for (Unit unit : units) {
            await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.forRole("admin", "BVHTTDL"))
                    .get("/api/reports/units/{code}", unit.code()).then().statusCode(200).body("sourceVersion",
                            equalTo((int) unit.version())));
        }
    }
}
