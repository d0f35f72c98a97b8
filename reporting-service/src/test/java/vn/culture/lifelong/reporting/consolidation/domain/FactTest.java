package vn.culture.lifelong.reporting.consolidation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;

/** Which fact counts when several plans' reports give the same indicator, unit and period. */
class FactTest {

    private static final long UNIT = 42;
    private static final OffsetDateTime MORNING = OffsetDateTime.parse("2026-11-20T08:00:00+07:00");

    private static Fact fact(long plan, long report, ReportStatus status, int hoursAfterMorning, long visits) {
        return new Fact(plan, "LIB_READER_VISITS", UNIT, ObligationKind.ANNUAL, 2026, report, status,
                MORNING.plusHours(hoursAfterMorning), Figures.ofOne(BigDecimal.valueOf(visits), null, null, null));
    }

    private static long visits(Map<Fact.Key, Fact> counted, long plan, Basis basis) {
        return counted.get(new Fact.Key(plan, basis, "LIB_READER_VISITS", UNIT, ObligationKind.ANNUAL, 2026))
                .figures().numberSum().longValueExact();
    }

    @Test
    void aFactInTwoPlansCountsOnceAcrossPlansAsTheLatestAccepted() {
        Map<Fact.Key, Fact> counted = Fact.counted(List.of(
                fact(1, 10, ReportStatus.ACCEPTED, 0, 100),
                fact(2, 20, ReportStatus.ACCEPTED, 2, 120),
                fact(3, 30, ReportStatus.SUBMITTED, 5, 130)));

        assertEquals(120, visits(counted, Fact.ALL_PLANS, Basis.ACCEPTED));
        assertEquals(100, visits(counted, 1, Basis.ACCEPTED));
        assertEquals(120, visits(counted, 2, Basis.ACCEPTED));
        assertFalse(counted.containsKey(new Fact.Key(3, Basis.ACCEPTED, "LIB_READER_VISITS", UNIT, ObligationKind.ANNUAL, 2026)),
                "a submitted report does not count on the accepted basis");
        assertEquals(130, visits(counted, Fact.ALL_PLANS, Basis.SUBMITTED), "the newest figure, submitted or accepted");
        assertEquals(130, visits(counted, 3, Basis.SUBMITTED));
        // Two plans' facts are one unit's one answer: across plans, one key per basis, never two.
        assertEquals(1, counted.keySet().stream()
                .filter(key -> key.planId() == Fact.ALL_PLANS && key.basis() == Basis.ACCEPTED).count());
    }

    @Test
    void aPeriodIsTakenAsItStoodOnDecree09sLastDay() {
        assertEquals(LocalDate.of(2026, 6, 14), Fact.lastDayOf(ObligationKind.HALF_YEAR, 2026));
        assertEquals(LocalDate.of(2026, 12, 14), Fact.lastDayOf(ObligationKind.ANNUAL, 2026));
    }
}
