package vn.culture.lifelong.plans.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.culture.lifelong.plans.domain.Timestamps;
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
        // A full batch means more may be waiting (a bulk import): keep going rather than wait for the next tick.
        int batchSize = config.outbox().batchSize();
        while (relayBatch() == batchSize) {
            LOG.debugf("Relayed a full batch of %d events; continuing", batchSize);
        }
    }

    /**
     * Hands the whole batch to the producer at once (it keeps their order per key), then marks events sent in
     * sequence order up to the first that the broker did not acknowledge. Returns how many were marked.
     */
    @Transactional
    public int relayBatch() {
        if (!repository.tryLockRelay()) {
            return 0;
        }
        List<OutboxEvent> batch = repository.nextUnpublished(config.outbox().batchSize());
        // Sent with the transaction suspended: the producer's callback threads must not carry it.
        List<CompletableFuture<Void>> acknowledgements = QuarkusTransaction.suspendingExisting().call(() -> batch.stream()
                .map(event -> kafka.sendMessage(toMessage(event)).subscribeAsCompletionStage())
                .toList());
        OffsetDateTime now = Timestamps.now();
        int sent = 0;
        for (OutboxEvent event : batch) {
            try {
                acknowledgements.get(sent).join();
            } catch (RuntimeException e) {
                LOG.warnf("Kafka did not take outbox event %s (%s); it and the ones after it stay queued: %s",
                        event.id, event.eventType, e.getMessage());
                break;
            }
            event.publishedAt = now;
            sent++;
        }
        return sent;
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteOldPublished() {
        repository.deletePublishedBefore(Timestamps.now().minus(config.outbox().retention()));
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
