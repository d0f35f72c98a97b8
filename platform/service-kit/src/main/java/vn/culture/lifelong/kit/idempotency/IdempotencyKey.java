package vn.culture.lifelong.kit.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A creating request already served: which caller sent which key, for which request, creating what. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey {

    @Embeddable
    public record Id(String caller, String key) implements Serializable {
    }

    @EmbeddedId
    public Id id;

    /** SHA-256 of the request body: the same key with another body is a client error, not a retry. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_id", nullable = false)
    public long resourceId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
