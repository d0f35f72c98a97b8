package vn.culture.lifelong.kit.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.kit.KitConfig;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.ConflictException;

/** The rule of Idempotency-Key, over keys kept in memory instead of the database. */
class IdempotencyKeysTest {

    /** The repository's few operations the rule uses, on a map. */
    private static final class KeysInMemory extends IdempotencyKeyRepository {

        final Map<IdempotencyKey.Id, IdempotencyKey> stored = new HashMap<>();

        @Override
        public IdempotencyKey findById(IdempotencyKey.Id id) {
            return stored.get(id);
        }

        @Override
        public void persist(IdempotencyKey key) {
            stored.put(key.id, key);
        }

        @Override
        public void delete(IdempotencyKey key) {
            stored.remove(key.id);
        }

        @Override
        public void flush() {
        }
    }

    private static final KitConfig CONFIG = new KitConfig() {
        @Override
        public Outbox outbox() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Paging paging() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Idempotency idempotency() {
            return () -> Duration.ofHours(24);
        }
    };

    private final KeysInMemory repository = new KeysInMemory();
    private final IdempotencyKeys keys = new IdempotencyKeys(repository, CONFIG);
    private final AtomicLong created = new AtomicLong();

    private long create(Optional<IdempotentRequest> request) {
        return keys.createOnce(request, "unit", created::incrementAndGet, id -> id, id -> id);
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        assertThat(create(Optional.empty())).isEqualTo(1);
        assertThat(create(Optional.empty())).isEqualTo(2);
        assertThat(repository.stored).isEmpty();
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsWhatTheFirstCreated() {
        IdempotentRequest request = new IdempotentRequest("admin.demo", "key-1", "hash-a");
        assertThat(create(Optional.of(request))).isEqualTo(1);
        assertThat(create(Optional.of(request))).isEqualTo(1);
        assertThat(created).hasValue(1);
    }

    @Test
    void theSameKeyOfAnotherCallerIsAnotherRequest() {
        create(Optional.of(new IdempotentRequest("admin.demo", "key-1", "hash-a")));
        assertThat(create(Optional.of(new IdempotentRequest("planner.langson", "key-1", "hash-a")))).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        create(Optional.of(new IdempotentRequest("admin.demo", "key-1", "hash-a")));
        assertThatThrownBy(() -> create(Optional.of(new IdempotentRequest("admin.demo", "key-1", "hash-b"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("Idempotency-Key"));
        assertThat(created).hasValue(1);
    }

    @Test
    void aKeyOlderThanItsRememberedTimeIsForgotten() {
        IdempotentRequest request = new IdempotentRequest("admin.demo", "key-1", "hash-a");
        create(Optional.of(request));
        repository.stored.values().forEach(key -> key.createdAt = Timestamps.now().minusHours(25));
        assertThat(create(Optional.of(request))).isEqualTo(2);
        assertThat(repository.stored.values()).singleElement().satisfies(key -> assertThat(key.resourceId).isEqualTo(2));
    }
}
