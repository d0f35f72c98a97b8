package vn.culture.lifelong.reporting.access;

import jakarta.enterprise.context.ApplicationScoped;
import vn.culture.lifelong.kit.security.Caller;
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
}
