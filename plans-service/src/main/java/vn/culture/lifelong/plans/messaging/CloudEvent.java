package vn.culture.lifelong.plans.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A CloudEvents 1.0 envelope in structured JSON mode; {@code data} is the event's JSON payload. */
public record CloudEvent<T>(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        T data) {

    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    public static final String SOURCE = "/plans-service";

    public static <T> CloudEvent<T> of(String type, String subject, OffsetDateTime time, T data) {
        return new CloudEvent<>("1.0", UUID.randomUUID(), SOURCE, type, subject, time, "application/json", data);
    }
}
