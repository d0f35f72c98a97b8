package vn.culture.lifelong.reporting.consolidation.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.culture.lifelong.reporting.ReportingConfig;
import vn.culture.lifelong.reporting.consolidation.domain.Fact;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.obligations.service.ObligationsDerived;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.plans.repository.PlanViewRepository;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.service.UnitViewChanged;

/**
 * How many units are expected to give an indicator's value for a period, as the plans' targets on it ask: for a
 * target over the units under a unit (of a kind, of a level), those units as they stood on the period's last day; for
 * a target on one unit (a province-wide total), the units owing the plan's reports of that period in its tree, each
 * answering with its share. Across plans each unit counts once. Counted under a unit and under each of its children
 * in one grouped read of the unit read model's path index, which at national scale reads every unit: the counts are
 * kept, and forgotten when units or obligations change ({@code reporting.consolidation.expected-units-for} bounds
 * how long another instance's may lag behind).
 */
@ApplicationScoped
public class ExpectedUnits {

    private static final String EXISTS_ON_DAY = "(valid_from IS NULL OR valid_from <= :day) AND (valid_to IS NULL OR valid_to >= :day)";

    private final PlanViewRepository plans;
    private final UnitDirectory units;
    private final EntityManager entityManager;
    private final Cache<Question, Map<Long, Long>> counted;

    private record Question(long unitId, Optional<Long> plan, String indicator, ObligationKind kind, int year) {
    }

    public ExpectedUnits(PlanViewRepository plans, UnitDirectory units, EntityManager entityManager,
            ReportingConfig config) {
        this.plans = plans;
        this.units = units;
        this.entityManager = entityManager;
        this.counted = Caffeine.newBuilder().maximumSize(config.consolidation().expectedUnitsEntries())
                .expireAfterWrite(config.consolidation().expectedUnitsFor()).build();
    }

    /** The expected units of {@code unit}'s tree (under its id) and of each child's (under theirs). */
    public Map<Long, Long> count(UnitRef unit, Optional<Long> plan, String indicator, ObligationKind kind, int year) {
        return counted.get(new Question(unit.unitId(), plan, indicator, kind, year),
                question -> countNow(unit, plan, indicator, kind, year));
    }

    void unitChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitViewChanged change) {
        counted.invalidateAll();
    }

    void obligationsDerived(@Observes(during = TransactionPhase.AFTER_SUCCESS) ObligationsDerived derived) {
        counted.invalidateAll();
    }

    private Map<Long, Long> countNow(UnitRef unit, Optional<Long> plan, String indicator, ObligationKind kind, int year) {
        return conditionsOf(plan, indicator, kind, year).countUnder(unit);
    }

    /** The units the targets on {@code indicator} ask of for the period, of every plan or of {@code plan}. */
    private Conditions conditionsOf(Optional<Long> plan, String indicator, ObligationKind kind, int year) {
        Conditions conditions = new Conditions(kind, year);
        for (PlanView view : plans.withTargetsOn(indicator, plan)) {
            if (asksFor(view, kind, year)) {
                view.targets.stream().filter(target -> target.indicator().equals(indicator))
                        .forEach(target -> conditions.add(view, target));
            }
        }
        return conditions;
    }

    /**
     * The expected units of {@code unit}'s tree and of the tree of every unit under it, each under its id (units
     * expecting none left out): a whole breakdown's counts in one read, not a read per unit. Not kept.
     */
    public Map<Long, Long> countThroughout(UnitRef unit, Optional<Long> plan, String indicator, ObligationKind kind,
            int year) {
        return conditionsOf(plan, indicator, kind, year).countThroughout(unit);
    }

    /** The expected units of one target inside {@code unit}'s tree. */
    public long inScope(PlanView plan, PlanTarget target, UnitRef unit, ObligationKind kind, int year) {
        Conditions conditions = new Conditions(kind, year);
        conditions.add(plan, target);
        return conditions.countUnder(unit).getOrDefault(unit.unitId(), 0L);
    }

    /** Whether the plan asks for reports of {@code kind} for {@code year}. */
    private static boolean asksFor(PlanView plan, ObligationKind kind, int year) {
        return plan.horizonFrom <= year && year <= plan.horizonTo
                && (plan.endedOn == null || plan.endedOn.getYear() >= year)
                && plan.regime.stream().anyMatch(report -> report.kind().equals(kind.name()));
    }

    /** The units targets ask of, as SQL conditions on {@code unit_view}, OR-ed. */
    private final class Conditions {

        private final ObligationKind kind;
        private final int year;
        private final LocalDate day;
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();
        private boolean readsObligations;

        Conditions(ObligationKind kind, int year) {
            this.kind = kind;
            this.year = year;
            this.day = Fact.lastDayOf(kind, year);
        }

        void add(PlanView plan, PlanTarget target) {
            for (UnitRef root : units.existingOn(plan.unitOf(target.scope()), day)) {
                String at = "s" + conditions.size();
                parameters.put(at + "p", root.path() + "%");
                if (!target.scope().subtree()) {
                    // Its share of the named unit's total comes from each unit owing the plan's report in its tree.
                    parameters.put(at + "plan", plan.planId);
                    readsObligations = true;
                    conditions.add("(path LIKE :" + at + "p AND unit_id IN (SELECT unit_id FROM obligation WHERE "
                            + "plan_id = :" + at + "plan AND kind = :kind AND year = :year AND regime_key IS NOT NULL))");
                    continue;
                }
                StringBuilder condition = new StringBuilder("(path LIKE :" + at + "p AND unit_id <> :" + at + "r");
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

        /** {@code columns} of the units of {@code unit}'s tree, existing on the period's last day, that are asked of. */
        private Query askedIn(UnitRef unit, String columns, String groupBy) {
            Query query = entityManager.createNativeQuery("SELECT " + columns + " FROM unit_view WHERE path LIKE :subtree "
                    + "AND " + EXISTS_ON_DAY + " AND (" + String.join(" OR ", conditions) + ")" + groupBy, Tuple.class);
            query.setParameter("subtree", unit.path() + "%").setParameter("day", day);
            if (readsObligations) {
                query.setParameter("kind", kind.name()).setParameter("year", year);
            }
            parameters.forEach(query::setParameter);
            return query;
        }

        /** Each unit asked of counts under every unit of {@code unit}'s tree above it, and under itself. */
        Map<Long, Long> countThroughout(UnitRef unit) {
            Map<Long, Long> expected = new HashMap<>();
            if (conditions.isEmpty()) {
                return expected;
            }
            @SuppressWarnings("unchecked")
            List<Tuple> rows = askedIn(unit, "path", "").getResultList();
            for (Tuple row : rows) {
                String path = (String) row.get("path");
                expected.merge(unit.unitId(), 1L, Long::sum);
                // The ids below the unit's own: "/1/7/" and "/1/7/42/88/" give 42 and 88.
                for (Long below : UnitView.idsOnPath(path.substring(unit.path().length() - 1))) {
                    expected.merge(below, 1L, Long::sum);
                }
            }
            return expected;
        }

        Map<Long, Long> countUnder(UnitRef unit) {
            Map<Long, Long> expected = new HashMap<>();
            if (conditions.isEmpty()) {
                return expected;
            }
            @SuppressWarnings("unchecked")
            List<Tuple> rows = askedIn(unit, "split_part(substr(path, length(:prefix) + 1), '/', 1) AS child, "
                    + "count(*) AS units", " GROUP BY 1").setParameter("prefix", unit.path()).getResultList();
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
    }
}
