package vn.culture.lifelong.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.culture.lifelong.reporting.domain.UnitView;

@ApplicationScoped
public class UnitViewRepository implements PanacheRepositoryBase<UnitView, String> {
}
