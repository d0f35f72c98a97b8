package vn.culture.lifelong.kit.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxEventRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    public List<OutboxEvent> nextUnpublished(int limit) {
        return find("publishedAt is null order by sequence").page(0, limit).list();
    }

    public int markPublished(Collection<UUID> ids, OffsetDateTime at) {
        return update("publishedAt = ?1 where id in ?2", at, ids);
    }

    public long deletePublishedBefore(OffsetDateTime cutoff) {
        return delete("publishedAt < ?1", cutoff);
    }
}
