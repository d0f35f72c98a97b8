package vn.culture.lifelong.plans.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
        try {
            row.envelope = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.type() + " cannot be written as JSON", e);
        }
        repository.persist(row);
    }
}
