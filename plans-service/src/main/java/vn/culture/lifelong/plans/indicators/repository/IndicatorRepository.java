package vn.culture.lifelong.plans.indicators.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.culture.lifelong.plans.indicators.domain.Indicator;
import vn.culture.lifelong.plans.indicators.domain.Sector;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {

    private static final Sort BY_CODE = Sort.by("code");
    private static final long CATALOGUE_LOCK = 0x494e44494341544fL;

    public Optional<Indicator> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public PanacheQuery<Indicator> list(Optional<Sector> sector) {
        return sector.map(value -> find("sector", BY_CODE, value)).orElseGet(() -> findAll(BY_CODE));
    }

    /** Serialises catalogue seeding across instances of plans-service until the transaction ends. */
    public void lockCatalogue() {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(:key)")
                .setParameter("key", CATALOGUE_LOCK)
                .getSingleResult();
    }
}
