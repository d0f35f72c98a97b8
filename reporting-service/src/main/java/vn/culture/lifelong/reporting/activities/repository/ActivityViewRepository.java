package vn.culture.lifelong.reporting.activities.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.culture.lifelong.reporting.activities.domain.ActivityView;

@ApplicationScoped
public class ActivityViewRepository implements PanacheRepositoryBase<ActivityView, Long> {

    /**
     * The activities of {@code kinds} held by the units whose path starts with {@code subtreePath}, whose first day
     * falls from {@code from} to {@code to}, by id.
     */
    public List<Long> heldIn(String subtreePath, Set<String> kinds, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("SELECT a.activityId FROM ActivityView a JOIN UnitView u ON u.unitId = a.unitId"
                        + " WHERE u.path LIKE :subtree AND a.status = :held AND a.kind IN :kinds"
                        + " AND a.startDate BETWEEN :from AND :to ORDER BY a.activityId", Long.class)
                .setParameter("subtree", subtreePath + "%")
                .setParameter("held", ActivityView.HELD)
                .setParameter("kinds", kinds)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
