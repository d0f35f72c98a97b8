package vn.culture.lifelong.events.activities.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;
import vn.culture.lifelong.events.activities.domain.Activity;
import vn.culture.lifelong.events.activities.domain.UnitActivity;
import vn.culture.lifelong.events.activities.domain.Visibility;
import vn.culture.lifelong.units.domain.UnitView;

@ApplicationScoped
public class ActivityRepository implements PanacheRepository<Activity> {

    /**
     * What changes when any activity a filter selects changes, comes or goes, or when a unit holding one changes
     * (its name is in the feed): counts, sums of ids and versions, latest changes.
     */
    public record Fingerprint(long count, OffsetDateTime lastChange, long ids, long versions, OffsetDateTime lastUnitChange,
            long unitVersions) {
    }

    /** The activities {@code filter} selects in date order, {@code size} from {@code offset}. */
    public List<UnitActivity> search(ActivityFilter filter, int offset, int size) {
        Query query = Query.of(filter);
        TypedQuery<Object[]> select = getEntityManager().createQuery("SELECT a, u" + query.from
                + " ORDER BY a.startDate, a.startsAt NULLS FIRST, a.id", Object[].class);
        query.parameters.forEach(select::setParameter);
        // Read, never changed: no snapshot of each row is kept for dirty checking.
        select.setHint(HibernateHints.HINT_READ_ONLY, true);
        return select.setFirstResult(offset).setMaxResults(size).getResultStream()
                .map(row -> new UnitActivity((Activity) row[0], (UnitView) row[1])).toList();
    }

    public long count(ActivityFilter filter) {
        Query query = Query.of(filter);
        TypedQuery<Long> count = getEntityManager().createQuery("SELECT count(a)" + query.from, Long.class);
        query.parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    public Fingerprint fingerprint(ActivityFilter filter) {
        Query query = Query.of(filter);
        TypedQuery<Object[]> select = getEntityManager().createQuery("SELECT count(a), max(a.updatedAt), coalesce(sum(a.id), 0),"
                + " coalesce(sum(a.id * a.version), 0), max(u.updatedAt), coalesce(sum(u.sourceVersion), 0)" + query.from,
                Object[].class);
        query.parameters.forEach(select::setParameter);
        Object[] row = select.getSingleResult();
        return new Fingerprint((Long) row[0], (OffsetDateTime) row[1], ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(), (OffsetDateTime) row[4], ((Number) row[5]).longValue());
    }

    /** The FROM and WHERE of a filter, and their parameters. */
    private record Query(String from, Map<String, Object> parameters) {

        static Query of(ActivityFilter filter) {
            StringBuilder from = new StringBuilder(" FROM Activity a JOIN UnitView u ON u.unitId = a.unitId"
                    + " WHERE u.path LIKE :subtree AND a.endDate >= :from AND a.startDate <= :to");
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("subtree", filter.subtreePath() + "%");
            parameters.put("from", filter.from());
            parameters.put("to", filter.to());
            filter.kind().ifPresent(kind -> {
                from.append(" AND a.kind = :kind");
                parameters.put("kind", kind);
            });
            filter.dayCode().ifPresent(day -> {
                from.append(" AND a.dayCode = :day");
                parameters.put("day", day);
            });
            filter.planId().ifPresent(plan -> {
                from.append(" AND a.planId = :plan");
                parameters.put("plan", plan);
            });
            filter.status().ifPresent(status -> {
                from.append(" AND a.status = :status");
                parameters.put("status", status);
            });
            ActivityFilter.Readers readers = filter.readers();
            if (!readers.everything()) {
                parameters.put("public", Visibility.PUBLIC);
                if (readers.linePath().isPresent()) {
                    // The reader's line: units under the reader's unit, and the units above it (whose path begins the reader's).
                    from.append(" AND (a.visibility = :public OR u.path LIKE :readerSubtree"
                            + " OR locate(u.path, :readerPath) = 1)");
                    parameters.put("readerSubtree", readers.linePath().get() + "%");
                    parameters.put("readerPath", readers.linePath().get());
                } else {
                    from.append(" AND a.visibility = :public");
                }
            }
            return new Query(from.toString(), parameters);
        }
    }
}
