package vn.culture.lifelong.plans.messaging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxEventRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /** Any number will do as long as every instance of plans-service uses the same one. */
    private static final long RELAY_LOCK = 0x504c414e534f5554L;

    /**
     * One relay at a time across all instances, so that events leave in sequence order; released when
     * the calling transaction ends.
     */
    public boolean tryLockRelay() {
        Object locked = getEntityManager()
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    public List<OutboxEvent> nextUnpublished(int limit) {
        return find("publishedAt is null order by sequence").page(0, limit).list();
    }

    public long deletePublishedBefore(OffsetDateTime cutoff) {
        return delete("publishedAt < ?1", cutoff);
    }
}
