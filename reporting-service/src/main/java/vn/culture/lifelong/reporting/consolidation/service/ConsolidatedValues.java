package vn.culture.lifelong.reporting.consolidation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.rest.PageRequest;
import vn.culture.lifelong.kit.rest.PageResponse;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.reporting.access.ReportingScopes;
import vn.culture.lifelong.reporting.consolidation.domain.AcrossUnits;
import vn.culture.lifelong.reporting.consolidation.domain.Fact;
import vn.culture.lifelong.reporting.consolidation.domain.Figures;
import vn.culture.lifelong.reporting.consolidation.repository.ConsolidatedValueRepository;
import vn.culture.lifelong.reporting.consolidation.repository.FactRepository;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.plans.domain.IndicatorView;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.reporting.plans.repository.PlanViewRepository;
import vn.culture.lifelong.reporting.reports.domain.ValueType;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;

/**
 * The consolidated value of an indicator for a unit's tree and a period, and the same for each child one level down:
 * the unit's own value plus the maintained sums of what the units under it reported, combined by the indicator's rule,
 * with how many units reported and how many were expected. A "latest" indicator (a milestone's state) is read from
 * the few values under the unit instead.
 */
@ApplicationScoped
public class ConsolidatedValues {

    /** Yes and no of a "latest" yes/no indicator, as a value. */
    private static final BigDecimal YES = BigDecimal.ONE;
    private static final BigDecimal NO = BigDecimal.ZERO;

    public record Figure(UnitRef unit, BigDecimal value, int unitsReported, long unitsExpected) {
    }

    public record Answer(IndicatorView indicator, AcrossUnits rule, ValueQuery query, Figure total,
            PageResponse<Figure> children) {
    }

    private final IndicatorViewRepository indicators;
    private final PlanViewRepository plans;
    private final ReportingScopes scopes;
    private final UnitDirectory units;
    private final ConsolidatedValueRepository sums;
    private final FactRepository facts;
    private final ExpectedUnits expectedUnits;

    public ConsolidatedValues(IndicatorViewRepository indicators, PlanViewRepository plans, ReportingScopes scopes,
            UnitDirectory units, ConsolidatedValueRepository sums, FactRepository facts, ExpectedUnits expectedUnits) {
        this.indicators = indicators;
        this.plans = plans;
        this.scopes = scopes;
        this.units = units;
        this.sums = sums;
        this.facts = facts;
        this.expectedUnits = expectedUnits;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Answer of(ValueQuery query, PageRequest page, Caller caller) {
        IndicatorView indicator = Optional.ofNullable(indicators.findById(query.indicator()))
                .orElseThrow(() -> new InvalidRequestException("indicator", "values.indicator.unknown"));
        if (query.kind() == ObligationKind.AD_HOC) {
            throw new InvalidRequestException("kind", "values.kind.ad-hoc");
        }
        query.plan().filter(plan -> plans.findForReading(plan).isEmpty()).ifPresent(plan -> {
            throw new NotFoundException("plan.not.found", Long.toString(plan));
        });
        UnitRef unit = scopes.treeToRead(query.unit(), caller);
        LocalDate day = Fact.lastDayOf(query.kind(), query.year());
        List<UnitRef> children = units.childrenOf(unit, day);
        int from = Math.min(page.page() * page.size(), children.size());
        List<UnitRef> shown = children.subList(from, Math.min(from + page.size(), children.size()));
        List<UnitRef> asked = Stream.concat(Stream.of(unit), shown.stream()).toList();

        AcrossUnits rule = AcrossUnits.valueOf(indicator.acrossUnits);
        Map<Long, Long> expected = expectedUnits.count(unit, query.plan(), indicator.code, query.kind(), query.year());
        List<Figure> figures = rule == AcrossUnits.LATEST ? latest(asked, query, indicator, expected)
                : combined(asked, query, rule, expected);
        return new Answer(indicator, rule, query, figures.get(0),
                PageResponse.of(figures.subList(1, figures.size()), page, children.size()));
    }

    private List<Figure> combined(List<UnitRef> asked, ValueQuery query, AcrossUnits rule, Map<Long, Long> expected) {
        List<Long> unitIds = asked.stream().map(UnitRef::unitId).toList();
        long plan = query.plan().orElse(Fact.ALL_PLANS);
        Map<Long, Figures> under = sums.under(unitIds, plan, query.basis(), query.indicator(), query.kind(), query.year());
        Map<Long, Fact> own = Fact.countedFor(facts.of(query.indicator(), query.kind(), query.year(), unitIds, query.plan()),
                plan, query.basis()).stream().collect(Collectors.toMap(Fact::unitId, fact -> fact));
        List<Figure> figures = new ArrayList<>();
        for (UnitRef unit : asked) {
            Figures figuresOfTree = under.getOrDefault(unit.unitId(), Figures.NONE);
            Fact ownFact = own.get(unit.unitId());
            if (ownFact != null) {
                figuresOfTree = figuresOfTree.plus(ownFact.figures());
            }
            long expectedUnits = expected.getOrDefault(unit.unitId(), 0L) + figuresOfTree.mergedAway();
            figures.add(new Figure(unit, figuresOfTree.valueBy(rule, expectedUnits), figuresOfTree.units(), expectedUnits));
        }
        return figures;
    }

    /** The newest value reported in each unit's tree, and how many units reported one. */
    private List<Figure> latest(List<UnitRef> asked, ValueQuery query, IndicatorView indicator, Map<Long, Long> expected) {
        long plan = query.plan().orElse(Fact.ALL_PLANS);
        List<Figure> figures = new ArrayList<>();
        for (UnitRef unit : asked) {
            List<Fact> counted = Fact.countedFor(facts.in(FactRepository.Tree.under(unit.path()), indicator.code,
                    query.kind(), query.year(), query.plan()), plan, query.basis());
            BigDecimal value = counted.stream().min(Fact.NEWEST_FIRST)
                    .map(newest -> valueOf(newest.figures(), ValueType.valueOf(indicator.valueType))).orElse(null);
            figures.add(new Figure(unit, value, counted.size(), expected.getOrDefault(unit.unitId(), 0L)));
        }
        return figures;
    }

    private static BigDecimal valueOf(Figures one, ValueType type) {
        return switch (type) {
            case NUMBER -> one.valueBy(AcrossUnits.SUM, 1);
            case YES_NO -> one.yesCount() > 0 ? YES : NO;
            case RATIO -> one.valueBy(AcrossUnits.RATIO_OF_SUMS, 1);
        };
    }
}
