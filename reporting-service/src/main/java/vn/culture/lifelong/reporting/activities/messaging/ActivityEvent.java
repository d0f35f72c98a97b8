package vn.culture.lifelong.reporting.activities.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.culture.lifelong.kit.inbox.IncomingEvent;

/**
 * An event of {@code events.activities.v1} (contract: events-service's {@code events/events.activity.v1.schema.json}),
 * read for what drafts count. {@code activity} is empty for types this version does not know.
 */
public record ActivityEvent(IncomingEvent envelope, Optional<Activity> activity) {

    private static final Set<String> KNOWN = Set.of("events.activity.created.v1", "events.activity.updated.v1",
            "events.activity.held.v1", "events.activity.cancelled.v1");

    /** The payload, the parts this service keeps. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Activity(long id, long unitId, String kind, LocalDate startDate, LocalDate endDate, String status,
            Integer actualParticipants, long version) {

        public Activity {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(endDate, "endDate");
            Objects.requireNonNull(status, "status");
        }
    }

    public static ActivityEvent of(IncomingEvent envelope, ObjectMapper json) {
        if (!KNOWN.contains(envelope.type())) {
            return new ActivityEvent(envelope, Optional.empty());
        }
        return new ActivityEvent(envelope, Optional.of(envelope.dataAs(json, Activity.class, Activity::id)));
    }
}
