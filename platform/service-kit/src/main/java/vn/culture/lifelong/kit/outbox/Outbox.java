package vn.culture.lifelong.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.BusinessRuleException;
import vn.culture.lifelong.kit.rest.RequestIds;

/**
 * Records events in the caller's transaction: they reach Kafka if and only if the change commits (never "persist,
 * then send"). {@link OutboxRelay} sends them afterwards. Each gets a CloudEvents envelope with this service as
 * its source and the current request id.
 *
 * <p>An event larger than the producer may send ({@code max.request.size}, 1 MiB unless configured) would never
 * leave: the relay sends in order, so it would hold back every event after it, for good. The change that would make
 * one is refused instead (422), and nothing of it is written.
 */
@ApplicationScoped
public class Outbox {

    /** What a record needs beside its value: the key, the headers, the record and batch framing. */
    private static final int RECORD_OVERHEAD = 4 * 1024;

    private final OutboxEventRepository repository;
    private final ObjectMapper json;
    private final String source;
    private final int largestEvent;

    public Outbox(OutboxEventRepository repository, ObjectMapper json,
            @ConfigProperty(name = "quarkus.application.name") String application,
            @ConfigProperty(name = "mp.messaging.outgoing.outbox.max.request.size", defaultValue = "1048576") int maxRequestSize) {
        this.repository = repository;
        this.json = json;
        this.source = "/" + application;
        this.largestEvent = maxRequestSize - RECORD_OVERHEAD;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OutgoingEvent event) {
        CloudEvent envelope = envelope(event);
        OutboxEvent row = new OutboxEvent();
        row.id = envelope.id();
        row.topic = event.topic();
        row.messageKey = event.subject();
        row.eventType = event.type();
        row.createdAt = Timestamps.now();
        row.envelope = write(envelope);
        repository.persist(row);
    }

    /**
     * Records many events in a JDBC batch on {@code connection}, the caller's transaction's, for bulk changes
     * where an entity per event would cost more than the change itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(Connection connection, List<? extends OutgoingEvent> events) throws SQLException {
        Timestamp now = Timestamp.from(Timestamps.now().toInstant());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event "
                + "(id, topic, message_key, event_type, envelope, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (OutgoingEvent event : events) {
                CloudEvent envelope = envelope(event);
                insert.setObject(1, envelope.id());
                insert.setString(2, event.topic());
                insert.setString(3, event.subject());
                insert.setString(4, event.type());
                insert.setString(5, write(envelope));
                insert.setTimestamp(6, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private CloudEvent envelope(OutgoingEvent event) {
        return CloudEvent.of(event, source, RequestIds.current().orElse(null));
    }

    private String write(CloudEvent envelope) {
        String written;
        try {
            written = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + envelope.type() + " cannot be written as JSON", e);
        }
        if (written.getBytes(StandardCharsets.UTF_8).length > largestEvent) {
            throw new BusinessRuleException("$", "outbox.event.too-large", largestEvent / 1024);
        }
        return written;
    }
}
