package vn.culture.lifelong.plans.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import vn.culture.lifelong.plans.domain.IdempotencyKey;

@ApplicationScoped
public class IdempotencyKeyRepository implements PanacheRepositoryBase<IdempotencyKey, IdempotencyKey.Id> {

    public long deleteCreatedBefore(OffsetDateTime cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
