package vn.culture.lifelong.kit.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An event already applied; recorded in the same transaction as its effect, so a redelivery changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    public UUID id;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "processed_at", nullable = false)
    public OffsetDateTime processedAt;
}
