package vn.culture.lifelong.reporting.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.culture.lifelong.reporting.consolidation.domain.Basis;
import vn.culture.lifelong.reporting.consolidation.domain.Fact;
import vn.culture.lifelong.reporting.consolidation.domain.Figures;
import vn.culture.lifelong.reporting.consolidation.repository.ConsolidatedValueRepository;
import vn.culture.lifelong.reporting.consolidation.repository.FactRepository;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.plans.domain.UnitSelector;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;

/**
 * What was counted for a target's scope inside a unit's tree, across plans (each fact once). A unit and the units
 * under it, or everything under a unit, are read from the consolidated sums; a scope of one kind or level of unit
 * (cultural houses, commune libraries) from the facts of those units.
 */
@ApplicationScoped
public class ScopeFigures {

    private final UnitDirectory units;
    private final ConsolidatedValueRepository sums;
    private final FactRepository facts;

    public ScopeFigures(UnitDirectory units, ConsolidatedValueRepository sums, FactRepository facts) {
        this.units = units;
        this.sums = sums;
        this.facts = facts;
    }

    /** A target's scope: what its selector names (the unit {@code namedUnitId}), inside {@code within}'s tree. */
    public record Scope(UnitSelector selector, long namedUnitId, UnitRef within) {
    }

    /** The scope's figures for an indicator and a period. */
    public Figures of(Scope scope, String indicator, ObligationKind kind, int year, Basis basis) {
        Figures total = Figures.NONE;
        UnitSelector selector = scope.selector();
        for (UnitRef root : units.existingOn(scope.namedUnitId(), Fact.lastDayOf(kind, year))) {
            Optional<UnitRef> top = deeper(root, scope.within());
            if (top.isEmpty()) {
                continue;
            }
            if (selector.subtree() && (selector.kind() != null || selector.level() != null)) {
                total = total.plus(sum(facts.in(treeOf(selector, root, top.get()), indicator, kind, year, Optional.empty()),
                        basis));
            } else if (selector.subtree() && top.get().unitId() == root.unitId()) {
                // Everything strictly under the named unit.
                total = total.plus(under(root, indicator, kind, year, basis));
            } else {
                // One unit (a province-wide total is its own value and what the units under it reported for it), or
                // the part of a scope inside a unit under its root.
                total = total.plus(under(top.get(), indicator, kind, year, basis))
                        .plus(sum(facts.of(indicator, kind, year, List.of(top.get().unitId()), Optional.empty()), basis));
            }
        }
        return total;
    }

    /** Each unit's own figures in the scope (a target held by each unit): by unit id, those that reported. */
    public Map<Long, Figures> byUnit(Scope scope, String indicator, ObligationKind kind, int year, Basis basis) {
        Map<Long, Figures> byUnit = new HashMap<>();
        for (UnitRef root : units.existingOn(scope.namedUnitId(), Fact.lastDayOf(kind, year))) {
            deeper(root, scope.within()).ifPresent(top -> Fact.countedFor(
                            facts.in(treeOf(scope.selector(), root, top), indicator, kind, year, Optional.empty()),
                            Fact.ALL_PLANS, basis)
                    .forEach(fact -> byUnit.merge(fact.unitId(), fact.figures(), Figures::plus)));
        }
        return byUnit;
    }

    /** The units of the scope as they stood on {@code day}. */
    public List<UnitRef> unitsOf(Scope scope, LocalDate day) {
        return units.resolve(scope.selector(), scope.namedUnitId(), day, Optional.of(scope.within()));
    }

    private static FactRepository.Tree treeOf(UnitSelector selector, UnitRef root, UnitRef top) {
        return new FactRepository.Tree(top.path(), Optional.of(root.unitId()), Optional.ofNullable(selector.kind()),
                Optional.ofNullable(selector.level()));
    }

    private Figures under(UnitRef unit, String indicator, ObligationKind kind, int year, Basis basis) {
        return sums.under(List.of(unit.unitId()), Fact.ALL_PLANS, basis, indicator, kind, year)
                .getOrDefault(unit.unitId(), Figures.NONE);
    }

    private static Figures sum(List<Fact> found, Basis basis) {
        return Fact.countedFor(found, Fact.ALL_PLANS, basis).stream().map(Fact::figures).reduce(Figures.NONE, Figures::plus);
    }

    /** Where two trees meet: the root of the narrower, if one holds the other. */
    private static Optional<UnitRef> deeper(UnitRef one, UnitRef other) {
        return one.isInSubtreeOf(other) ? Optional.of(one) : other.isInSubtreeOf(one) ? Optional.of(other) : Optional.empty();
    }
}
