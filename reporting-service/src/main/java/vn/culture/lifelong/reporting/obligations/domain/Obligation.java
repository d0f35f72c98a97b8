package vn.culture.lifelong.reporting.obligations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a unit owes: a report of a plan for a period (derived from the plan's regime) or for an ad-hoc request. The
 * report's state, id and first submission are mirrored here in the same transaction as the report changes, so that
 * reminder lists and completeness read this table alone.
 */
@Entity
@Table(name = "obligation")
public class Obligation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public long planId;

    /** Which report of the regime ("ANNUAL#1"); empty for an ad-hoc request. */
    @Column(name = "regime_key")
    public String regimeKey;

    @Column(name = "request_id")
    public Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObligationKind kind;

    @Column(nullable = false)
    public int year;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "receiving_unit_id", nullable = false)
    public long receivingUnitId;

    /** The request's title, or the regime report's when it has one. */
    public String title;

    @Column(name = "data_from")
    public LocalDate dataFrom;

    @Column(name = "data_to")
    public LocalDate dataTo;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The end of the due day in Vietnam; set with the due date ({@link #dueOn}). */
    public OffsetDateTime deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObligationStatus status = ObligationStatus.NOT_STARTED;

    @Column(name = "report_id")
    public Long reportId;

    @Column(name = "first_submitted_at")
    public OffsetDateTime firstSubmittedAt;

    @Column(name = "return_count", nullable = false)
    public int returnCount;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public void dueOn(LocalDate day) {
        dueDate = day;
        deadline = Timeliness.deadlineOf(day);
    }

    public Timeliness timeliness(OffsetDateTime now) {
        return Timeliness.of(deadline, firstSubmittedAt, now);
    }

    public boolean isStarted() {
        return status != ObligationStatus.NOT_STARTED;
    }
}
