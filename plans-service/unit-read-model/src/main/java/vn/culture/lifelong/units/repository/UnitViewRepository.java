package vn.culture.lifelong.units.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import vn.culture.lifelong.units.domain.UnitView;

@ApplicationScoped
public class UnitViewRepository implements PanacheRepository<UnitView> {

    /** The row of plans-service's unit {@code unitId}. */
    public Optional<UnitView> findByUnitId(long unitId) {
        return find("unitId", unitId).firstResultOptional();
    }

    /** The unit bearing {@code code} today or, if none does, the one that bore it last. */
    public Optional<UnitView> findByCode(String code) {
        return find("code = :code order by case when (validFrom is null or validFrom <= :today) "
                        + "and (validTo is null or validTo >= :today) then 0 else 1 end, validTo desc nulls first",
                Parameters.with("code", code).and("today", LocalDate.now())).firstResultOptional();
    }
}
