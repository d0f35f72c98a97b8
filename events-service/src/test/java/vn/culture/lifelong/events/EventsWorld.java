package vn.culture.lifelong.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import vn.culture.lifelong.events.plans.repository.PlanViewRepository;
import vn.culture.lifelong.stack.quarkus.PlansWorld;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/** plans-service's world as events-service's tests publish it, and what they wait for to see it arrive. */
public final class EventsWorld extends PlansWorld {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    public EventsWorld(String bootstrapServers) {
        super(bootstrapServers);
    }

    /** Waits until the read model holds each of {@code units} as published (topics have several partitions). */
    public static void awaitUnits(Unit... units) {
        for (Unit unit : units) {
            await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.forRole("admin", "BVHTTDL"))
                    .get("/api/events/units/{code}", unit.code()).then().statusCode(200).body("sourceVersion",
                            equalTo((int) unit.version())));
        }
    }

    /** Issues {@code plan} and waits until this service holds it. */
    public void issueAndAwait(Plan plan) {
        issue(plan);
        PlanViewRepository plans = Arc.container().instance(PlanViewRepository.class).get();
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> plans.findById(plan.id) != null));
    }
}
