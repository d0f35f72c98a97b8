package vn.culture.lifelong.reporting.plans.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import vn.culture.lifelong.reporting.plans.domain.PlanView;

@ApplicationScoped
public class PlanViewRepository implements PanacheRepositoryBase<PlanView, Long> {

    /**
     * A plan for reading only: its JSON parts (regime, targets, tasks) are neither copied for dirty checking when
     * loaded nor compared at the flush, which for a plan with a hundred targets costs more than the request itself.
     */
    public Optional<PlanView> findForReading(long planId) {
        return Optional.ofNullable(getEntityManager().find(PlanView.class, planId, Map.of(HibernateHints.HINT_READ_ONLY, true)));
    }

    /** The plans with a target on {@code indicator} (only {@code plan}, when given), for reading only. */
    public List<PlanView> withTargetsOn(String indicator, Optional<Long> plan) {
        var query = getEntityManager().createNativeQuery("SELECT * FROM plan_view WHERE targets @> "
                        + "jsonb_build_array(jsonb_build_object('indicator', cast(:indicator AS text)))"
                        + plan.map(id -> " AND plan_id = :plan").orElse(""), PlanView.class)
                .setParameter("indicator", indicator)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        plan.ifPresent(id -> query.setParameter("plan", id));
        @SuppressWarnings("unchecked")
        List<PlanView> found = query.getResultList();
        return found;
    }

    /** The plans implementing {@code planId}, for reading only. */
    public List<PlanView> childrenOf(long planId) {
        return find("parentPlanId", planId).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** Replaces the units a plan's regime names, by which unit changes find the plan. */
    public void replaceScopeRoots(long planId, List<Long> rootUnitIds) {
        getEntityManager().createNativeQuery("DELETE FROM plan_scope_root WHERE plan_id = :plan")
                .setParameter("plan", planId).executeUpdate();
        getEntityManager().createNativeQuery("INSERT INTO plan_scope_root (plan_id, root_unit_id) "
                        + "SELECT :plan, root FROM unnest(cast(:roots AS bigint[])) AS root ON CONFLICT DO NOTHING")
                .setParameter("plan", planId).setParameter("roots", rootUnitIds.toArray(Long[]::new)).executeUpdate();
    }

    /**
     * Marks the plans whose regime names one of {@code unitIds} (a changed unit and the units above it): their
     * obligations are derived again.
     */
    public int markStaleNaming(List<Long> unitIds) {
        return getEntityManager().createNativeQuery("UPDATE plan_view SET obligations_stale = true WHERE NOT obligations_stale "
                        + "AND plan_id IN (SELECT plan_id FROM plan_scope_root WHERE root_unit_id = ANY (cast(:units AS bigint[])))")
                .setParameter("units", unitIds.toArray(Long[]::new)).executeUpdate();
    }

    /** Up to {@code limit} stale plans, locked; another instance deriving at once takes others. */
    public List<PlanView> lockStale(int limit) {
        return find("obligationsStale = true").withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2).page(0, limit).list();
    }
}
