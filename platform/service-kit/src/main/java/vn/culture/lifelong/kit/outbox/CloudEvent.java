package vn.culture.lifelong.kit.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode; {@code data} is the event's JSON payload. {@code requestid}
 * is an extension attribute: the {@code X-Request-Id} of the request that caused the change, so that one request
 * can be followed across services (absent for changes no request caused).
 */
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        @JsonInclude(JsonInclude.Include.NON_NULL) String requestid,
        Object data) {

    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** A new envelope (a new id) around {@code event}, from {@code source}, e.g. {@code /plans-service}. */
    public static CloudEvent of(OutgoingEvent event, String source, String requestId) {
        return new CloudEvent("1.0", UUID.randomUUID(), source, event.type(), event.subject(), event.time(),
                "application/json", requestId, event.data());
    }
}
