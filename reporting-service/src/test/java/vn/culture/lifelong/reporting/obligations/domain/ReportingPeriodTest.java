package vn.culture.lifelong.reporting.obligations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.reporting.plans.domain.RegimeReport;
import vn.culture.lifelong.reporting.plans.domain.RegimeReport.DayMonth;
import vn.culture.lifelong.reporting.plans.domain.RegimeReport.LevelDeadline;
import vn.culture.lifelong.reporting.plans.domain.UnitSelector;

/** Periods, data windows and deadlines of the seeds' regimes (DOMAIN.md, "Reporting regimes in the seeds"). */
class ReportingPeriodTest {

    private static final UnitSelector PROVINCE = new UnitSelector("20", false, null, null);
    private static final UnitSelector COMMUNES = new UnitSelector("20", true, null, "COMMUNE");

    private static RegimeReport report(String kind, DayMonth due, List<LevelDeadline> byLevel, LocalDate dueOn,
            RegimeReport.DataWindow window) {
        return new RegimeReport(kind, null, due, byLevel, dueOn, PROVINCE, List.of(COMMUNES), window);
    }

    @Test
    void laiChauHalfYearAndAnnualReportsOverTheHorizonUseDecree09Windows() {
        // Lai Châu 1133/KH-UBND: half-year before 20/6, annual before 30/11.
        List<ReportingPeriod> periods = ReportingPeriod.of(List.of(
                report("HALF_YEAR", new DayMonth(20, 6), List.of(), null, null),
                report("ANNUAL", new DayMonth(30, 11), List.of(), null, null)), 2016, 2020, null);

        assertThat(periods).hasSize(10);
        ReportingPeriod half2017 = periods.stream().filter(p -> p.kind() == ObligationKind.HALF_YEAR && p.year() == 2017)
                .findFirst().orElseThrow();
        assertThat(half2017.dataFrom()).isEqualTo(LocalDate.of(2016, 12, 15));
        assertThat(half2017.dataTo()).isEqualTo(LocalDate.of(2017, 6, 14));
        assertThat(half2017.unitsOn()).isEqualTo(LocalDate.of(2017, 6, 14));
        assertThat(half2017.dueDateFor("COMMUNE")).contains(LocalDate.of(2017, 6, 20));
        assertThat(half2017.regimeKey()).isEqualTo("HALF_YEAR#1");

        ReportingPeriod annual2020 = periods.get(periods.size() - 1);
        assertThat(annual2020.kind()).isEqualTo(ObligationKind.ANNUAL);
        assertThat(annual2020.dataFrom()).isEqualTo(LocalDate.of(2019, 12, 15));
        assertThat(annual2020.dataTo()).isEqualTo(LocalDate.of(2020, 12, 14));
        assertThat(annual2020.dueDateFor("COMMUNE")).contains(LocalDate.of(2020, 11, 30));
    }

    @Test
    void deadlinesMayDifferPerLevel() {
        ReportingPeriod annual = ReportingPeriod.of(List.of(report("ANNUAL", new DayMonth(15, 11),
                List.of(new LevelDeadline("COMMUNE", new DayMonth(5, 11)), new LevelDeadline("PROVINCE", new DayMonth(25, 11))),
                null, null)), 2026, 2026, null).get(0);

        assertThat(annual.dueDateFor("COMMUNE")).contains(LocalDate.of(2026, 11, 5));
        assertThat(annual.dueDateFor("PROVINCE")).contains(LocalDate.of(2026, 11, 25));
        assertThat(annual.dueDateFor("DISTRICT")).as("levels the plan does not name take its general day")
                .contains(LocalDate.of(2026, 11, 15));
    }

    @Test
    void aRegimeWithoutADayHasNoDeadline() {
        // Phú Yên: "6 tháng" with no day, "theo hướng dẫn".
        ReportingPeriod half = ReportingPeriod.of(List.of(report("HALF_YEAR", null, List.of(), null, null)), 2026, 2026, null)
                .get(0);
        assertThat(half.dueDateFor("COMMUNE")).isEmpty();
    }

    @Test
    void aDayEarlyInTheWindowMeansTheNextYear() {
        ReportingPeriod annual = ReportingPeriod.of(List.of(report("ANNUAL", new DayMonth(15, 1), List.of(), null, null)),
                2026, 2026, null).get(0);
        assertThat(annual.dueDateFor("COMMUNE")).contains(LocalDate.of(2027, 1, 15));
    }

    @Test
    void thePlansOwnWindowOverridesDecree09() {
        RegimeReport.DataWindow calendarYear = new RegimeReport.DataWindow(new DayMonth(1, 1), new DayMonth(31, 12));
        ReportingPeriod annual = ReportingPeriod.of(List.of(report("ANNUAL", new DayMonth(15, 1), List.of(), null,
                calendarYear)), 2026, 2026, null).get(0);
        assertThat(annual.dataFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(annual.dataTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(annual.dueDateFor("COMMUNE")).contains(LocalDate.of(2027, 1, 15));
    }

    @Test
    void anAdHocReportDueOnADateIsOnePeriodAndOneOnRequestIsNone() {
        // Cần Thơ: budget estimates before 19/6/2019.
        List<ReportingPeriod> periods = ReportingPeriod.of(List.of(
                report("AD_HOC", null, List.of(), LocalDate.of(2019, 6, 19), null),
                report("AD_HOC", null, List.of(), null, null)), 2019, 2020, null);
        assertThat(periods).singleElement().satisfies(period -> {
            assertThat(period.year()).isEqualTo(2019);
            assertThat(period.dataFrom()).isNull();
            assertThat(period.unitsOn()).isEqualTo(LocalDate.of(2019, 6, 19));
            assertThat(period.dueDateFor("COMMUNE")).contains(LocalDate.of(2019, 6, 19));
        });
    }

    @Test
    void aPlanThatEndedDropsThePeriodsStartingAfterItsLastDay() {
        List<ReportingPeriod> periods = ReportingPeriod.of(List.of(
                report("HALF_YEAR", new DayMonth(20, 6), List.of(), null, null),
                report("ANNUAL", new DayMonth(30, 11), List.of(), null, null)), 2025, 2030, LocalDate.of(2026, 3, 31));
        // Periods starting on or before 31/3/2026: 2025 (both, from 15/12/2024) and 2026 (both, from 15/12/2025).
        assertThat(periods).extracting(ReportingPeriod::year).containsOnly(2025, 2026).hasSize(4);
    }

    @Test
    void reportsOfOneKindAreToldApartByRank() {
        List<ReportingPeriod> periods = ReportingPeriod.of(List.of(
                report("ANNUAL", new DayMonth(30, 11), List.of(), null, null),
                report("ANNUAL", new DayMonth(15, 12), List.of(), null, null)), 2026, 2026, null);
        assertThat(periods).extracting(ReportingPeriod::regimeKey).containsExactly("ANNUAL#1", "ANNUAL#2");
    }
}
