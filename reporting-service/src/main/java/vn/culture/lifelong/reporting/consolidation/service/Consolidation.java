package vn.culture.lifelong.reporting.consolidation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.culture.lifelong.reporting.consolidation.domain.Fact;
import vn.culture.lifelong.reporting.consolidation.domain.Figures;
import vn.culture.lifelong.reporting.consolidation.repository.ConsolidatedValueRepository;
import vn.culture.lifelong.reporting.consolidation.repository.FactRepository;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.reports.domain.ReportValue;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;

/**
 * Keeps the consolidated sums up to date: when a report is submitted, accepted, returned or reopened, the facts of its
 * lines are counted before and after the change, and the difference is added under every unit above theirs, in the
 * same transaction. Reports on the same units take their turn (a lock per unit), so that two plans' reports of one
 * fact never both count it.
 */
@ApplicationScoped
public class Consolidation {

    /** The first key of this service's advisory locks on units (the second is a hash of the unit's id). */
    private static final int UNIT_LOCKS = 0x5245_5054;
    /** Units whose facts are counted again in one go when everything is. */
    private static final int RECOUNT_BATCH = 500;

    private final FactRepository facts;
    private final ConsolidatedValueRepository sums;
    private final UnitDirectory units;
    private final EntityManager entityManager;

    public Consolidation(FactRepository facts, ConsolidatedValueRepository sums, UnitDirectory units,
            EntityManager entityManager) {
        this.facts = facts;
        this.sums = sums;
        this.units = units;
        this.entityManager = entityManager;
    }

    /** Runs {@code change}, a step of {@code report}'s life, and counts what it changes in the consolidated sums. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recount(Report report, Runnable change) {
        List<ReportValue> lines = report.values.stream().filter(line -> line.kind != ObligationKind.AD_HOC).toList();
        if (lines.isEmpty()) {
            change.run();
            return;
        }
        Set<Long> unitIds = new TreeSet<>();
        Set<String> indicators = new HashSet<>();
        lines.forEach(line -> {
            unitIds.add(line.unitId);
            indicators.add(line.indicator);
        });
        ObligationKind kind = lines.get(0).kind;
        int year = lines.get(0).year;
        lock(unitIds);
        Map<Fact.Key, Fact> before = Fact.counted(facts.of(unitIds, kind, year, indicators));
        change.run();
        Map<Fact.Key, Fact> after = Fact.counted(facts.of(unitIds, kind, year, indicators));
        Map<Fact.Key, Figures> difference = new HashMap<>();
        after.forEach((key, fact) -> difference.merge(key, fact.figures(), Figures::plus));
        before.forEach((key, fact) -> difference.merge(key, Figures.NONE.minus(fact.figures()), Figures::plus));
        sums.add(filed(difference, unitIds));
    }

    /** Counts every fact again, from nothing: after the hierarchy changed, figures may belong under other units. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recountAll() {
        sums.clearExclusively();
        List<Long> unitIds = facts.unitsWithFacts();
        for (int from = 0; from < unitIds.size(); from += RECOUNT_BATCH) {
            List<Long> batch = unitIds.subList(from, Math.min(from + RECOUNT_BATCH, unitIds.size()));
            Map<Fact.Key, Figures> counted = new HashMap<>();
            Fact.counted(facts.of(batch)).forEach((key, fact) -> counted.put(key, fact.figures()));
            sums.add(filed(counted, batch));
        }
    }

    /** Each unit's figures, under every unit above it in the period. */
    private Map<Fact.Key, Figures> filed(Map<Fact.Key, Figures> byUnit, Collection<Long> unitIds) {
        Filing filing = new Filing(units, unitIds);
        Map<Fact.Key, Figures> filed = new HashMap<>();
        byUnit.forEach((key, figures) -> {
            Filing.Position position = filing.of(key.unitId(), Fact.lastDayOf(key.kind(), key.year()));
            Figures counted = position.mergedAway() ? figures.asMergedAway() : figures;
            for (long above : position.unitsAbove()) {
                filed.merge(new Fact.Key(key.planId(), key.basis(), key.indicator(), above, key.kind(), key.year()),
                        counted, Figures::plus);
            }
        });
        return filed;
    }

    private void lock(Set<Long> unitIds) {
        // One statement, in id order: two recounts sharing units wait on each other, never in a cycle. Two ids with the
        // same hash share a lock, which costs a wait at most.
        entityManager.createNativeQuery("SELECT count(pg_advisory_xact_lock(:locks, hashint8(id))) "
                        + "FROM (SELECT id FROM unnest(cast(:ids AS bigint[])) id ORDER BY id) sorted")
                .setParameter("locks", UNIT_LOCKS).setParameter("ids", unitIds.toArray(Long[]::new)).getSingleResult();
    }
}
