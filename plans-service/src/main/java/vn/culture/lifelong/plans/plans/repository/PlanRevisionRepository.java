package vn.culture.lifelong.plans.plans.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.culture.lifelong.plans.plans.domain.PlanRevision;

@ApplicationScoped
public class PlanRevisionRepository implements PanacheRepositoryBase<PlanRevision, PlanRevision.Key> {

    public List<PlanRevision> ofPlan(long planId) {
        return list("key.planId", Sort.by("key.revision"), planId);
    }
}
