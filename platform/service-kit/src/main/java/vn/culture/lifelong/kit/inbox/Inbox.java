package vn.culture.lifelong.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.rest.RequestIds;

/**
 * Makes a consumer idempotent: an event's id is recorded in the same transaction as its effect, so a redelivered
 * event (delivery is at least once) changes nothing. While the effect runs, the request id that caused the event
 * is in the logging context, and in the events the effect publishes in turn.
 */
@ApplicationScoped
public class Inbox {

    private final ProcessedEventRepository processed;

    public Inbox(ProcessedEventRepository processed) {
        this.processed = processed;
    }

    /** Runs {@code effect} unless {@code event} was processed before; returns whether it ran. */
    @Transactional
    public boolean applyOnce(IncomingEvent event, Runnable effect) {
        if (processed.findById(event.id()) != null) {
            return false;
        }
        RequestIds.set(event.requestId().orElse(null));
        try {
            effect.run();
        } finally {
            RequestIds.set(null);
        }
        ProcessedEvent record = new ProcessedEvent();
        record.id = event.id();
        record.eventType = event.type();
        record.processedAt = Timestamps.now();
        processed.persist(record);
        return true;
    }
}
