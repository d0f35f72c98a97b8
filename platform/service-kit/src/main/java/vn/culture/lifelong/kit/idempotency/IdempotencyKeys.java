package vn.culture.lifelong.kit.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import vn.culture.lifelong.kit.KitConfig;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.ConflictException;

/**
 * Serves a creating request at most once per caller and key: a retry gets what the first request created.
 * Runs inside the creating transaction, so the key and the creation commit together.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private final IdempotencyKeyRepository keys;
    private final Duration remembered;

    public IdempotencyKeys(IdempotencyKeyRepository keys, KitConfig config) {
        this.keys = keys;
        this.remembered = config.idempotency().remembered();
    }

    /**
     * Creates with {@code create} unless this caller already sent this key, in which case {@code previous}
     * finds what was created then. The same key with a different body is refused (409).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T createOnce(Optional<IdempotentRequest> request, String resourceType, Supplier<T> create,
            ToLongFunction<T> idOf, LongFunction<T> previous) {
        if (request.isEmpty()) {
            return create.get();
        }
        IdempotentRequest sent = request.get();
        OptionalLong earlier = earlierResource(sent, resourceType);
        if (earlier.isPresent()) {
            return previous.apply(earlier.getAsLong());
        }
        T created = create.get();
        IdempotencyKey record = new IdempotencyKey();
        record.id = new IdempotencyKey.Id(sent.caller(), sent.key());
        record.requestHash = sent.requestHash();
        record.resourceType = resourceType;
        record.resourceId = idOf.applyAsLong(created);
        record.createdAt = Timestamps.now();
        keys.persist(record);
        return created;
    }

    private OptionalLong earlierResource(IdempotentRequest sent, String resourceType) {
        IdempotencyKey earlier = keys.findById(new IdempotencyKey.Id(sent.caller(), sent.key()));
        if (earlier == null) {
            return OptionalLong.empty();
        }
        if (earlier.createdAt.isBefore(Timestamps.now().minus(remembered))) {
            keys.delete(earlier);
            keys.flush();
            return OptionalLong.empty();
        }
        if (!earlier.requestHash.equals(sent.requestHash()) || !earlier.resourceType.equals(resourceType)) {
            throw new ConflictException(IdempotentRequests.HEADER, "idempotency.key.reused", sent.key());
        }
        return OptionalLong.of(earlier.resourceId);
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetOldKeys() {
        keys.deleteCreatedBefore(Timestamps.now().minus(remembered));
    }
}
