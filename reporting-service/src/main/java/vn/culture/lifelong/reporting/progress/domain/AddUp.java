package vn.culture.lifelong.reporting.progress.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.culture.lifelong.reporting.consolidation.domain.AcrossUnits;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;

/**
 * Whether the plans implementing a plan together aim at its target for a year: the rule of plans-service's add-up
 * check (TargetAddUp), for the targets it applies to, so that progress and planning agree.
 */
public enum AddUp {
    /** The children's minimums reach the parent's, without going past its maximum. */
    ADDS_UP,
    /** The children together aim lower than the parent. */
    BELOW,
    /** The children together aim above the parent's maximum. */
    ABOVE;

    private static final Set<String> ADDITIVE_KINDS = Set.of("ABSOLUTE", "RANGE", "COUNT_OF_ACTIVITIES");

    /** Targets of these kinds add up: a summed indicator, for the scope's total (not each unit's). */
    public static boolean isAdditive(PlanTarget target, AcrossUnits acrossUnits) {
        return acrossUnits == AcrossUnits.SUM && !target.eachUnit() && ADDITIVE_KINDS.contains(target.kind());
    }

    public static AddUp of(PlanTarget.Value parent, List<PlanTarget.Value> children) {
        BigDecimal childrenMin = children.stream().map(PlanTarget.Value::min).reduce(BigDecimal.ZERO, BigDecimal::add);
        return childrenMin.compareTo(parent.min()) < 0 ? BELOW
                : parent.max() != null && childrenMin.compareTo(parent.max()) > 0 ? ABOVE
                : ADDS_UP;
    }
}
