package vn.culture.lifelong.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.units.service.UnitReadModel;

@Path("/api/reports/units")
@Tag(name = "Units (read model)", description = "Units as reporting-service knows them, for scoping reports")
@SecurityRequirement(name = "keycloak")
@Authenticated
public class UnitViewResource {

    private final UnitReadModel readModel;

    public UnitViewResource(UnitReadModel readModel) {
        this.readModel = readModel;
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A unit of this service's read model")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "404", description = "No unit with this code has reached this service")
    public UnitViewResponse get(@PathParam("code") String code) {
        return UnitViewResponse.of(readModel.get(code));
    }
}
