package vn.culture.lifelong.reporting.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/**
 * One step in a report's history: a change of state (with its reason) or of one value (old and new), by whom
 * (user and unit from the token) and when. Rows are only ever added; the database refuses to change or delete them.
 */
@Entity
@Immutable
@Table(name = "report_history")
public class HistoryEntry {

    public enum Action {
        CREATED,
        CHANGED,
        SUBMITTED,
        RETURNED,
        ACCEPTED,
        REOPENED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public long reportId;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_unit")
    public String actorUnit;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public Action action;

    /** What changed, e.g. {@code lines[T01/06184].value} or {@code difficulties}; empty for a change of state. */
    public String field;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    public String reason;
}
