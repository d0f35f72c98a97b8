package vn.culture.lifelong.reporting.consolidation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.culture.lifelong.kit.persistence.SqlValues;
import vn.culture.lifelong.reporting.consolidation.domain.Figures;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.consolidation.domain.Fact;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;

/**
 * The facts consolidation counts, read from the lines of submitted and accepted periodic reports (a draft, a returned
 * report and an ad-hoc request count for nothing; nor does a line left blank).
 */
@ApplicationScoped
public class FactRepository {

    private static final String FACTS = "SELECT v.plan_id, v.indicator, v.unit_id, v.kind, v.year, r.id AS report_id, "
            + "r.status, coalesce(r.accepted_at, r.last_submitted_at) AS counted_at, "
            + "v.number_value, v.yes_no, v.numerator, v.denominator "
            + "FROM report_value v JOIN report r ON r.id = v.report_id "
            + "WHERE r.status IN ('SUBMITTED', 'ACCEPTED') AND v.kind IN ('HALF_YEAR', 'ANNUAL') "
            + "AND (v.number_value IS NOT NULL OR v.yes_no IS NOT NULL OR v.denominator IS NOT NULL)";

    private final EntityManager entityManager;

    public FactRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The facts of {@code unitIds} for one period and some indicators: what one report's lines may change. */
    public List<Fact> of(Collection<Long> unitIds, ObligationKind kind, int year, Collection<String> indicators) {
        return facts(FACTS + " AND v.unit_id = ANY (cast(:units AS bigint[])) AND v.kind = :kind AND v.year = :year "
                        + "AND v.indicator = ANY (cast(:indicators AS text[]))",
                Map.of("units", unitIds.toArray(Long[]::new), "kind", kind.name(), "year", year,
                        "indicators", indicators.toArray(String[]::new)));
    }

    /** Every fact of {@code unitIds}, in every period: what counting everything again reads, a batch of units at a time. */
    public List<Fact> of(Collection<Long> unitIds) {
        return facts(FACTS + " AND v.unit_id = ANY (cast(:units AS bigint[]))", Map.of("units", unitIds.toArray(Long[]::new)));
    }

    /** The facts of one indicator and period for some units, optionally of one plan's reports only. */
    public List<Fact> of(String indicator, ObligationKind kind, int year, Collection<Long> unitIds, Optional<Long> plan) {
        Map<String, Object> parameters = new HashMap<>(Map.of("units", unitIds.toArray(Long[]::new), "kind", kind.name(),
                "year", year, "indicator", indicator));
        plan.ifPresent(id -> parameters.put("plan", id));
        return facts(FACTS + " AND v.indicator = :indicator AND v.unit_id = ANY (cast(:units AS bigint[])) "
                + "AND v.kind = :kind AND v.year = :year" + plan.map(id -> " AND v.plan_id = :plan").orElse(""), parameters);
    }

    /** Units of a tree, by the path prefix of its root, less one unit, of one kind and level when given. */
    public record Tree(String pathPrefix, Optional<Long> except, Optional<String> unitKind, Optional<String> level) {

        public static Tree under(String pathPrefix) {
            return new Tree(pathPrefix, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * The facts of one indicator and period of the units of {@code tree}, of one plan's reports when given: the few
     * values of a "latest" indicator, or a target's scope narrowed to units of one kind and level.
     */
    public List<Fact> in(Tree tree, String indicator, ObligationKind kind, int year, Optional<Long> plan) {
        Map<String, Object> parameters = new HashMap<>(Map.of("subtree", tree.pathPrefix() + "%", "kind", kind.name(),
                "year", year, "indicator", indicator));
        tree.except().ifPresent(value -> parameters.put("except", value));
        tree.unitKind().ifPresent(value -> parameters.put("unitKind", value));
        tree.level().ifPresent(value -> parameters.put("level", value));
        plan.ifPresent(id -> parameters.put("plan", id));
        return facts(FACTS + " AND v.indicator = :indicator AND v.kind = :kind AND v.year = :year "
                + "AND v.unit_id IN (SELECT unit_id FROM unit_view WHERE path LIKE :subtree"
                + tree.except().map(value -> " AND unit_id <> :except").orElse("")
                + tree.unitKind().map(value -> " AND kind = :unitKind").orElse("")
                + tree.level().map(value -> " AND level = :level").orElse("") + ")"
                + plan.map(id -> " AND v.plan_id = :plan").orElse(""), parameters);
    }

    /** The units with at least one fact. */
    public List<Long> unitsWithFacts() {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("SELECT DISTINCT unit_id FROM (" + FACTS + ") facts ORDER BY unit_id")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private List<Fact> facts(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(FactRepository::fact).toList();
    }

    private static Fact fact(Tuple row) {
        return new Fact(((Number) row.get("plan_id")).longValue(), (String) row.get("indicator"),
                ((Number) row.get("unit_id")).longValue(), ObligationKind.valueOf((String) row.get("kind")),
                ((Number) row.get("year")).intValue(), ((Number) row.get("report_id")).longValue(),
                ReportStatus.valueOf((String) row.get("status")), SqlValues.offsetDateTime(row.get("counted_at")),
                Figures.ofOne((BigDecimal) row.get("number_value"), (Boolean) row.get("yes_no"),
                        (BigDecimal) row.get("numerator"), (BigDecimal) row.get("denominator")));
    }
}
