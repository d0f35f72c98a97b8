package vn.culture.lifelong.plans.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An issued state of a plan, kept for ever: revision 1 is the plan as issued, each later one an amendment with
 * what it changed. Never updated.
 */
@Entity
@Table(name = "plan_revision")
public class PlanRevision {

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public PlanDocument document;

    /** The amending document's number, when it has one. */
    @Column(name = "amendment_number", updatable = false)
    public String amendmentNumber;

    @Column(name = "effective_on", nullable = false, updatable = false)
    public LocalDate effectiveOn;

    @Column(updatable = false)
    public String reason;

    /** What this revision changed from the one before, e.g. "targets[T02] changed"; empty for revision 1. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<String> changes;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Embeddable
    public record Key(@Column(name = "plan_id") long planId, int revision) implements Serializable {
    }
}
