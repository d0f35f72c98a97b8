package vn.culture.lifelong.reporting.activities.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.culture.lifelong.kit.inbox.IncomingEvent;
import vn.culture.lifelong.kit.inbox.MalformedEventException;
import vn.culture.lifelong.reporting.activities.service.ActivityCopy;

/**
 * Keeps this service's copy of the activities in step with events-service. A malformed record goes to the dead-letter
 * topic at once (channel in application.properties); any other failure is retried until it succeeds.
 */
@ApplicationScoped
public class ActivityEventsConsumer {

    private final ActivityCopy activities;
    private final ObjectMapper json;

    public ActivityEventsConsumer(ActivityCopy activities, ObjectMapper json) {
        this.activities = activities;
        this.json = json;
    }

    @Incoming("events-activities")
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 500,
            abortOn = MalformedEventException.class)
    public void consumeActivity(String record) {
        activities.apply(ActivityEvent.of(IncomingEvent.parse(json, record), json));
    }
}
