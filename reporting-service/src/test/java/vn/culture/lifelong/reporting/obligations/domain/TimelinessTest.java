package vn.culture.lifelong.reporting.obligations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** On time means first submitted by the end of the due day, Vietnam time (UTC+7). */
class TimelinessTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 15);
    private static final OffsetDateTime DEADLINE = Timeliness.deadlineOf(DUE);

    private static OffsetDateTime vietnam(int day, int hour, int minute) {
        return OffsetDateTime.of(2026, 11, day, hour, minute, 0, 0, ZoneOffset.ofHours(7));
    }

    @Test
    void theDeadlineIsMidnightAfterTheDueDayInVietnam() {
        assertThat(DEADLINE).isEqualTo(vietnam(16, 0, 0));
        assertThat(DEADLINE.toInstant()).isEqualTo(OffsetDateTime.of(2026, 11, 15, 17, 0, 0, 0, ZoneOffset.UTC).toInstant());
    }

    @Test
    void submittedBeforeOnOrAfterTheDueDay() {
        OffsetDateTime later = vietnam(20, 9, 0);
        assertThat(Timeliness.of(DEADLINE, vietnam(14, 10, 0), later)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(DEADLINE, vietnam(15, 23, 59), later)).as("late evening of the due day")
                .isEqualTo(Timeliness.ON_TIME);
        // 17:30 UTC on the 15th is already the 16th in Vietnam.
        assertThat(Timeliness.of(DEADLINE, OffsetDateTime.of(2026, 11, 15, 17, 30, 0, 0, ZoneOffset.UTC), later))
                .isEqualTo(Timeliness.LATE);
        assertThat(Timeliness.of(DEADLINE, vietnam(16, 0, 0), later)).isEqualTo(Timeliness.LATE);
    }

    @Test
    void notSubmittedIsPendingUntilTheDeadlineThenOverdue() {
        assertThat(Timeliness.of(DEADLINE, null, vietnam(15, 23, 59))).isEqualTo(Timeliness.PENDING);
        assertThat(Timeliness.of(DEADLINE, null, vietnam(16, 0, 0))).isEqualTo(Timeliness.OVERDUE);
    }

    @Test
    void withoutADeadlineThereIsNoTimeliness() {
        assertThat(Timeliness.deadlineOf(null)).isNull();
        assertThat(Timeliness.of(null, null, vietnam(16, 0, 0))).isEqualTo(Timeliness.NO_DEADLINE);
        assertThat(Timeliness.of(null, vietnam(1, 0, 0), vietnam(16, 0, 0))).isEqualTo(Timeliness.NO_DEADLINE);
    }
}
