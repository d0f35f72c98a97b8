package vn.culture.lifelong.events.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.repository.UnitViewRepository;

/** The caller's {@link EventsScope}: their unit (the token's {@code org_unit}) as the unit read model knows it. */
@ApplicationScoped
public class EventsScopes {

    private final UnitViewRepository units;

    public EventsScopes(UnitViewRepository units) {
        this.units = units;
    }

    public EventsScope of(Caller caller) {
        return new EventsScope(caller, caller.orgUnit().flatMap(units::findByCode));
    }

    /** The unit a query names, or the caller's own when it names none (400 when the caller has none, 404 if unknown). */
    public UnitView unitAsked(Optional<String> code, EventsScope scope) {
        if (code.isEmpty()) {
            return scope.unit().orElseThrow(() -> new InvalidRequestException("unit", "unit.required"));
        }
        return units.findByCode(code.get()).orElseThrow(() -> new NotFoundException("unit.not.found", code.get()));
    }
}
