package vn.culture.lifelong.kit.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.culture.lifelong.kit.KitConfig;
import vn.culture.lifelong.kit.persistence.Timestamps;

/**
 * Sends outbox events to Kafka in sequence order and marks each one sent once the broker has acknowledged it
 * ({@code acks=all}). A crash between the send and the mark re-sends that event: delivery is at least once, and
 * consumers drop duplicates by event id. No database transaction stays open while the broker is awaited: a batch
 * is read in one short transaction and marked in another; {@link RelayLock} keeps relays of other instances out
 * in between.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxEventRepository repository;
    private final MutinyEmitter<String> kafka;
    private final DataSource dataSource;
    private final KitConfig.Outbox config;

    public OutboxRelay(OutboxEventRepository repository, @Channel("outbox") MutinyEmitter<String> kafka,
            DataSource dataSource, KitConfig config) {
        this.repository = repository;
        this.kafka = kafka;
        this.dataSource = dataSource;
        this.config = config.outbox();
    }

    // Not while the application starts or stops: its Kafka channel and database are not there then.
    @Scheduled(every = "${kit.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() throws SQLException {
        // A full batch means more may be waiting (a bulk import): keep going rather than wait for the next tick.
        int batchSize = config.batchSize();
        while (relayBatch() == batchSize) {
            LOG.debugf("Relayed a full batch of %d events; continuing", batchSize);
        }
    }

    /**
     * Hands one batch to the producer at once (it keeps their order per key), then marks events sent in sequence
     * order up to the first that the broker did not acknowledge. Returns how many were marked; 0 when another
     * relay is at work.
     */
    @Transactional(Transactional.TxType.NEVER)
    public int relayBatch() throws SQLException {
        Optional<RelayLock> lock = RelayLock.tryAcquire(dataSource);
        if (lock.isEmpty()) {
            return 0;
        }
        try (RelayLock held = lock.get()) {
            List<OutboxEvent> batch = QuarkusTransaction.requiringNew()
                    .call(() -> repository.nextUnpublished(config.batchSize()));
            List<CompletableFuture<Void>> acknowledgements = batch.stream()
                    .map(event -> kafka.sendMessage(toMessage(event)).subscribeAsCompletionStage())
                    .toList();
            List<UUID> acknowledged = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (!acknowledged(acknowledgements.get(i), batch.get(i))) {
                    break;
                }
                acknowledged.add(batch.get(i).id);
            }
            if (!acknowledged.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> repository.markPublished(acknowledged, Timestamps.now()));
            }
            return acknowledged.size();
        }
    }

    private boolean acknowledged(CompletableFuture<Void> acknowledgement, OutboxEvent event) {
        Duration patience = config.acknowledgementTimeout();
        try {
            acknowledgement.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.warnf("Kafka did not take outbox event %s (%s); it and the ones after it stay queued: %s",
                    event.id, event.eventType, e.getMessage());
            return false;
        }
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void deleteOldPublished() {
        repository.deletePublishedBefore(Timestamps.now().minus(config.retention()));
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
