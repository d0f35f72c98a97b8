package vn.culture.lifelong.events.plans.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.culture.lifelong.events.plans.service.PlanCopy;
import vn.culture.lifelong.kit.inbox.IncomingEvent;
import vn.culture.lifelong.kit.inbox.MalformedEventException;

/**
 * Keeps this service's plans in step with plans-service. A malformed record goes to the dead-letter topic at once
 * (channel in application.properties); any other failure is retried until it succeeds, so no event is skipped.
 */
@ApplicationScoped
public class PlanEventsConsumer {

    private final PlanCopy plans;
    private final ObjectMapper json;

    public PlanEventsConsumer(PlanCopy plans, ObjectMapper json) {
        this.plans = plans;
        this.json = json;
    }

    @Incoming("plans-plans")
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 500,
            abortOn = MalformedEventException.class)
    public void consumePlan(String record) {
        plans.apply(PlanEvent.of(IncomingEvent.parse(json, record), json));
    }
}
