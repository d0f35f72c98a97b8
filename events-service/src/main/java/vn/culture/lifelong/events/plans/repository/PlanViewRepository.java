package vn.culture.lifelong.events.plans.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.culture.lifelong.events.plans.domain.PlanView;

@ApplicationScoped
public class PlanViewRepository implements PanacheRepositoryBase<PlanView, Long> {
}
