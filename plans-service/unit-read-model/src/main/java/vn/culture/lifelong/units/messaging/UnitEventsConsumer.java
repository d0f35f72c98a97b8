package vn.culture.lifelong.units.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.culture.lifelong.kit.inbox.IncomingEvent;
import vn.culture.lifelong.kit.inbox.MalformedEventException;
import vn.culture.lifelong.units.service.UnitReadModel;

/**
 * Keeps the unit read model in step with {@code plans.units.v1}. A malformed record is rejected at once and goes
 * to the dead-letter topic (channel defaults in this library's META-INF/microprofile-config.properties), so the
 * partition moves on; any other failure (the database is down) is retried until it succeeds, so no event is
 * skipped and the read model converges.
 */
@ApplicationScoped
public class UnitEventsConsumer {

    private final UnitReadModel readModel;
    private final ObjectMapper json;

    public UnitEventsConsumer(UnitReadModel readModel, ObjectMapper json) {
        this.readModel = readModel;
        this.json = json;
    }

    @Incoming("plans-units")
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 500,
            abortOn = MalformedEventException.class)
    public void consume(String record) {
        readModel.apply(UnitEvent.of(IncomingEvent.parse(json, record)));
    }
}
