package vn.culture.lifelong.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.rest.RequestIds;

/**
 * Makes a consumer idempotent: an event's id is recorded in the same transaction as its effect, so a redelivered
 * event (delivery is at least once) changes nothing. While the effect runs, the request id that caused the event
 * is in the logging context, and in the events the effect publishes in turn.
 *
 * <p>An event whose data this service cannot keep (a name longer than its column, a number or a day out of range, a
 * NUL character: PostgreSQL's data exceptions) fails the same way however often it is retried, and consumers retry
 * until an event is applied: it would hold its partition for good. It is {@link MalformedEventException malformed}
 * instead, so that it goes to the dead-letter topic and the partition moves on.
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
            ProcessedEvent record = new ProcessedEvent();
            record.id = event.id();
            record.eventType = event.type();
            record.processedAt = Timestamps.now();
            processed.persist(record);
            // Written now rather than at commit, so that data the database refuses is told apart here.
            processed.flush();
        } catch (RuntimeException e) {
            if (refusedAsData(e)) {
                throw new MalformedEventException("The data of " + event.type() + " does not fit what this service keeps", e);
            }
            throw e;
        } finally {
            RequestIds.set(null);
        }
        return true;
    }

    /** A PostgreSQL data exception (SQLSTATE class 22) under {@code failure}: the same data fails again. */
    private static boolean refusedAsData(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }
}
