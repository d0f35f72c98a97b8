package vn.culture.lifelong.events;

import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.culture.lifelong.events.plans.repository.PlanViewRepository;
import vn.culture.lifelong.stack.quarkus.PlansWorld;

/** plans-service's world as events-service's tests publish it, and what they wait for to see it arrive. */
public final class EventsWorld extends PlansWorld {

    public EventsWorld(String bootstrapServers) {
        super(bootstrapServers);
    }

    /** Waits until this service's read model holds each of {@code units} as published. */
    public static void awaitUnits(Unit... units) {
        PlansWorld.awaitUnits("/api/events/units/{code}", units);
    }

    /** Issues {@code plan} and waits until this service holds it. */
    public void issueAndAwait(Plan plan) {
        issue(plan);
        PlanViewRepository plans = Arc.container().instance(PlanViewRepository.class).get();
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> plans.findById(plan.id) != null));
    }
}
