package vn.culture.lifelong.reporting.units.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.units.rest.UnitViewResource;
import vn.culture.lifelong.units.service.UnitReadModel;

@Path("/api/reports/units")
@Tag(name = "Units (read model)", description = "Units as reporting-service knows them, for scoping reports")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
public class ReportingUnitsResource extends UnitViewResource {

    public ReportingUnitsResource(UnitReadModel readModel) {
        super(readModel);
    }
}
