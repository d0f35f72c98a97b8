package vn.culture.lifelong.reporting.plans.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.culture.lifelong.reporting.plans.domain.IndicatorView;

@ApplicationScoped
public class IndicatorViewRepository implements PanacheRepositoryBase<IndicatorView, String> {
}
