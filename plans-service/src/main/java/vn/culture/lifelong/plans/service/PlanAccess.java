package vn.culture.lifelong.plans.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vn.culture.lifelong.plans.domain.SuccessionKind;
import vn.culture.lifelong.plans.domain.Unit;
import vn.culture.lifelong.plans.repository.UnitRepository;

/**
 * Who may write a plan: admins, and planners of the issuing unit or of a unit above it. Closed units pass their
 * plans on: the issuer's successors own its plans (xã Hồng Phong's plan belongs to xã Đồng Đăng and Lạng Sơn),
 * and a unit above the issuer that merged into another passes the plans of its whole tree to it (old Cần Thơ's
 * departments' plans belong to the new Cần Thơ).
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

    public boolean mayWrite(Caller caller, Unit issuer) {
        if (caller.admin()) {
            return true;
        }
        if (!caller.planner() || caller.orgUnit().isEmpty()) {
            return false;
        }
        Optional<Unit> callersUnit = units.findByCode(caller.orgUnit().get());
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
