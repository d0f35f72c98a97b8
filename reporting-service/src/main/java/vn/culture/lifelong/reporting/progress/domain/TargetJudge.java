package vn.culture.lifelong.reporting.progress.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import vn.culture.lifelong.reporting.consolidation.domain.AcrossUnits;
import vn.culture.lifelong.reporting.consolidation.domain.Figures;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;

/**
 * Judges a target for a year from what was counted, by its kind:
 * <ul>
 * <li>absolute, count of activities, range: met at or above the minimum (above it, for "trên"); a range is met in or
 * above it, as the plans mean it; for a lower-is-better indicator, at or below the maximum (else the minimum);</li>
 * <li>growth: met at or above the baseline's actual (or stated value) compounded by the rate for each year since;</li>
 * <li>coverage: the percent of the scope's units answering yes; count out of a total: how many answer yes (77/85);</li>
 * <li>share of population: the summed numerators over the summed denominators, in percent;</li>
 * <li>milestone: done (a yes) by its day; not done after it is not met;</li>
 * <li>recurring: held the required times within each cycle of so many years; a cycle still running is on track
 * until its last year.</li>
 * </ul>
 * A year's annual report decides it. Until then, while the year runs, the half-year's actual is projected to the year:
 * a number summed over time is doubled (the half-year's data window is half the year's), a state (coverage, share,
 * count of units) is taken as it is; ON_TRACK if the projection meets the target, else AT_RISK.
 */
public final class TargetJudge {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALVES_IN_A_YEAR = BigDecimal.valueOf(2);
    private static final Set<TargetKind> NUMBERS = Set.of(TargetKind.ABSOLUTE, TargetKind.RANGE,
            TargetKind.COUNT_OF_ACTIVITIES, TargetKind.GROWTH, TargetKind.RECURRING);

    private TargetJudge() {
    }

    /** How the target's indicator behaves: whether less is better, and whether its values add up over time. */
    public record Indicator(boolean lowerIsBetter, boolean summedOverTime) {
    }

    /** Whether {@code target} asks anything of {@code year}: a value for it, its milestone, or its recurrence. */
    public static boolean appliesTo(PlanTarget target, int year) {
        return switch (TargetKind.valueOf(target.kind())) {
            case MILESTONE -> target.dueBy() != null;
            case RECURRING -> target.recurrence() != null
                    && target.recurrence().fromYear() <= year && year <= target.recurrence().toYear();
            default -> target.valueIn(year).isPresent();
        };
    }

    public static Evaluation judge(PlanTarget target, Indicator indicator, Readings readings) {
        TargetKind kind = TargetKind.valueOf(target.kind());
        return switch (kind) {
            case MILESTONE -> milestone(target, readings);
            case RECURRING -> recurring(target.recurrence(), readings);
            default -> periodic(kind, target, indicator, readings);
        };
    }

    /** A target held by each unit of its scope: met when every unit meets it; otherwise by the worst unit. */
    public static Evaluation ofEachUnit(List<Evaluation> units, long unitsInScope) {
        long judged = units.stream().filter(unit -> unit.status() != Status.NO_DATA).count();
        if (judged == 0) {
            return Evaluation.noData();
        }
        long meeting = units.stream().filter(unit -> unit.status() == Status.MET).count();
        Status status = meeting >= unitsInScope ? Status.MET
                : units.stream().anyMatch(unit -> unit.status() == Status.NOT_MET) ? Status.NOT_MET
                : units.stream().anyMatch(unit -> unit.status() == Status.AT_RISK) ? Status.AT_RISK
                : judged < unitsInScope ? Status.AT_RISK
                : Status.ON_TRACK;
        return new Evaluation(status, BigDecimal.valueOf(meeting), null, null, null);
    }

    private static Evaluation periodic(TargetKind kind, PlanTarget target, Indicator indicator, Readings readings) {
        PlanTarget.Value value = target.valueIn(readings.year()).orElseThrow();
        BigDecimal required = kind == TargetKind.GROWTH ? grown(target.baseline(), value.min(), readings) : null;
        if (kind == TargetKind.GROWTH && required == null) {
            return Evaluation.noData();
        }
        if (readings.annual().units() > 0) {
            BigDecimal actual = actualOf(kind, readings.annual(), readings.unitsInScope());
            return new Evaluation(meets(kind, actual, value, required, indicator) ? Status.MET : Status.NOT_MET, actual,
                    Evaluation.ANNUAL, null, required);
        }
        if (readings.halfYear().units() > 0) {
            BigDecimal actual = actualOf(kind, readings.halfYear(), readings.unitsInScope());
            if (readings.isYearOver() || actual == null) {
                return new Evaluation(Status.NO_DATA, actual, Evaluation.HALF_YEAR, null, required);
            }
            BigDecimal projected = NUMBERS.contains(kind) && indicator.summedOverTime()
                    ? actual.multiply(HALVES_IN_A_YEAR) : actual;
            return new Evaluation(meets(kind, projected, value, required, indicator) ? Status.ON_TRACK : Status.AT_RISK,
                    actual, Evaluation.HALF_YEAR, projected, required);
        }
        return new Evaluation(Status.NO_DATA, null, null, null, required);
    }

    private static BigDecimal actualOf(TargetKind kind, Figures figures, long unitsInScope) {
        return switch (kind) {
            case COVERAGE -> figures.valueBy(AcrossUnits.COVERAGE, unitsInScope + figures.mergedAway());
            case COUNT_OUT_OF_TOTAL, MILESTONE -> BigDecimal.valueOf(figures.yesCount());
            case SHARE_OF_POPULATION -> figures.valueBy(AcrossUnits.RATIO_OF_SUMS, 0);
            default -> figures.valueBy(AcrossUnits.SUM, 0);
        };
    }

    private static boolean meets(TargetKind kind, BigDecimal actual, PlanTarget.Value value, BigDecimal required,
            Indicator indicator) {
        if (actual == null) {
            return false;
        }
        if (indicator.lowerIsBetter()) {
            BigDecimal most = required != null ? required : value.max() != null ? value.max() : value.min();
            return actual.compareTo(most) <= 0;
        }
        BigDecimal least = required != null ? required : value.min();
        int compared = actual.compareTo(least);
        return value.exclusiveMin() && kind != TargetKind.GROWTH ? compared > 0 : compared >= 0;
    }

    /** The baseline (stated, else its year's actual) grown by {@code ratePercent} a year, compounded, up to the year. */
    private static BigDecimal grown(PlanTarget.Baseline baseline, BigDecimal ratePercent, Readings readings) {
        BigDecimal base = baseline == null ? null : baseline.value() != null ? baseline.value() : readings.baselineActual();
        if (base == null) {
            return null;
        }
        BigDecimal factor = BigDecimal.ONE.add(ratePercent.divide(HUNDRED, MathContext.DECIMAL64))
                .pow(readings.year() - baseline.year(), MathContext.DECIMAL64);
        return base.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    private static Evaluation milestone(PlanTarget target, Readings readings) {
        Figures figures = readings.annual().units() > 0 ? readings.annual() : readings.halfYear();
        if (figures.units() == 0) {
            return Evaluation.noData();
        }
        String basis = figures == readings.annual() ? Evaluation.ANNUAL : Evaluation.HALF_YEAR;
        boolean done = figures.yesCount() > 0;
        Status status = done ? Status.MET : readings.today().isAfter(target.dueBy()) ? Status.NOT_MET : Status.ON_TRACK;
        return new Evaluation(status, done ? BigDecimal.ONE : BigDecimal.ZERO, basis, null, null);
    }

    /** The years of the cycle of a recurring target that holds {@code year}: from its first year to its last. */
    public record Cycle(int firstYear, int lastYear) {

        public static Cycle of(PlanTarget.Recurrence recurrence, int year) {
            int first = recurrence.fromYear() + (year - recurrence.fromYear()) / recurrence.everyYears() * recurrence.everyYears();
            return new Cycle(first, Math.min(first + recurrence.everyYears() - 1, recurrence.toYear()));
        }
    }

    /** Held {@code times} within the cycle of {@code everyYears} years holding the year, counting its years so far. */
    private static Evaluation recurring(PlanTarget.Recurrence recurrence, Readings readings) {
        int year = readings.year();
        Cycle cycle = Cycle.of(recurrence, year);
        BigDecimal held = BigDecimal.ZERO;
        boolean anyReported = false;
        for (int past = cycle.firstYear(); past <= year; past++) {
            Figures figures = readings.cycle().getOrDefault(past, Figures.NONE);
            if (figures.units() > 0) {
                anyReported = true;
                held = held.add(figures.numberSum());
            }
        }
        if (!anyReported) {
            return Evaluation.noData();
        }
        BigDecimal times = BigDecimal.valueOf(recurrence.times());
        Status status = held.compareTo(times) >= 0 ? Status.MET
                : year < cycle.lastYear() ? Status.ON_TRACK
                : readings.isYearOver() ? Status.NOT_MET
                : Status.AT_RISK;
        return new Evaluation(status, Figures.plain(held), Evaluation.ANNUAL, null, times);
    }
}
