package vn.culture.lifelong.reporting.access;

import java.util.Optional;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.kit.security.Roles;
import vn.culture.lifelong.reporting.units.domain.UnitRef;

/**
 * What a caller may see and do in reporting. Everyone signed in reads what concerns their unit's tree (reported by it
 * or received by it); reporters and provincial systems (integration) report for their unit and the units under it;
 * reviewers review what their tree receives; reviewers and planners ask for ad-hoc reports; admins do everything.
 * A caller whose unit this service does not know reaches nothing.
 */
public record ReportingScope(Caller caller, Optional<UnitRef> unit) {

    public boolean isAdmin() {
        return caller.isAdmin();
    }

    /** Whether {@code other} is the caller's unit or under it. */
    public boolean covers(UnitRef other) {
        return isAdmin() || unit.isPresent() && other.isInSubtreeOf(unit.get());
    }

    public boolean mayRead(UnitRef reporting, UnitRef receiving) {
        return covers(reporting) || covers(receiving);
    }

    public boolean mayReport(UnitRef reporting) {
        return isAdmin() || (caller.hasRole(Roles.REPORTER) || caller.hasRole(Roles.INTEGRATION)) && covers(reporting);
    }

    public boolean mayReview(UnitRef receiving) {
        return isAdmin() || caller.hasRole(Roles.REVIEWER) && covers(receiving);
    }

    public boolean mayRequest(UnitRef receiving) {
        return isAdmin() || (caller.hasRole(Roles.REVIEWER) || caller.hasRole(Roles.PLANNER)) && covers(receiving);
    }

    /** The path prefix that bounds what the caller reads; empty for admins, who read everything. */
    public Optional<String> readablePrefix() {
        if (isAdmin()) {
            return Optional.empty();
        }
        // A caller without a known unit reads nothing: no path starts with this.
        return Optional.of(unit.map(UnitRef::path).orElse("#"));
    }
}
