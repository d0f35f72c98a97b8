package vn.culture.lifelong.plans.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plan numbers, issue dates, reporting windows and what an amendment changed. */
class PlanRulesTest {

    @Test
    void planNumbersFollowTheOfficialForm() {
        assertThat(PlanNumbers.isOfficial("1133/KH-UBND")).isTrue();
        assertThat(PlanNumbers.isOfficial("1929/KH-SVHTTDL")).isTrue();
        assertThat(PlanNumbers.isOfficial("12/KH-UBND-VX")).isTrue();
        assertThat(PlanNumbers.isOfficial("/KH-UBND")).isFalse();
        assertThat(PlanNumbers.isOfficial("208/QĐ-TTg")).isFalse();
        assertThat(PlanNumbers.isOfficial("0133/KH-UBND")).isFalse();
        assertThat(PlanNumbers.isOfficial("1133/KH-ubnd")).isFalse();
        assertThat(PlanNumbers.isOfficial(null)).isFalse();
    }

    @Test
    void issueDatesMayLeaveTheDayOrMonthBlankButNeverBeUnreal() {
        assertThat(IssueDates.firstDay("2015-12-16")).isEqualTo(LocalDate.of(2015, 12, 16));
        assertThat(IssueDates.firstDay("2023-06")).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(IssueDates.firstDay("2014")).isEqualTo(LocalDate.of(2014, 1, 1));
        assertThat(IssueDates.isValid("2015-02-30")).isFalse();
        assertThat(IssueDates.isValid("2023-13")).isFalse();
        assertThat(IssueDates.isValid("16/12/2015")).isFalse();
        assertThat(IssueDates.isFullDate("2023-06")).isFalse();
    }

    @Test
    void reportsCoverTheDecree09WindowsUnlessThePlanSaysOtherwise() {
        ReportingRegime.Report halfYear = report(ReportingRegime.ReportKind.HALF_YEAR, null);
        assertThat(halfYear.effectiveDataWindow().firstDay(2020)).isEqualTo(LocalDate.of(2019, 12, 15));
        assertThat(halfYear.effectiveDataWindow().lastDay(2020)).isEqualTo(LocalDate.of(2020, 6, 14));
        ReportingRegime.Report annual = report(ReportingRegime.ReportKind.ANNUAL, null);
        assertThat(annual.effectiveDataWindow().firstDay(2020)).isEqualTo(LocalDate.of(2019, 12, 15));
        assertThat(annual.effectiveDataWindow().lastDay(2020)).isEqualTo(LocalDate.of(2020, 12, 14));
        ReportingRegime.DataWindow calendarYear = new ReportingRegime.DataWindow(new ReportingRegime.DayMonth(1, 1),
                new ReportingRegime.DayMonth(31, 12));
        ReportingRegime.Report overridden = report(ReportingRegime.ReportKind.ANNUAL, calendarYear);
        assertThat(overridden.effectiveDataWindow().firstDay(2020)).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(report(ReportingRegime.ReportKind.AD_HOC, null).effectiveDataWindow()).isNull();
        assertThat(new ReportingRegime.DayMonth(29, 2).in(2021)).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(new ReportingRegime.DayMonth(31, 4).isExistingDay()).isFalse();
    }

    private static ReportingRegime.Report report(ReportingRegime.ReportKind kind, ReportingRegime.DataWindow window) {
        return new ReportingRegime.Report(kind, null, new ReportingRegime.DayMonth(20, 6), List.of(), null,
                UnitSelector.of("12"), null, List.of(), List.of(), window);
    }

    @Test
    void anAmendmentListsWhatItChangedByKey() {
        Target visits = new Target("T1", "LIB_READER_VISITS", Target.Kind.ABSOLUTE, null, UnitSelector.of("12"), false, null,
                List.of(new Target.Value(2016, 2020, java.math.BigDecimal.TEN, null, false, null)), null, null, null, "x");
        Target books = new Target("T2", "LIB_BOOKS_ADDED", Target.Kind.ABSOLUTE, null, UnitSelector.of("12"), false, null,
                List.of(new Target.Value(2016, 2020, java.math.BigDecimal.ONE, null, false, null)), null, null, null, "x");
        Target moreVisits = new Target("T1", "LIB_READER_VISITS", Target.Kind.ABSOLUTE, null, UnitSelector.of("12"), false, null,
                List.of(new Target.Value(2016, 2020, java.math.BigDecimal.valueOf(20), null, false, null)), null, null, null, "x");
        Target exhibitions = new Target("T3", "MUS_THEMATIC_EXHIBITIONS", Target.Kind.COUNT_OF_ACTIVITIES, null,
                UnitSelector.of("12"), false, null, List.of(new Target.Value(2016, 2020, java.math.BigDecimal.ONE, null, false, null)),
                null, null, null, "x");
        PlanDocument before = document("Kế hoạch", List.of(visits, books));
        PlanDocument after = document("Kế hoạch (sửa đổi)", List.of(moreVisits, exhibitions));
        assertThat(PlanChanges.between(before, after))
                .containsExactly("title changed", "targets[T1] changed", "targets[T2] removed", "targets[T3] added");
        assertThat(PlanChanges.between(before, before)).isEmpty();
    }

    private static PlanDocument document(String title, List<Target> targets) {
        return new PlanDocument("1133/KH-UBND", "12", "2015-12-16", title, new PlanDocument.Horizon(2016, 2020), null, null,
                null, null, null, null, targets, null, null, null, null);
    }
}
