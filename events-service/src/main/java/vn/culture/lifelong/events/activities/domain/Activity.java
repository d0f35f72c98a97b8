package vn.culture.lifelong.events.activities.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An activity a unit holds (an exhibition for Book Day, a reading contest…): when and where, the day it celebrates and
 * the plan task it carries out if any, expected then actual participants, and whether the public sees it.
 */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** plans-service's id of the unit holding it. */
    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityKind kind;

    @Column(nullable = false)
    public String title;

    public String place;

    @Column(name = "all_day", nullable = false)
    public boolean allDay;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** The last day, inclusive. */
    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    @Column(name = "day_code")
    public String dayCode;

    @Column(name = "plan_id")
    public Long planId;

    @Column(name = "task_key")
    public String taskKey;

    @Column(name = "expected_participants")
    public Integer expectedParticipants;

    @Column(name = "actual_participants")
    public Integer actualParticipants;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityStatus status = ActivityStatus.PLANNED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Version
    public long version;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public ActivityTime time() {
        return new ActivityTime(allDay, startDate, endDate, startsAt, endsAt);
    }

    public void reschedule(ActivityTime time) {
        allDay = time.allDay();
        startDate = time.startDate();
        endDate = time.endDate();
        startsAt = time.startsAt();
        endsAt = time.endsAt();
    }
}
