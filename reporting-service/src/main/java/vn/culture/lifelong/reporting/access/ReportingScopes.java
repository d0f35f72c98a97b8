package vn.culture.lifelong.reporting.access;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;

/** The caller's {@link ReportingScope}: their unit (the token's {@code org_unit}) as the unit read model knows it. */
@ApplicationScoped
public class ReportingScopes {

    private final UnitDirectory units;

    public ReportingScopes(UnitDirectory units) {
        this.units = units;
    }

    public ReportingScope of(Caller caller) {
        return new ReportingScope(caller, caller.orgUnit().flatMap(units::byCode));
    }

    /**
     * The unit whose tree a caller reads figures of: the one named by {@code unitCode}, else the caller's own; 404 for
     * an unknown code, 400 when neither is given, 403 outside the caller's tree.
     */
    public UnitRef treeToRead(Optional<String> unitCode, Caller caller) {
        UnitRef unit = unitCode.or(caller::orgUnit)
                .map(code -> units.byCode(code).orElseThrow(() -> new NotFoundException("unit.not.found", code)))
                .orElseThrow(() -> new InvalidRequestException("unit", "unit.required"));
        if (!of(caller).covers(unit)) {
            throw new ForbiddenException("May not read the figures of " + unit.code());
        }
        return unit;
    }
}
