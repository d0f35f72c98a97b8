package vn.culture.lifelong.reporting.obligations.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.culture.lifelong.kit.persistence.VietnamTime;

/**
 * Whether a report came in time: on time means first submitted by the end of the due day, Vietnam time; a report
 * returned and submitted again keeps its first submission.
 */
public enum Timeliness {
    /** Not submitted, and the deadline has not passed. */
    PENDING,
    ON_TIME,
    LATE,
    /** Not submitted, and the deadline has passed. */
    OVERDUE,
    /** The plan sets no deadline ("theo hướng dẫn"). */
    NO_DEADLINE;

    /** The last instant that is still on time for {@code dueDate}: the end of that day in Vietnam. */
    public static OffsetDateTime deadlineOf(LocalDate dueDate) {
        return dueDate == null ? null : dueDate.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
    }

    public static Timeliness of(OffsetDateTime deadline, OffsetDateTime firstSubmittedAt, OffsetDateTime now) {
        if (deadline == null) {
            return NO_DEADLINE;
        }
        if (firstSubmittedAt != null) {
            return firstSubmittedAt.isBefore(deadline) ? ON_TIME : LATE;
        }
        return now.isBefore(deadline) ? PENDING : OVERDUE;
    }
}
