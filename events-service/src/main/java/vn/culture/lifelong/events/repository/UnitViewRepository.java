package vn.culture.lifelong.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.culture.lifelong.events.domain.UnitView;

@ApplicationScoped
public class UnitViewRepository implements PanacheRepositoryBase<UnitView, String> {
}
