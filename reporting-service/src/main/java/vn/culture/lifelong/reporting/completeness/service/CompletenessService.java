package vn.culture.lifelong.reporting.completeness.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.reporting.access.ReportingScopes;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.obligations.domain.Timeliness;
import vn.culture.lifelong.reporting.obligations.repository.ObligationRepository;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;

/**
 * Completeness and timeliness of a unit's tree, per child: one grouped query over the obligations, each counted under
 * the child whose tree holds its unit (read from the unit's path).
 */
@ApplicationScoped
public class CompletenessService {

    private final EntityManager entityManager;
    private final ReportingScopes scopes;
    private final UnitDirectory units;
    private final Clock clock;

    public CompletenessService(EntityManager entityManager, ReportingScopes scopes, UnitDirectory units, Clock clock) {
        this.entityManager = entityManager;
        this.scopes = scopes;
        this.units = units;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Completeness of(Optional<String> unitCode, Optional<Long> plan, Optional<ObligationKind> kind,
            Optional<Integer> year, Caller caller) {
        UnitRef unit = scopes.treeToRead(unitCode, caller);
        OffsetDateTime now = Timestamps.now(clock);
        StringBuilder sql = new StringBuilder("SELECT split_part(substr(u.path, length(:prefix) + 1), '/', 1) AS child, "
                + "count(*) AS expected, count(o.first_submitted_at) AS submitted, "
                + "count(*) FILTER (WHERE o.status = 'ACCEPTED') AS accepted, "
                + "count(*) FILTER (WHERE " + ObligationRepository.timelinessCondition(Timeliness.ON_TIME) + ") AS on_time, "
                + "count(*) FILTER (WHERE " + ObligationRepository.timelinessCondition(Timeliness.LATE) + ") AS late, "
                + "count(*) FILTER (WHERE " + ObligationRepository.timelinessCondition(Timeliness.OVERDUE) + ") AS overdue, "
                + "coalesce(sum(o.return_count), 0) AS returns "
                + "FROM obligation o JOIN unit_view u ON u.unit_id = o.unit_id WHERE u.path LIKE :subtree");
        Map<String, Object> parameters = new HashMap<>(Map.of("prefix", unit.path(), "subtree", unit.path() + "%", "now", now));
        plan.ifPresent(id -> {
            sql.append(" AND o.plan_id = :plan");
            parameters.put("plan", id);
        });
        kind.ifPresent(value -> {
            sql.append(" AND o.kind = :kind");
            parameters.put("kind", value.name());
        });
        year.ifPresent(value -> {
            sql.append(" AND o.year = :year");
            parameters.put("year", value);
        });
        sql.append(" GROUP BY 1");
        Query query = entityManager.createNativeQuery(sql.toString(), Tuple.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();

        Completeness.Counts total = Completeness.Counts.NONE;
        Map<Long, Completeness.Counts> byChild = new LinkedHashMap<>();
        for (Tuple row : rows) {
            Completeness.Counts counts = counts(row);
            total = total.plus(counts);
            String child = (String) row.get("child");
            // The unit's own obligations count in its total, under no child.
            if (!child.isEmpty()) {
                byChild.merge(Long.valueOf(child), counts, Completeness.Counts::plus);
            }
        }
        Map<Long, UnitRef> childUnits = units.byIds(byChild.keySet());
        units.childrenOf(unit, now.toLocalDate()).forEach(child -> {
            childUnits.putIfAbsent(child.unitId(), child);
            byChild.putIfAbsent(child.unitId(), Completeness.Counts.NONE);
        });
        List<Completeness.Child> children = new ArrayList<>();
        byChild.forEach((id, counts) -> Optional.ofNullable(childUnits.get(id))
                .ifPresent(child -> children.add(new Completeness.Child(child, counts))));
        children.sort(Comparator.comparing(child -> child.unit().code()));
        return new Completeness(unit, plan, kind, year, now, total, children);
    }

    private static Completeness.Counts counts(Tuple row) {
        return new Completeness.Counts(number(row, "expected"), number(row, "submitted"), number(row, "accepted"),
                number(row, "on_time"), number(row, "late"), number(row, "overdue"), number(row, "returns"));
    }

    private static long number(Tuple row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
