package vn.culture.lifelong.plans.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.culture.lifelong.plans.indicators.domain.AcrossUnits;
import vn.culture.lifelong.plans.indicators.domain.Indicator;
import vn.culture.lifelong.plans.indicators.repository.IndicatorRepository;
import vn.culture.lifelong.plans.plans.domain.Plan;
import vn.culture.lifelong.plans.plans.domain.PlanStatus;
import vn.culture.lifelong.plans.plans.domain.Target;
import vn.culture.lifelong.plans.plans.domain.TargetRules;
import vn.culture.lifelong.plans.plans.repository.PlanRepository;

/**
 * Whether the plans implementing a plan together reach its additive targets: for each year of each summed
 * target, the children's targets on the same indicator are added up and compared with the parent's.
 */
@ApplicationScoped
public class TargetAddUp {

    public enum Outcome {
        /** The children's minimums reach the parent's, without going past its maximum. */
        ADDS_UP,
        /** The children together aim lower than the parent. */
        BELOW,
        /** The children together aim above the parent's maximum. */
        ABOVE,
        /** No child plan sets a target on the indicator for the year. */
        NOT_BROKEN_DOWN
    }

    public record ChildTarget(long planId, String targetKey, BigDecimal min, BigDecimal max) {
    }

    public record Line(String targetKey, String indicator, int year, BigDecimal parentMin, BigDecimal parentMax,
            BigDecimal childrenMin, BigDecimal childrenMax, List<ChildTarget> children, Outcome outcome) {
    }

    private final PlanService service;
    private final PlanRepository plans;
    private final IndicatorRepository indicators;

    public TargetAddUp(PlanService service, PlanRepository plans, IndicatorRepository indicators) {
        this.service = service;
        this.plans = plans;
        this.indicators = indicators;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Line> check(long planId) {
        Plan parent = service.get(planId);
        List<Plan> children = plans.children(parent).stream()
                .filter(child -> child.status == PlanStatus.DRAFT || child.status == PlanStatus.ISSUED)
                .toList();
        List<Line> lines = new ArrayList<>();
        for (Target target : parent.document.targets()) {
            Optional<Indicator> indicator = indicators.findByCode(target.indicator());
            AcrossUnits across = indicator.map(found -> found.acrossUnits).orElse(AcrossUnits.LATEST);
            if (!TargetRules.isAdditive(target, across)) {
                continue;
            }
            for (Target.Value value : target.values()) {
                for (int year = value.fromYear(); year <= value.toYear(); year++) {
                    lines.add(line(target, value, year, children, across));
                }
            }
        }
        return lines;
    }

    private static Line line(Target target, Target.Value value, int year, List<Plan> children, AcrossUnits across) {
        List<ChildTarget> parts = new ArrayList<>();
        for (Plan child : children) {
            for (Target childTarget : child.document.targets()) {
                if (!childTarget.indicator().equals(target.indicator()) || !TargetRules.isAdditive(childTarget, across)) {
                    continue;
                }
                childTarget.values().stream().filter(childValue -> childValue.covers(year)).findFirst()
                        .ifPresent(childValue -> parts.add(new ChildTarget(child.id, childTarget.key(), childValue.min(),
                                childValue.max())));
            }
        }
        if (parts.isEmpty()) {
            return new Line(target.key(), target.indicator(), year, value.min(), value.max(), null, null, parts,
                    Outcome.NOT_BROKEN_DOWN);
        }
        BigDecimal childrenMin = parts.stream().map(ChildTarget::min).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal childrenMax = parts.stream().map(part -> part.max() == null ? part.min() : part.max())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Outcome outcome = childrenMin.compareTo(value.min()) < 0 ? Outcome.BELOW
                : value.max() != null && childrenMin.compareTo(value.max()) > 0 ? Outcome.ABOVE
                : Outcome.ADDS_UP;
        return new Line(target.key(), target.indicator(), year, value.min(), value.max(), childrenMin, childrenMax,
                parts, outcome);
    }
}
