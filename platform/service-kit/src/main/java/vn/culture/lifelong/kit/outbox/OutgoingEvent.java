package vn.culture.lifelong.kit.outbox;

import java.time.OffsetDateTime;

/**
 * An event a service publishes, as it hands it to the {@link Outbox}: one class per kind of event, which builds
 * its own payload in one place. The outbox wraps it in a CloudEvents envelope.
 */
public interface OutgoingEvent {

    /** The Kafka topic, e.g. {@code plans.units.v1}. */
    String topic();

    /** The CloudEvents type, e.g. {@code plans.unit.created.v1}. */
    String type();

    /** What the event is about (the aggregate's id or code): the CloudEvents subject and the Kafka key, so one aggregate's events keep their order. */
    String subject();

    /** When the change happened. */
    OffsetDateTime time();

    /** The payload, written as JSON. */
    Object data();
}
