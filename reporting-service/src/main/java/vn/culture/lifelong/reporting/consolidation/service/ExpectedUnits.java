package vn.culture.lifelong.reporting.consolidation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.culture.lifelong.reporting.consolidation.domain.Fact;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.plans.repository.PlanViewRepository;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;

/**
 * How many units are expected to give an indicator's value for a period: the units of the scopes of the plans'
 * targets on it (of plans whose horizon holds the year and whose regime asks for reports of that kind), as they stood
 * on the period's last day, each counted once however many plans name it. Counted under a unit and under each of its
 * children in one grouped read of the unit read model's path index.
 */
@ApplicationScoped
public class ExpectedUnits {

    private static final String EXISTS_ON_DAY = "(valid_from IS NULL OR valid_from <= :day) AND (valid_to IS NULL OR valid_to >= :day)";

    private final PlanViewRepository plans;
    private final UnitDirectory units;
    private final EntityManager entityManager;

    public ExpectedUnits(PlanViewRepository plans, UnitDirectory units, EntityManager entityManager) {
        this.plans = plans;
        this.units = units;
        this.entityManager = entityManager;
    }

    /** The expected units of {@code unit}'s tree (under its id) and of each child's (under theirs). */
    public Map<Long, Long> count(UnitRef unit, Optional<Long> plan, String indicator, ObligationKind kind, int year) {
        LocalDate day = Fact.lastDayOf(kind, year);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>(Map.of("prefix", unit.path(), "subtree", unit.path() + "%", "day", day));
        Set<Long> namedUnits = new HashSet<>();
        for (PlanView view : plans.withTargetsOn(indicator, plan)) {
            if (!asksFor(view, kind, year)) {
                continue;
            }
            for (PlanTarget target : view.targets) {
                if (!target.indicator().equals(indicator)) {
                    continue;
                }
                for (UnitRef root : units.existingOn(view.unitOf(target.scope()), day)) {
                    if (!target.scope().subtree()) {
                        namedUnits.add(root.unitId());
                        continue;
                    }
                    String at = "s" + conditions.size();
                    StringBuilder condition = new StringBuilder("(path LIKE :" + at + "p AND unit_id <> :" + at + "r");
                    parameters.put(at + "p", root.path() + "%");
                    parameters.put(at + "r", root.unitId());
                    if (target.scope().kind() != null) {
                        condition.append(" AND kind = :").append(at).append("k");
                        parameters.put(at + "k", target.scope().kind());
                    }
                    if (target.scope().level() != null) {
                        condition.append(" AND level = :").append(at).append("l");
                        parameters.put(at + "l", target.scope().level());
                    }
                    conditions.add(condition.append(')').toString());
                }
            }
        }
        if (!namedUnits.isEmpty()) {
            conditions.add("unit_id = ANY (cast(:named AS bigint[]))");
            parameters.put("named", namedUnits.toArray(Long[]::new));
        }
        Map<Long, Long> expected = new HashMap<>();
        if (conditions.isEmpty()) {
            return expected;
        }
        Query query = entityManager.createNativeQuery("SELECT split_part(substr(path, length(:prefix) + 1), '/', 1) AS child, "
                + "count(*) AS units FROM unit_view WHERE path LIKE :subtree AND " + EXISTS_ON_DAY
                + " AND (" + String.join(" OR ", conditions) + ") GROUP BY 1", Tuple.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        for (Tuple row : rows) {
            long count = ((Number) row.get("units")).longValue();
            expected.merge(unit.unitId(), count, Long::sum);
            String child = (String) row.get("child");
            if (!child.isEmpty()) {
                expected.merge(Long.valueOf(child), count, Long::sum);
            }
        }
        return expected;
    }

    /** Whether the plan asks for reports of {@code kind} for {@code year}. */
    private static boolean asksFor(PlanView plan, ObligationKind kind, int year) {
        return plan.horizonFrom <= year && year <= plan.horizonTo
                && (plan.endedOn == null || plan.endedOn.getYear() >= year)
                && plan.regime.stream().anyMatch(report -> report.kind().equals(kind.name()));
    }
}
