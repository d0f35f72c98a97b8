package vn.culture.lifelong.plans.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vn.culture.lifelong.plans.domain.Unit;
import vn.culture.lifelong.plans.repository.UnitRepository;

/**
 * Who may write a plan: admins, and planners of the issuing unit or of a unit above it. A plan whose issuer
 * was closed belongs to the issuer's successors too (xã Hồng Phong's plan to xã Đồng Đăng and Lạng Sơn).
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
        return callersUnit.isPresent() && issuerAndSuccessors(issuer).stream().anyMatch(u -> u.isInSubtreeOf(callersUnit.get()));
    }

    private static Set<Unit> issuerAndSuccessors(Unit issuer) {
        Set<Unit> owners = new HashSet<>();
        Deque<Unit> toVisit = new ArrayDeque<>();
        toVisit.add(issuer);
        while (!toVisit.isEmpty()) {
            Unit unit = toVisit.removeFirst();
            if (owners.add(unit)) {
                unit.successors.forEach(link -> toVisit.add(link.successor));
            }
        }
        return owners;
    }
}
