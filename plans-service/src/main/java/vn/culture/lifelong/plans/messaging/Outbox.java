package vn.culture.lifelong.plans.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import vn.culture.lifelong.plans.domain.Timestamps;

/**
 * Records an event in the caller's transaction: it reaches Kafka if and only if the change commits.
 * {@link OutboxRelay} sends it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxEventRepository repository;
    private final ObjectMapper json;

    public Outbox(OutboxEventRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, CloudEvent<?> event) {
        OutboxEvent row = new OutboxEvent();
        row.id = event.id();
        row.topic = topic;
        row.messageKey = event.subject();
        row.eventType = event.type();
        row.createdAt = Timestamps.now();
        row.envelope = envelope(event);
        repository.persist(row);
    }

    /**
     * Records many events of one topic in a JDBC batch on {@code connection}, the caller's transaction's, for
     * bulk changes where an entity per event would cost more than the change itself.
     */
    public void appendAll(Connection connection, String topic, List<CloudEvent<?>> events) throws SQLException {
        Timestamp now = Timestamp.from(Timestamps.now().toInstant());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event "
                + "(id, topic, message_key, event_type, envelope, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (CloudEvent<?> event : events) {
                insert.setObject(1, event.id());
                insert.setString(2, topic);
                insert.setString(3, event.subject());
                insert.setString(4, event.type());
                insert.setString(5, envelope(event));
                insert.setTimestamp(6, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private String envelope(CloudEvent<?> event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.type() + " cannot be written as JSON", e);
        }
    }
}
