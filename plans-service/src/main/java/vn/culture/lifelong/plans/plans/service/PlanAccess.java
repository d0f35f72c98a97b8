package vn.culture.lifelong.plans.plans.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.kit.security.Roles;
import vn.culture.lifelong.plans.units.domain.SuccessionKind;
import vn.culture.lifelong.plans.units.domain.Unit;
import vn.culture.lifelong.plans.units.repository.UnitRepository;

/**
 * Who may write a plan: admins, and planners of the issuing unit or of a unit above it; provincial systems may also
 * import drafts. Closed units pass their plans on: the issuer's successors own its plans (xã Hồng Phong's plan
 * belongs to xã Đồng Đăng and Lạng Sơn), and a unit above the issuer that merged into another passes the plans of
 * its whole tree to it (old Cần Thơ's departments' plans belong to the new Cần Thơ).
 */
@ApplicationScoped
public class PlanAccess {

    private final UnitRepository units;

    public PlanAccess(UnitRepository units) {
        this.units = units;
    }

    public void checkMayWrite(Caller caller, Unit issuer) {
        if (!mayWrite(caller, issuer)) {
            throw new ForbiddenException("Not a planner of " + issuer.code);
        }
    }

    /**
     * Who may create a draft: whoever may write it, and the systems of a unit (role integration) importing drafts
     * of plans issued within their unit's tree; issuing and every later step stay with planners.
     */
    public void checkMayDraft(Caller caller, Unit issuer) {
        boolean importing = caller.hasRole(Roles.INTEGRATION) && ownedWithinCallersUnit(caller, issuer);
        if (!importing && !mayWrite(caller, issuer)) {
            throw new ForbiddenException("May not draft a plan of " + issuer.code);
        }
    }

    public boolean mayWrite(Caller caller, Unit issuer) {
        return caller.isAdmin() || caller.hasRole(Roles.PLANNER) && ownedWithinCallersUnit(caller, issuer);
    }

    /** Whether the issuer's plans belong to the caller's unit or a unit under it. */
    private boolean ownedWithinCallersUnit(Caller caller, Unit issuer) {
        Optional<Unit> callersUnit = caller.orgUnit().flatMap(units::findByCode);
        return callersUnit.isPresent() && owners(issuer).stream().anyMatch(owner -> owner.isInSubtreeOf(callersUnit.get()));
    }

    /** The issuer, its successors of any kind, and what the units above it merged into, transitively. */
    private static Set<Unit> owners(Unit issuer) {
        Set<Unit> owners = new HashSet<>();
        Deque<Unit> toVisit = new ArrayDeque<>();
        toVisit.add(issuer);
        for (Unit above = issuer.parent; above != null; above = above.parent) {
            above.successors.stream().filter(link -> link.kind == SuccessionKind.MERGED_INTO)
                    .forEach(link -> toVisit.add(link.successor));
        }
        while (!toVisit.isEmpty()) {
            Unit unit = toVisit.removeFirst();
            if (owners.add(unit)) {
                unit.successors.forEach(link -> toVisit.add(link.successor));
            }
        }
        return owners;
    }
}
