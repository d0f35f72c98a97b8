package vn.culture.lifelong.reporting.consolidation.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.plans.domain.RegimeReport;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;

/**
 * A value a submitted or accepted report gives for an indicator, a unit and a period, as consolidation reads it.
 *
 * @param countedAt when the report's figures became what they are: its acceptance, or its last submission
 */
public record Fact(long planId, String indicator, long unitId, ObligationKind kind, int year, long reportId,
        ReportStatus status, OffsetDateTime countedAt, Figures figures) {

    /** Across plans: a fact of every plan's reports, counted once. */
    public static final long ALL_PLANS = 0;

    public static final Comparator<Fact> NEWEST_FIRST = Comparator.comparing(Fact::countedAt)
            .thenComparingLong(Fact::reportId).reversed();

    /** Where a fact counts: for one plan (or {@link #ALL_PLANS}), on one basis. */
    public record Key(long planId, Basis basis, String indicator, long unitId, ObligationKind kind, int year) {
    }

    /**
     * The facts that count, by key: on each basis, for each plan the newest of its reports' facts, and across plans the
     * newest of all (a value given in two plans' reports is one fact, never summed twice).
     */
    public static Map<Key, Fact> counted(List<Fact> facts) {
        Map<Key, Fact> counted = new HashMap<>();
        for (Basis basis : Basis.values()) {
            for (Fact fact : facts) {
                if (basis.counts(fact.status)) {
                    counted.merge(fact.keyFor(fact.planId, basis), fact, Fact::newer);
                    counted.merge(fact.keyFor(ALL_PLANS, basis), fact, Fact::newer);
                }
            }
        }
        return counted;
    }

    /** The facts that count for one plan (or {@link #ALL_PLANS}) on one basis: one per indicator, unit and period. */
    public static List<Fact> countedFor(List<Fact> facts, long planId, Basis basis) {
        return counted(facts).entrySet().stream()
                .filter(entry -> entry.getKey().planId() == planId && entry.getKey().basis() == basis)
                .map(Map.Entry::getValue).toList();
    }

    /**
     * The day a period's units are taken as they stood, whatever the plan: the last day of Decree 09/2019's data
     * window (14/6 for the half-year, 14/12 for the year). A unit closed before it counts under its successor.
     */
    public static LocalDate lastDayOf(ObligationKind kind, int year) {
        return switch (kind) {
            case HALF_YEAR -> RegimeReport.DataWindow.DECREE_09_HALF_YEAR.lastDay(year);
            case ANNUAL -> RegimeReport.DataWindow.DECREE_09_ANNUAL.lastDay(year);
            case AD_HOC -> throw new IllegalArgumentException("Ad-hoc reports are not consolidated");
        };
    }

    public LocalDate periodLastDay() {
        return lastDayOf(kind, year);
    }

    private Key keyFor(long plan, Basis basis) {
        return new Key(plan, basis, indicator, unitId, kind, year);
    }

    private static Fact newer(Fact one, Fact other) {
        return NEWEST_FIRST.compare(one, other) <= 0 ? one : other;
    }
}
