package vn.culture.lifelong.events.days.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.culture.lifelong.events.days.domain.CommemorativeDay;

@ApplicationScoped
public class CommemorativeDayRepository implements PanacheRepository<CommemorativeDay> {

    /** What changes when any day changes: their count and versions, and the latest change. */
    public String fingerprint() {
        Object[] row = getEntityManager().createQuery(
                "SELECT count(d), coalesce(sum(d.version), 0), max(d.updatedAt) FROM CommemorativeDay d", Object[].class)
                .getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2];
    }

    public Optional<CommemorativeDay> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The national days, and those kept by one of {@code unitCodes}. */
    public List<CommemorativeDay> nationalAndOf(Collection<String> unitCodes) {
        return unitCodes.isEmpty() ? list("scopeUnitCode is null")
                : list("scopeUnitCode is null or scopeUnitCode in ?1", unitCodes);
    }
}
