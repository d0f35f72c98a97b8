package vn.culture.lifelong.reporting.consolidation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.culture.lifelong.reporting.consolidation.domain.Basis;
import vn.culture.lifelong.reporting.consolidation.domain.Fact;
import vn.culture.lifelong.reporting.consolidation.domain.Figures;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;

/** The maintained sums of {@code consolidated_value}: added to as facts start or stop counting, read by key. */
@ApplicationScoped
public class ConsolidatedValueRepository {

    /** Rows are changed in key order, so that two transactions adding to the same rows never wait on each other in a cycle. */
    private static final Comparator<Fact.Key> KEY_ORDER = Comparator.comparingLong(Fact.Key::planId)
            .thenComparing(Fact.Key::basis).thenComparing(Fact.Key::indicator).thenComparing(Fact.Key::kind)
            .thenComparingInt(Fact.Key::year).thenComparingLong(Fact.Key::unitId);

    private final EntityManager entityManager;

    public ConsolidatedValueRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Adds each of {@code changes} (the figures under a unit, which may be negative) to its row, in one statement. */
    public void add(Map<Fact.Key, Figures> changes) {
        List<Map.Entry<Fact.Key, Figures>> rows = changes.entrySet().stream().filter(change -> !change.getValue().isNone())
                .sorted(Map.Entry.comparingByKey(KEY_ORDER)).toList();
        if (rows.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("INSERT INTO consolidated_value AS c (plan_id, basis, indicator, kind, year, "
                        + "unit_id, units, number_sum, yes_count, numerator_sum, denominator_sum, merged_away) "
                        + "SELECT * FROM unnest(cast(:plans AS bigint[]), cast(:bases AS text[]), cast(:indicators AS text[]), "
                        + "cast(:kinds AS text[]), cast(:years AS int[]), cast(:units AS bigint[]), cast(:counts AS int[]), "
                        + "cast(:numbers AS numeric[]), cast(:yeses AS int[]), cast(:numerators AS numeric[]), "
                        + "cast(:denominators AS numeric[]), cast(:mergedAway AS int[])) "
                        + "ON CONFLICT (plan_id, basis, indicator, kind, year, unit_id) DO UPDATE SET "
                        + "units = c.units + excluded.units, number_sum = c.number_sum + excluded.number_sum, "
                        + "yes_count = c.yes_count + excluded.yes_count, "
                        + "numerator_sum = c.numerator_sum + excluded.numerator_sum, "
                        + "denominator_sum = c.denominator_sum + excluded.denominator_sum, "
                        + "merged_away = c.merged_away + excluded.merged_away")
                .setParameter("plans", rows.stream().map(row -> row.getKey().planId()).toArray(Long[]::new))
                .setParameter("bases", rows.stream().map(row -> row.getKey().basis().name()).toArray(String[]::new))
                .setParameter("indicators", rows.stream().map(row -> row.getKey().indicator()).toArray(String[]::new))
                .setParameter("kinds", rows.stream().map(row -> row.getKey().kind().name()).toArray(String[]::new))
                .setParameter("years", rows.stream().map(row -> row.getKey().year()).toArray(Integer[]::new))
                .setParameter("units", rows.stream().map(row -> row.getKey().unitId()).toArray(Long[]::new))
                .setParameter("counts", rows.stream().map(row -> row.getValue().units()).toArray(Integer[]::new))
                .setParameter("numbers", rows.stream().map(row -> row.getValue().numberSum()).toArray(BigDecimal[]::new))
                .setParameter("yeses", rows.stream().map(row -> row.getValue().yesCount()).toArray(Integer[]::new))
                .setParameter("numerators", rows.stream().map(row -> row.getValue().numeratorSum()).toArray(BigDecimal[]::new))
                .setParameter("denominators", rows.stream().map(row -> row.getValue().denominatorSum()).toArray(BigDecimal[]::new))
                .setParameter("mergedAway", rows.stream().map(row -> row.getValue().mergedAway()).toArray(Integer[]::new))
                .executeUpdate();
    }

    /** The figures under each of {@code unitIds} (strictly below it), for those that have any. */
    public Map<Long, Figures> under(Collection<Long> unitIds, long planId, Basis basis, String indicator,
            ObligationKind kind, int year) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("SELECT unit_id, units, number_sum, yes_count, numerator_sum, "
                        + "denominator_sum, merged_away FROM consolidated_value WHERE plan_id = :plan AND basis = :basis "
                        + "AND indicator = :indicator AND kind = :kind AND year = :year "
                        + "AND unit_id = ANY (cast(:units AS bigint[]))", Tuple.class)
                .setParameter("plan", planId).setParameter("basis", basis.name()).setParameter("indicator", indicator)
                .setParameter("kind", kind.name()).setParameter("year", year)
                .setParameter("units", unitIds.toArray(Long[]::new)).getResultList();
        Map<Long, Figures> found = new HashMap<>();
        for (Tuple row : rows) {
            found.put(((Number) row.get("unit_id")).longValue(), new Figures(((Number) row.get("units")).intValue(),
                    (BigDecimal) row.get("number_sum"), ((Number) row.get("yes_count")).intValue(),
                    (BigDecimal) row.get("numerator_sum"), (BigDecimal) row.get("denominator_sum"),
                    ((Number) row.get("merged_away")).intValue()));
        }
        return found;
    }

    public boolean isEmpty() {
        return (Boolean) entityManager.createNativeQuery("SELECT NOT EXISTS (SELECT 1 FROM consolidated_value)", Boolean.class)
                .getSingleResult();
    }

    /** Empties the table for counting everything again; writers wait until that transaction ends, readers do not. */
    public void clearExclusively() {
        entityManager.createNativeQuery("LOCK TABLE consolidated_value IN EXCLUSIVE MODE").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM consolidated_value").executeUpdate();
    }
}
