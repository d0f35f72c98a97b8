package vn.culture.lifelong.plans.plans.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.culture.lifelong.kit.problem.Violation;
import vn.culture.lifelong.plans.indicators.domain.AcrossUnits;
import vn.culture.lifelong.plans.indicators.domain.ValueType;

/**
 * What each kind of target needs to mean something and be evaluated: the indicator's value type, which numbers,
 * the years. Pure rules on one target; the indicator and units are looked up by the caller.
 */
public final class TargetRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<Target.Kind> PERCENT = Set.of(Target.Kind.COVERAGE, Target.Kind.SHARE_OF_POPULATION);
    private static final Set<Target.Kind> WITHOUT_VALUES = Set.of(Target.Kind.MILESTONE, Target.Kind.RECURRING);
    private static final Set<Target.Kind> OF_UNITS_OF_A_KIND = Set.of(Target.Kind.COVERAGE, Target.Kind.COUNT_OUT_OF_TOTAL);

    private TargetRules() {
    }

    /** The value type an indicator must have to carry a target of {@code kind}. */
    public static ValueType valueTypeFor(Target.Kind kind) {
        return switch (kind) {
            case ABSOLUTE, RANGE, COUNT_OF_ACTIVITIES, GROWTH, RECURRING -> ValueType.NUMBER;
            case COVERAGE, COUNT_OUT_OF_TOTAL, MILESTONE -> ValueType.YES_NO;
            case SHARE_OF_POPULATION -> ValueType.RATIO;
        };
    }

    /** Targets of these kinds add up: children's together should reach their parent's. */
    public static boolean isAdditive(Target target, AcrossUnits acrossUnits) {
        return acrossUnits == AcrossUnits.SUM && !target.eachUnit() && switch (target.kind()) {
            case ABSOLUTE, RANGE, COUNT_OF_ACTIVITIES -> true;
            default -> false;
        };
    }

    /** Every rule {@code target} breaks, with paths under {@code at} (e.g. {@code targets[3]}). */
    public static List<Violation> check(Target target, ValueType indicatorType, PlanDocument.Horizon horizon, String at) {
        List<Violation> broken = new ArrayList<>();
        Target.Kind kind = target.kind();
        ValueType expected = valueTypeFor(kind);
        if (indicatorType != expected) {
            broken.add(Violation.of(at + ".indicator", "target.indicator.type", kind, expected, indicatorType));
        }
        if (WITHOUT_VALUES.contains(kind)) {
            if (!target.values().isEmpty()) {
                broken.add(Violation.of(at + ".values", "target.values.not-allowed", kind));
            }
        } else if (target.values().isEmpty()) {
            broken.add(Violation.of(at + ".values", "target.values.required", kind));
        }
        for (int i = 0; i < target.values().size(); i++) {
            checkValue(kind, target.values().get(i), horizon, at + ".values[" + i + "]", broken);
        }
        checkNoOverlap(target.values(), at, broken);

        requiredOnlyFor(kind == Target.Kind.GROWTH, target.baseline(), at + ".baseline", kind, broken);
        if (target.baseline() != null && !target.values().isEmpty()) {
            int firstYear = target.values().stream().mapToInt(Target.Value::fromYear).min().orElseThrow();
            if (target.baseline().year() >= firstYear) {
                broken.add(Violation.of(at + ".baseline.year", "target.baseline.year", target.baseline().year(), firstYear));
            }
        }
        requiredOnlyFor(kind == Target.Kind.RECURRING, target.recurrence(), at + ".recurrence", kind, broken);
        if (target.recurrence() != null) {
            Target.Recurrence recurrence = target.recurrence();
            checkYears(recurrence.fromYear(), recurrence.toYear(), horizon, at + ".recurrence", broken);
        }
        requiredOnlyFor(kind == Target.Kind.MILESTONE, target.dueBy(), at + ".dueBy", kind, broken);
        if (target.dueBy() != null && !horizon.contains(target.dueBy().getYear())) {
            broken.add(Violation.of(at + ".dueBy", "target.year.outside-horizon", String.valueOf(target.dueBy().getYear()),
                    horizon.fromYear(), horizon.toYear()));
        }
        requiredOnlyFor(kind == Target.Kind.SHARE_OF_POPULATION, target.populationGroup(), at + ".populationGroup", kind,
                broken);
        if (OF_UNITS_OF_A_KIND.contains(kind) && (!target.scope().subtree() || target.scope().kind() == null)) {
            broken.add(Violation.of(at + ".scope.kind", "target.scope.kind-required", kind));
        }
        if (target.eachUnit() && (OF_UNITS_OF_A_KIND.contains(kind) || !target.scope().subtree())) {
            broken.add(Violation.of(at + ".eachUnit", "target.each-unit", kind));
        }
        return broken;
    }

    private static void checkValue(Target.Kind kind, Target.Value value, PlanDocument.Horizon horizon, String at,
            List<Violation> broken) {
        checkYears(value.fromYear(), value.toYear(), horizon, at, broken);
        if (kind == Target.Kind.RANGE && value.max() == null) {
            broken.add(Violation.of(at + ".max", "target.range.max-required"));
        }
        if (kind == Target.Kind.ABSOLUTE && value.max() != null) {
            broken.add(Violation.of(at + ".max", "target.absolute.no-max"));
        }
        if (value.max() != null && value.max().compareTo(value.min()) < 0) {
            broken.add(Violation.of(at + ".max", "target.max.below-min", value.max(), value.min()));
        }
        if (PERCENT.contains(kind) && (value.min().compareTo(HUNDRED) > 0
                || value.max() != null && value.max().compareTo(HUNDRED) > 0)) {
            broken.add(Violation.of(at + ".min", "target.percent.above-100"));
        }
        if (kind == Target.Kind.COUNT_OUT_OF_TOTAL) {
            if (value.outOf() == null) {
                broken.add(Violation.of(at + ".outOf", "target.out-of.required"));
            } else if (value.min().compareTo(BigDecimal.valueOf(value.outOf())) > 0) {
                broken.add(Violation.of(at + ".min", "target.out-of.exceeded", value.min(), value.outOf()));
            }
        } else if (value.outOf() != null) {
            broken.add(Violation.of(at + ".outOf", "target.field.not-for-kind", kind));
        }
        if ((kind == Target.Kind.COUNT_OF_ACTIVITIES || kind == Target.Kind.COUNT_OUT_OF_TOTAL)
                && (!isWhole(value.min()) || value.max() != null && !isWhole(value.max()))) {
            broken.add(Violation.of(at + ".min", "target.count.whole"));
        }
    }

    private static void checkYears(int fromYear, int toYear, PlanDocument.Horizon horizon, String at,
            List<Violation> broken) {
        if (fromYear > toYear) {
            broken.add(Violation.of(at + ".toYear", "target.years.order", fromYear, toYear));
        } else if (!horizon.contains(fromYear) || !horizon.contains(toYear)) {
            broken.add(Violation.of(at + ".fromYear", "target.year.outside-horizon", fromYear + "–" + toYear,
                    horizon.fromYear(), horizon.toYear()));
        }
    }

    private static void checkNoOverlap(List<Target.Value> values, String at, List<Violation> broken) {
        List<Target.Value> byYear = values.stream()
                .filter(value -> value.fromYear() <= value.toYear())
                .sorted(Comparator.comparingInt(Target.Value::fromYear))
                .toList();
        for (int i = 1; i < byYear.size(); i++) {
            if (byYear.get(i).fromYear() <= byYear.get(i - 1).toYear()) {
                broken.add(Violation.of(at + ".values", "target.values.overlap", byYear.get(i).fromYear()));
                return;
            }
        }
    }

    private static void requiredOnlyFor(boolean required, Object given, String field, Target.Kind kind,
            List<Violation> broken) {
        if (required && given == null) {
            broken.add(Violation.of(field, "target.field.required-for-kind", kind));
        } else if (!required && given != null) {
            broken.add(Violation.of(field, "target.field.not-for-kind", kind));
        }
    }

    private static boolean isWhole(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0;
    }
}
