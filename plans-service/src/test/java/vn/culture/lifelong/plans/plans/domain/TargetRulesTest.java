package vn.culture.lifelong.plans.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.plans.indicators.domain.AcrossUnits;
import vn.culture.lifelong.plans.indicators.domain.ValueType;
import vn.culture.lifelong.plans.units.domain.AdministrativeLevel;
import vn.culture.lifelong.plans.units.domain.UnitKind;

/** The rules of each target kind, one broken at a time. */
class TargetRulesTest {

    private static final PlanDocument.Horizon HORIZON = new PlanDocument.Horizon(2016, 2020);
    private static final UnitSelector PROVINCE = UnitSelector.of("12");
    private static final UnitSelector DISTRICT_LIBRARIES = new UnitSelector("12", true, UnitKind.LIBRARY,
            AdministrativeLevel.DISTRICT, "Thư viện các huyện");

    private static Target.Value value(int from, int to, int min, Integer max, Integer outOf) {
        return new Target.Value(from, to, BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max), false, outOf);
    }

    private static Target target(Target.Kind kind, UnitSelector scope, List<Target.Value> values) {
        return new Target("T1", "X", kind, null, scope, false, null, values, null, null, null, "câu gốc");
    }

    private static List<String> broken(Target target, ValueType type) {
        return TargetRules.check(target, type, HORIZON, "targets[0]").stream()
                .map(violation -> violation.field() + " " + violation.messageKey()).toList();
    }

    @Test
    void everyKindOfTheSeedsFitsWhenWellFormed() {
        assertThat(broken(target(Target.Kind.RANGE, PROVINCE, List.of(value(2016, 2019, 8000, 9000, null),
                value(2020, 2020, 10000, 12000, null))), ValueType.NUMBER)).isEmpty();
        assertThat(broken(target(Target.Kind.COUNT_OUT_OF_TOTAL, DISTRICT_LIBRARIES, List.of(value(2019, 2019, 77, null, 85))),
                ValueType.YES_NO)).isEmpty();
        assertThat(broken(new Target("T1", "X", Target.Kind.GROWTH, null, PROVINCE, false, null,
                List.of(value(2016, 2020, 15, null, null)), new Target.Baseline(2015, null), null, null, "x"),
                ValueType.NUMBER)).isEmpty();
        assertThat(broken(new Target("T1", "X", Target.Kind.MILESTONE, null, PROVINCE, false, null, List.of(), null, null,
                LocalDate.of(2020, 12, 31), "x"), ValueType.YES_NO)).isEmpty();
        assertThat(broken(new Target("T1", "X", Target.Kind.RECURRING, null, PROVINCE, false, null, List.of(), null,
                new Target.Recurrence(2, 1, 2016, 2020), null, "x"), ValueType.NUMBER)).isEmpty();
        assertThat(broken(new Target("T1", "X", Target.Kind.SHARE_OF_POPULATION, null, PROVINCE, false, PopulationGroup.URBAN,
                List.of(value(2020, 2020, 70, null, null)), null, null, null, "x"), ValueType.RATIO)).isEmpty();
    }

    @Test
    void theIndicatorMustHaveTheValueTypeTheKindNeeds() {
        assertThat(broken(target(Target.Kind.COVERAGE, DISTRICT_LIBRARIES, List.of(value(2020, 2020, 100, null, null))),
                ValueType.NUMBER)).containsExactly("targets[0].indicator target.indicator.type");
    }

    @Test
    void rangesNeedAMaximumAboveTheMinimumAndAbsolutesHaveNone() {
        assertThat(broken(target(Target.Kind.RANGE, PROVINCE, List.of(value(2016, 2016, 10, null, null))), ValueType.NUMBER))
                .containsExactly("targets[0].values[0].max target.range.max-required");
        assertThat(broken(target(Target.Kind.RANGE, PROVINCE, List.of(value(2016, 2016, 10, 5, null))), ValueType.NUMBER))
                .containsExactly("targets[0].values[0].max target.max.below-min");
        assertThat(broken(target(Target.Kind.ABSOLUTE, PROVINCE, List.of(value(2016, 2016, 10, 12, null))), ValueType.NUMBER))
                .containsExactly("targets[0].values[0].max target.absolute.no-max");
    }

    @Test
    void coverageCountsUnitsOfAKindAndStaysAPercentage() {
        assertThat(broken(target(Target.Kind.COVERAGE, PROVINCE, List.of(value(2020, 2020, 100, null, null))), ValueType.YES_NO))
                .containsExactly("targets[0].scope.kind target.scope.kind-required");
        assertThat(broken(target(Target.Kind.COVERAGE, DISTRICT_LIBRARIES, List.of(value(2020, 2020, 120, null, null))),
                ValueType.YES_NO)).containsExactly("targets[0].values[0].min target.percent.above-100");
    }

    @Test
    void aCountOutOfATotalNeedsTheTotalAndStaysWithinIt() {
        assertThat(broken(target(Target.Kind.COUNT_OUT_OF_TOTAL, DISTRICT_LIBRARIES, List.of(value(2019, 2019, 77, null, null))),
                ValueType.YES_NO)).containsExactly("targets[0].values[0].outOf target.out-of.required");
        assertThat(broken(target(Target.Kind.COUNT_OUT_OF_TOTAL, DISTRICT_LIBRARIES, List.of(value(2019, 2019, 90, null, 85))),
                ValueType.YES_NO)).containsExactly("targets[0].values[0].min target.out-of.exceeded");
        assertThat(broken(target(Target.Kind.ABSOLUTE, PROVINCE, List.of(value(2019, 2019, 90, null, 85))), ValueType.NUMBER))
                .containsExactly("targets[0].values[0].outOf target.field.not-for-kind");
    }

    @Test
    void yearsStayInTheHorizonInOrderWithoutOverlap() {
        assertThat(broken(target(Target.Kind.ABSOLUTE, PROVINCE, List.of(value(2021, 2021, 1, null, null))), ValueType.NUMBER))
                .containsExactly("targets[0].values[0].fromYear target.year.outside-horizon");
        assertThat(broken(target(Target.Kind.ABSOLUTE, PROVINCE, List.of(value(2019, 2017, 1, null, null))), ValueType.NUMBER))
                .containsExactly("targets[0].values[0].toYear target.years.order");
        assertThat(broken(target(Target.Kind.ABSOLUTE, PROVINCE, List.of(value(2016, 2018, 1, null, null),
                value(2018, 2020, 2, null, null))), ValueType.NUMBER)).containsExactly("targets[0].values target.values.overlap");
    }

    @Test
    void kindSpecificPartsAreRequiredByTheirKindAndRefusedByOthers() {
        assertThat(broken(target(Target.Kind.GROWTH, PROVINCE, List.of(value(2016, 2020, 15, null, null))), ValueType.NUMBER))
                .containsExactly("targets[0].baseline target.field.required-for-kind");
        assertThat(broken(new Target("T1", "X", Target.Kind.GROWTH, null, PROVINCE, false, null,
                List.of(value(2016, 2020, 15, null, null)), new Target.Baseline(2016, null), null, null, "x"), ValueType.NUMBER))
                .containsExactly("targets[0].baseline.year target.baseline.year");
        assertThat(broken(target(Target.Kind.MILESTONE, PROVINCE, List.of()), ValueType.YES_NO))
                .containsExactly("targets[0].dueBy target.field.required-for-kind");
        assertThat(broken(target(Target.Kind.RECURRING, PROVINCE, List.of(value(2016, 2016, 1, null, null))), ValueType.NUMBER))
                .containsExactly("targets[0].values target.values.not-allowed", "targets[0].recurrence target.field.required-for-kind");
        assertThat(broken(target(Target.Kind.SHARE_OF_POPULATION, PROVINCE, List.of(value(2020, 2020, 15, 20, null))), ValueType.RATIO))
                .containsExactly("targets[0].populationGroup target.field.required-for-kind");
        assertThat(broken(target(Target.Kind.COUNT_OF_ACTIVITIES, PROVINCE, List.of()), ValueType.NUMBER))
                .containsExactly("targets[0].values target.values.required");
    }

    @Test
    void aValueForEachUnitNeedsAGroupAndNeverCountsUnits() {
        Target eachOfOne = new Target("T1", "X", Target.Kind.RANGE, null, PROVINCE, true, null,
                List.of(value(2016, 2020, 500, 1000, null)), null, null, null, "x");
        assertThat(broken(eachOfOne, ValueType.NUMBER)).containsExactly("targets[0].eachUnit target.each-unit");
        Target eachDistrictLibrary = new Target("T1", "X", Target.Kind.RANGE, null, DISTRICT_LIBRARIES, true, null,
                List.of(value(2016, 2020, 500, 1000, null)), null, null, null, "x");
        assertThat(broken(eachDistrictLibrary, ValueType.NUMBER)).isEmpty();
        assertThat(TargetRules.isAdditive(eachDistrictLibrary, AcrossUnits.SUM)).isFalse();
    }

    @Test
    void onlySummedCountsAndAmountsAddUp() {
        Target range = target(Target.Kind.RANGE, PROVINCE, List.of(value(2016, 2016, 1, 2, null)));
        assertThat(TargetRules.isAdditive(range, AcrossUnits.SUM)).isTrue();
        assertThat(TargetRules.isAdditive(range, AcrossUnits.LATEST)).isFalse();
        assertThat(TargetRules.isAdditive(target(Target.Kind.GROWTH, PROVINCE, List.of()), AcrossUnits.SUM)).isFalse();
    }
}
