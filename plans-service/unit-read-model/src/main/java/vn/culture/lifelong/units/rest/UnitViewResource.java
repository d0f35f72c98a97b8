package vn.culture.lifelong.units.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.culture.lifelong.units.service.UnitReadModel;

/**
 * Reading a unit of the read model, for any signed-in caller. Each service exposes it under its own path by
 * extending this class with {@code @Path}; the endpoint itself is the same everywhere. Security is declared here,
 * on the class that declares the method, which is where Quarkus looks for it.
 */
@Authenticated
public abstract class UnitViewResource {

    private final UnitReadModel readModel;

    protected UnitViewResource(UnitReadModel readModel) {
        this.readModel = readModel;
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A unit of this service's read model")
    @APIResponse(responseCode = "200", description = "The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitViewResponse.class)))
    @APIResponse(responseCode = "404", description = "No unit with this code has reached this service")
    public UnitViewResponse getUnitView(@PathParam("code") String code) {
        return UnitViewResponse.of(readModel.get(code));
    }
}
