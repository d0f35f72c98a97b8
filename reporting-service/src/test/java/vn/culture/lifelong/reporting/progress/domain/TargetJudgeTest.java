package vn.culture.lifelong.reporting.progress.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.reporting.consolidation.domain.Figures;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;
import vn.culture.lifelong.reporting.plans.domain.UnitSelector;

/** Every kind of target judged with the seeds' numbers. */
class TargetJudgeTest {

    private static final UnitSelector PROVINCE = new UnitSelector("92", true, null, null);
    private static final TargetJudge.Indicator MORE_IS_BETTER_SUMMED = new TargetJudge.Indicator(false, true);
    private static final TargetJudge.Indicator MORE_IS_BETTER_STATE = new TargetJudge.Indicator(false, false);
    /** During the year (the half-year is in, the year's report is not). */
    private static final LocalDate DURING_2020 = LocalDate.of(2020, 7, 15);
    private static final LocalDate AFTER_2020 = LocalDate.of(2021, 2, 1);

    private static PlanTarget target(String kind, List<PlanTarget.Value> values) {
        return new PlanTarget("T01", "LIB_READER_VISITS", kind, PROVINCE, false, values, null, null, null);
    }

    private static PlanTarget.Value value(int from, int to, long min, Long max, Integer outOf) {
        return new PlanTarget.Value(from, to, BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max), false,
                outOf);
    }

    private static Figures number(long value) {
        return Figures.ofOne(BigDecimal.valueOf(value), null, null, null);
    }

    private static Figures yesOutOf(int yes, int answered) {
        return IntStream.range(0, answered).mapToObj(unit -> Figures.ofOne(null, unit < yes, null, null))
                .reduce(Figures.NONE, Figures::plus);
    }

    private static Readings annual(int year, Figures annual, long unitsInScope) {
        return new Readings(year, LocalDate.of(year + 1, 1, 20), annual, null, unitsInScope, null, null);
    }

    private static Readings halfYear(int year, Figures halfYear, long unitsInScope) {
        return new Readings(year, LocalDate.of(year, 7, 15), null, halfYear, unitsInScope, null, null);
    }

    @Test
    void laiChausRangesAreMetInOrAboveTheRange() {
        // "Thư viện tỉnh phục vụ 8.000–9.000 lượt độc giả/năm; đến 2020 10.000–12.000".
        PlanTarget visits = target("RANGE", List.of(value(2016, 2019, 8_000, 9_000L, null), value(2020, 2020, 10_000, 12_000L, null)));
        assertEquals(Status.MET, TargetJudge.judge(visits, MORE_IS_BETTER_SUMMED, annual(2018, number(8_500), 1)).status());
        assertEquals(Status.MET, TargetJudge.judge(visits, MORE_IS_BETTER_SUMMED, annual(2018, number(9_500), 1)).status(),
                "above the range is met");
        assertEquals(Status.NOT_MET, TargetJudge.judge(visits, MORE_IS_BETTER_SUMMED, annual(2018, number(7_999), 1)).status());
        assertEquals(Status.NOT_MET, TargetJudge.judge(visits, MORE_IS_BETTER_SUMMED, annual(2020, number(9_500), 1)).status(),
                "2020 asks 10.000–12.000");

        Evaluation onTrack = TargetJudge.judge(visits, MORE_IS_BETTER_SUMMED, halfYear(2020, number(5_100), 1));
        assertEquals(Status.ON_TRACK, onTrack.status());
        assertEquals(0, BigDecimal.valueOf(10_200).compareTo(onTrack.projected()), "the half-year's visits doubled");
        assertEquals(Evaluation.HALF_YEAR, onTrack.basis());
        assertEquals(Status.AT_RISK, TargetJudge.judge(visits, MORE_IS_BETTER_SUMMED, halfYear(2020, number(4_900), 1)).status());
        assertEquals(Status.NO_DATA, TargetJudge.judge(visits, MORE_IS_BETTER_SUMMED,
                new Readings(2020, AFTER_2020, null, number(5_100), 1, null, null)).status(),
                "a year over without its annual report is not judged from the half-year");
        assertEquals(Status.NO_DATA, TargetJudge.judge(visits, MORE_IS_BETTER_SUMMED, annual(2020, Figures.NONE, 1)).status());
    }

    @Test
    void canThosCountOutOfATotalCountsCommunesAnsweringYes() {
        // "77/85 thư viện/phòng đọc xã, phường năm 2019; 81/85 năm 2020".
        PlanTarget readingRooms = target("COUNT_OUT_OF_TOTAL", List.of(value(2019, 2019, 77, null, 85), value(2020, 2020, 81, null, 85)));
        Evaluation in2019 = TargetJudge.judge(readingRooms, MORE_IS_BETTER_STATE, annual(2019, yesOutOf(78, 85), 85));
        assertEquals(Status.MET, in2019.status());
        assertEquals(0, BigDecimal.valueOf(78).compareTo(in2019.actual()));
        assertEquals(Status.NOT_MET, TargetJudge.judge(readingRooms, MORE_IS_BETTER_STATE, annual(2020, yesOutOf(78, 85), 85)).status());
        assertEquals(Status.ON_TRACK, TargetJudge.judge(readingRooms, MORE_IS_BETTER_STATE, halfYear(2020, yesOutOf(81, 83), 85)).status(),
                "a state is not doubled: 81 rooms by mid-year is the target");
    }

    @Test
    void dongNaisGrowthIsCompoundedFromTheBaselineYearsActual() {
        // "số lượt người sử dụng thư viện tăng bình quân 15%/năm", from 2015's actual.
        PlanTarget users = new PlanTarget("T05", "LIB_READER_VISITS", "GROWTH", PROVINCE, false,
                List.of(value(2016, 2020, 15, null, null)), new PlanTarget.Baseline(2015, null), null, null);
        Readings in2017 = new Readings(2017, LocalDate.of(2018, 1, 20), number(1_330_000), null, 1,
                BigDecimal.valueOf(1_000_000), null);
        Evaluation met = TargetJudge.judge(users, MORE_IS_BETTER_SUMMED, in2017);
        assertEquals(0, new BigDecimal("1322500").compareTo(met.required()), "1.000.000 × 1,15²");
        assertEquals(Status.MET, met.status());
        assertEquals(Status.NOT_MET, TargetJudge.judge(users, MORE_IS_BETTER_SUMMED, new Readings(2017, LocalDate.of(2018, 1, 20),
                number(1_300_000), null, 1, BigDecimal.valueOf(1_000_000), null)).status());
        assertEquals(Status.NO_DATA, TargetJudge.judge(users, MORE_IS_BETTER_SUMMED, new Readings(2017, LocalDate.of(2018, 1, 20),
                number(1_330_000), null, 1, null, null)).status(), "without the baseline's actual, nothing to grow from");
        PlanTarget stated = new PlanTarget("T05", "LIB_READER_VISITS", "GROWTH", PROVINCE, false,
                List.of(value(2016, 2020, 15, null, null)), new PlanTarget.Baseline(2015, BigDecimal.valueOf(1_000_000)), null, null);
        assertEquals(Status.MET, TargetJudge.judge(stated, MORE_IS_BETTER_SUMMED,
                new Readings(2016, LocalDate.of(2017, 1, 20), number(1_150_000), null, 1, null, null)).status());
    }

    @Test
    void coverageAndShareArePercents() {
        // Đồng Nai: "50% thư viện cấp xã cung cấp Internet miễn phí"; "15–20% số dân sử dụng thư viện".
        PlanTarget internet = target("COVERAGE", List.of(value(2020, 2020, 50, null, null)));
        Evaluation half = TargetJudge.judge(internet, MORE_IS_BETTER_STATE, annual(2020, yesOutOf(85, 120), 170));
        assertEquals(new BigDecimal("50.00"), half.actual(), "85 of the 170 commune libraries, though only 120 reported");
        assertEquals(Status.MET, half.status());
        assertEquals(Status.NOT_MET, TargetJudge.judge(internet, MORE_IS_BETTER_STATE, annual(2020, yesOutOf(84, 170), 170)).status());

        PlanTarget readers = target("SHARE_OF_POPULATION", List.of(value(2020, 2020, 15, 20L, null)));
        Figures shares = Figures.ofOne(null, null, BigDecimal.valueOf(3_000), BigDecimal.valueOf(10_000))
                .plus(Figures.ofOne(null, null, BigDecimal.valueOf(4_000), BigDecimal.valueOf(40_000)));
        Evaluation share = TargetJudge.judge(readers, MORE_IS_BETTER_STATE, annual(2020, shares, 2));
        assertEquals(new BigDecimal("14.00"), share.actual(), "7.000 of 50.000, not the average of 30% and 10%");
        assertEquals(Status.NOT_MET, share.status());
    }

    @Test
    void aMilestoneIsDoneByItsDay() {
        PlanTarget building = new PlanTarget("T09", "GEN_MILESTONE_DONE", "MILESTONE", PROVINCE, false, List.of(), null, null,
                LocalDate.of(2020, 12, 31));
        assertTrue(TargetJudge.appliesTo(building, 2020));
        assertEquals(Status.MET, TargetJudge.judge(building, MORE_IS_BETTER_STATE, annual(2020, yesOutOf(1, 1), 1)).status());
        assertEquals(Status.ON_TRACK, TargetJudge.judge(building, MORE_IS_BETTER_STATE, halfYear(2020, yesOutOf(0, 1), 1)).status());
        assertEquals(Status.NOT_MET, TargetJudge.judge(building, MORE_IS_BETTER_STATE, annual(2020, yesOutOf(0, 1), 1)).status());
        assertEquals(Status.NO_DATA, TargetJudge.judge(building, MORE_IS_BETTER_STATE, annual(2020, Figures.NONE, 1)).status());
    }

    @Test
    void aRecurringFestivalIsHeldInEachCycle() {
        // Lai Châu: festivals "cấp tỉnh, huyện 02 năm 01 lần, cấp xã mỗi năm một lần", 2016–2020.
        PlanTarget everyTwoYears = new PlanTarget("T07", "CUL_FESTIVALS", "RECURRING", PROVINCE, false, List.of(), null,
                new PlanTarget.Recurrence(2, 1, 2016, 2020), null);
        assertFalse(TargetJudge.appliesTo(everyTwoYears, 2021));
        Map<Integer, Figures> heldIn2016 = Map.of(2016, number(1), 2017, number(0));
        assertEquals(Status.MET, TargetJudge.judge(everyTwoYears, MORE_IS_BETTER_SUMMED,
                new Readings(2017, LocalDate.of(2018, 1, 20), null, null, 1, null, heldIn2016)).status());
        Map<Integer, Figures> none = Map.of(2016, number(0), 2017, number(0));
        assertEquals(Status.ON_TRACK, TargetJudge.judge(everyTwoYears, MORE_IS_BETTER_SUMMED,
                new Readings(2016, LocalDate.of(2017, 1, 20), null, null, 1, null, none)).status(), "2017 may still hold it");
        assertEquals(Status.NOT_MET, TargetJudge.judge(everyTwoYears, MORE_IS_BETTER_SUMMED,
                new Readings(2017, LocalDate.of(2018, 1, 20), null, null, 1, null, none)).status());
        // 2020 is a cycle of one year (2020–2021 cut at the plan's end).
        assertEquals(Status.AT_RISK, TargetJudge.judge(everyTwoYears, MORE_IS_BETTER_SUMMED,
                new Readings(2020, DURING_2020, null, null, 1, null, Map.of(2020, number(0)))).status());

        PlanTarget everyYear = new PlanTarget("T08", "CUL_FESTIVALS", "RECURRING", PROVINCE, true, List.of(), null,
                new PlanTarget.Recurrence(1, 1, 2016, 2020), null);
        List<Evaluation> communes = List.of(
                TargetJudge.judge(everyYear, MORE_IS_BETTER_SUMMED, new Readings(2018, LocalDate.of(2019, 1, 20), null, null, 1, null,
                        Map.of(2018, number(1)))),
                TargetJudge.judge(everyYear, MORE_IS_BETTER_SUMMED, new Readings(2018, LocalDate.of(2019, 1, 20), null, null, 1, null,
                        Map.of(2018, number(0)))));
        Evaluation each = TargetJudge.ofEachUnit(communes, 2);
        assertEquals(Status.NOT_MET, each.status(), "one commune held none");
        assertEquals(0, BigDecimal.ONE.compareTo(each.actual()), "one commune of two meets it");
    }

    @Test
    void aLowerIsBetterIndicatorIsMetAtOrBelow() {
        PlanTarget complaints = target("ABSOLUTE", List.of(value(2020, 2020, 10, null, null)));
        TargetJudge.Indicator lessIsBetter = new TargetJudge.Indicator(true, true);
        assertEquals(Status.MET, TargetJudge.judge(complaints, lessIsBetter, annual(2020, number(8), 1)).status());
        assertEquals(Status.NOT_MET, TargetJudge.judge(complaints, lessIsBetter, annual(2020, number(12), 1)).status());
    }
}
