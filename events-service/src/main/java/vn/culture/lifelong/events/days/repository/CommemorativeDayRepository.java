package vn.culture.lifelong.events.days.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import vn.culture.lifelong.events.days.domain.CommemorativeDay;

@ApplicationScoped
public class CommemorativeDayRepository implements PanacheRepository<CommemorativeDay> {

    /** The national days, and those kept by one of {@code unitCodes}. */
    public List<CommemorativeDay> nationalAndOf(Collection<String> unitCodes) {
        return unitCodes.isEmpty() ? list("scopeUnitCode is null")
                : list("scopeUnitCode is null or scopeUnitCode in ?1", unitCodes);
    }
}
