package vn.culture.lifelong.reporting.consolidation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
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
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.reporting.plans.repository.PlanViewRepository;
import vn.culture.lifelong.reporting.reports.domain.ValueType;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;
import vn.culture.lifelong.units.domain.UnitView;

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

    /** Units whose figures a breakdown reads at a time. */
    private static final int UNITS_AT_A_TIME = 5_000;

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

    /**
     * A whole breakdown asked for (the unit, then every unit under it), checked and allowed before any of it is read:
     * a table streamed to the caller can no longer turn into a refusal once it has started.
     */
    public record Breakdown(IndicatorView indicator, AcrossUnits rule, ValueQuery query, UnitRef unit,
            Optional<PlanView> plan) {
    }

    /** A unit's figure in a breakdown, {@code depth} levels under the unit asked for (0 for that unit). */
    public record Line(Figure figure, int depth) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Answer of(ValueQuery query, PageRequest page, Caller caller) {
        Breakdown checked = breakdown(query, caller);
        IndicatorView indicator = checked.indicator();
        UnitRef unit = checked.unit();
        LocalDate day = Fact.lastDayOf(query.kind(), query.year());
        List<UnitRef> children = units.childrenOf(unit, day);
        int from = Math.min(page.page() * page.size(), children.size());
        List<UnitRef> shown = children.subList(from, Math.min(from + page.size(), children.size()));
        List<UnitRef> asked = Stream.concat(Stream.of(unit), shown.stream()).toList();

        AcrossUnits rule = checked.rule();
        Map<Long, Long> expected = expectedUnits.count(unit, query.plan(), indicator.code, query.kind(), query.year());
        List<Figure> figures = rule == AcrossUnits.LATEST ? latest(asked, latestUnder(unit, query), indicator, expected)
                : combined(asked, query, rule, expected);
        return new Answer(indicator, rule, query, figures.get(0),
                PageResponse.of(figures.subList(1, figures.size()), page, children.size()));
    }

    /** The breakdown {@code query} asks for, once the question is checked and the caller may read the unit's tree. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Breakdown breakdown(ValueQuery query, Caller caller) {
        IndicatorView indicator = Optional.ofNullable(indicators.findById(query.indicator()))
                .orElseThrow(() -> new InvalidRequestException("indicator", "values.indicator.unknown"));
        if (query.kind() == ObligationKind.AD_HOC) {
            throw new InvalidRequestException("kind", "values.kind.ad-hoc");
        }
        Optional<PlanView> plan = query.plan().map(id -> plans.findForReading(id)
                .orElseThrow(() -> new NotFoundException("plan.not.found", Long.toString(id))));
        UnitRef unit = scopes.treeToRead(query.unit(), caller);
        return new Breakdown(indicator, AcrossUnits.valueOf(indicator.acrossUnits), query, unit, plan);
    }

    /**
     * Every line of {@code breakdown} in tree order (a unit, then the units under it, siblings by code), in one read
     * transaction: the unit, each unit one level down (as {@link #of} pages them), and below those each unit that
     * was expected to report or reported something. Read a few thousand units at a time (the trees of several
     * children), in a few set-based queries each, so that the country's some 3,400 lines never sit in memory together.
     */
    @Transactional
    public void eachLine(Breakdown breakdown, Consumer<Line> lines) {
        ValueQuery query = breakdown.query();
        UnitRef root = breakdown.unit();
        LocalDate day = Fact.lastDayOf(query.kind(), query.year());
        Map<Long, Long> expected = expectedUnits.countThroughout(root, query.plan(), query.indicator(), query.kind(),
                query.year());
        Map<Long, List<Fact>> latest = breakdown.rule() == AcrossUnits.LATEST ? latestUnder(root, query) : Map.of();
        Function<List<UnitRef>, List<Figure>> figuresOf = breakdown.rule() == AcrossUnits.LATEST
                ? asked -> latest(asked, latest, breakdown.indicator(), expected)
                : asked -> combined(asked, query, breakdown.rule(), expected);
        lines.accept(new Line(figuresOf.apply(List.of(root)).get(0), 0));
        // Children whose trees hold a few thousand units in all are read together: one province of the country, or
        // a hundred and more of a province's communes.
        Map<Long, Long> sizes = units.subtreeSizes(root, day);
        List<UnitRef> batch = new ArrayList<>();
        long unitsInBatch = 0;
        for (UnitRef child : units.childrenOf(root, day)) {
            long size = sizes.getOrDefault(child.unitId(), 1L);
            if (!batch.isEmpty() && unitsInBatch + size > UNITS_AT_A_TIME) {
                linesUnder(root, batch, day, figuresOf, lines);
                batch.clear();
                unitsInBatch = 0;
            }
            batch.add(child);
            unitsInBatch += size;
        }
        linesUnder(root, batch, day, figuresOf, lines);
    }

    /** The lines of the trees of {@code children} of {@code root}, child after child, each tree in order. */
    private void linesUnder(UnitRef root, List<UnitRef> children, LocalDate day,
            Function<List<UnitRef>, List<Figure>> figuresOf, Consumer<Line> lines) {
        if (children.isEmpty()) {
            return;
        }
        Map<Long, List<UnitRef>> trees = new HashMap<>();
        for (UnitRef unit : units.subtreesOf(children, day)) {
            // The first id under the root's path is the child whose tree holds the unit.
            long child = UnitView.idsOnPath(unit.path().substring(root.path().length() - 1)).get(0);
            trees.computeIfAbsent(child, id -> new ArrayList<>()).add(unit);
        }
        List<Placed> placed = children.stream()
                .flatMap(child -> inTreeOrder(child, trees.getOrDefault(child.unitId(), List.of(child))).stream())
                .toList();
        List<Figure> figures = figuresOf.apply(placed.stream().map(Placed::unit).toList());
        for (int i = 0; i < placed.size(); i++) {
            Figure figure = figures.get(i);
            int depth = placed.get(i).depth();
            if (depth == 1 || figure.unitsExpected() > 0 || figure.unitsReported() > 0) {
                lines.accept(new Line(figure, depth));
            }
        }
    }

    /** A unit and how deep under the unit asked for. */
    private record Placed(UnitRef unit, int depth) {
    }

    /**
     * {@code top} (one level under the unit asked for) and the units of {@code subtree} under it, depth first, siblings
     * by code.
     */
    private static List<Placed> inTreeOrder(UnitRef top, List<UnitRef> subtree) {
        Map<Long, UnitRef> byId = subtree.stream().collect(Collectors.toMap(UnitRef::unitId, unit -> unit, (a, b) -> a));
        Map<Long, List<UnitRef>> childrenOf = new HashMap<>();
        for (UnitRef unit : subtree) {
            List<Long> path = UnitView.idsOnPath(unit.path());
            // Under its nearest ancestor that exists that day (its parent, unless the parent closed before).
            for (int i = path.size() - 2; i >= 0 && unit.unitId() != top.unitId(); i--) {
                if (byId.containsKey(path.get(i))) {
                    childrenOf.computeIfAbsent(path.get(i), parent -> new ArrayList<>()).add(unit);
                    break;
                }
            }
        }
        List<Placed> ordered = new ArrayList<>();
        Deque<Placed> toVisit = new ArrayDeque<>(List.of(new Placed(top, 1)));
        while (!toVisit.isEmpty()) {
            Placed next = toVisit.pop();
            ordered.add(next);
            List<UnitRef> children = new ArrayList<>(childrenOf.getOrDefault(next.unit().unitId(), List.of()));
            children.sort(Comparator.comparing(UnitRef::code).reversed());
            children.forEach(child -> toVisit.push(new Placed(child, next.depth() + 1)));
        }
        return ordered;
    }

    /** The counted facts of a "latest" indicator in {@code root}'s tree, under every unit above each (the root's: all). */
    private Map<Long, List<Fact>> latestUnder(UnitRef root, ValueQuery query) {
        List<Fact> counted = Fact.countedFor(facts.in(FactRepository.Tree.under(root.path()), query.indicator(),
                query.kind(), query.year(), query.plan()), query.plan().orElse(Fact.ALL_PLANS), query.basis());
        Map<Long, UnitRef> reporters = units.byIds(counted.stream().map(Fact::unitId).distinct().toList());
        Map<Long, List<Fact>> under = new HashMap<>();
        for (Fact fact : counted) {
            Optional.ofNullable(reporters.get(fact.unitId())).ifPresent(reporter -> UnitView.idsOnPath(reporter.path())
                    .forEach(above -> under.computeIfAbsent(above, id -> new ArrayList<>()).add(fact)));
        }
        under.put(root.unitId(), counted);
        return under;
    }

    /** The newest value reported in each unit's tree, and how many units reported one. */
    private List<Figure> latest(List<UnitRef> asked, Map<Long, List<Fact>> under, IndicatorView indicator,
            Map<Long, Long> expected) {
        ValueType type = ValueType.valueOf(indicator.valueType);
        return asked.stream().map(unit -> {
            List<Fact> counted = under.getOrDefault(unit.unitId(), List.of());
            BigDecimal value = counted.stream().min(Fact.NEWEST_FIRST).map(newest -> valueOf(newest.figures(), type))
                    .orElse(null);
            return new Figure(unit, value, counted.size(), expected.getOrDefault(unit.unitId(), 0L));
        }).toList();
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

    private static BigDecimal valueOf(Figures one, ValueType type) {
        return switch (type) {
            case NUMBER -> one.valueBy(AcrossUnits.SUM, 1);
            case YES_NO -> one.yesCount() > 0 ? YES : NO;
            case RATIO -> one.valueBy(AcrossUnits.RATIO_OF_SUMS, 1);
        };
    }
}
