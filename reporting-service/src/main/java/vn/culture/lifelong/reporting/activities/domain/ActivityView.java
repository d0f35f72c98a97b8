package vn.culture.lifelong.reporting.activities.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** This service's copy of an activity a unit holds (from {@code events.activities.v1}), as far as drafts count it. */
@Entity
@Table(name = "activity_view")
public class ActivityView {

    public static final String HELD = "HELD";

    @Id
    @Column(name = "activity_id")
    public long activityId;

    /** plans-service's id of the unit holding it. */
    @Column(name = "unit_id", nullable = false)
    public long unitId;

    /** EXHIBITION, THEMATIC_DISPLAY… kept as text, so that a kind events-service adds later does not break this one. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** PLANNED, HELD or CANCELLED. */
    @Column(nullable = false)
    public String status;

    @Column(name = "actual_participants")
    public Integer actualParticipants;

    /** The activity's version in events-service; an event with an older one changes nothing. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
