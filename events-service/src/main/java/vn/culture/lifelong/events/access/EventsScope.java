package vn.culture.lifelong.events.access;

import java.util.Optional;
import vn.culture.lifelong.events.activities.domain.Visibility;
import vn.culture.lifelong.events.activities.repository.ActivityFilter;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.kit.security.Roles;
import vn.culture.lifelong.units.domain.UnitView;

/**
 * What a caller may see and do in events. Organisers hold activities and keep days for their unit and the units under
 * it; admins do everything. Public activities are everyone's; an internal one is read by the people of its unit's
 * line (the unit, the units above it and those under it). A caller whose unit this service does not know organises
 * nothing and reads only what is public.
 */
public record EventsScope(Caller caller, Optional<UnitView> unit) {

    public boolean isAdmin() {
        return caller.isAdmin();
    }

    /** Whether {@code other} is the caller's unit or under it. */
    public boolean covers(UnitView other) {
        return isAdmin() || unit.isPresent() && other.isInSubtreeOf(unit.get());
    }

    public boolean mayOrganise(UnitView holder) {
        return isAdmin() || caller.hasRole(Roles.ORGANISER) && covers(holder);
    }

    /** Who reads what: admins everything, others the public activities and their line's internal ones. */
    public ActivityFilter.Readers readers() {
        if (isAdmin()) {
            return ActivityFilter.Readers.ALL;
        }
        return unit.map(own -> ActivityFilter.Readers.ofLine(own.path)).orElse(ActivityFilter.Readers.PUBLIC);
    }

    public boolean mayRead(UnitView holder, Visibility visibility) {
        return visibility == Visibility.PUBLIC || covers(holder)
                || unit.isPresent() && unit.get().isInSubtreeOf(holder);
    }
}
