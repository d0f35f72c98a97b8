package vn.culture.lifelong.plans.messaging;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.culture.lifelong.plans.config.PlansConfig;

/**
 * Sends outbox events to Kafka in sequence order and marks each one sent once the broker has acknowledged
 * it ({@code acks=all}). A crash between the send and the mark re-sends that event: delivery is at least
 * once, and consumers drop duplicates by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxEventRepository repository;
    private final MutinyEmitter<String> kafka;
    private final PlansConfig config;

    public OutboxRelay(OutboxEventRepository repository, @Channel("outbox") MutinyEmitter<String> kafka,
            PlansConfig config) {
        this.repository = repository;
        this.kafka = kafka;
        this.config = config;
    }

    @Scheduled(every = "${plans.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        relayBatch();
    }

    /** Returns how many events reached Kafka; stops at the first failure so that order is kept. */
    @Transactional
    public int relayBatch() {
        if (!repository.tryLockRelay()) {
            return 0;
        }
        List<OutboxEvent> batch = repository.nextUnpublished(config.outbox().batchSize());
        int sent = 0;
        for (OutboxEvent event : batch) {
            try {
                kafka.sendMessageAndAwait(toMessage(event));
            } catch (RuntimeException e) {
                LOG.warnf("Kafka did not take outbox event %s (%s); it stays queued: %s", event.id, event.eventType,
                        e.getMessage());
                break;
            }
            event.publishedAt = OffsetDateTime.now();
            sent++;
        }
        return sent;
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteOldPublished() {
        repository.deletePublishedBefore(OffsetDateTime.now().minus(config.outbox().retention()));
    }

    private static Message<String> toMessage(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return Message.of(event.envelope).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.messageKey)
                .withHeaders(headers)
                .build());
    }
}
