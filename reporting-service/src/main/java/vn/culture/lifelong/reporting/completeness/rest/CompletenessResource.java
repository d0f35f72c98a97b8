package vn.culture.lifelong.reporting.completeness.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.documents.DocumentFormat;
import vn.culture.lifelong.documents.Downloads;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.security.Callers;
import vn.culture.lifelong.reporting.completeness.service.Completeness;
import vn.culture.lifelong.reporting.completeness.service.CompletenessService;
import vn.culture.lifelong.reporting.exports.CompletenessSheet;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;

@Path("/api/reports/completeness")
@Tag(name = "Completeness", description = "Who reported on time, late or not at all")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class CompletenessResource {

    private final CompletenessService completeness;
    private final Callers callers;

    public CompletenessResource(CompletenessService completeness, Callers callers) {
        this.completeness = completeness;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Completeness and timeliness of a unit's tree and of each child's",
            description = "Anyone of the unit or a unit above it; admins for any unit.")
    @APIResponse(responseCode = "200", description = "Counts and rates for the unit and each child", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompletenessResponse.class)),
            @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A parameter is malformed, or no unit is given and the caller has none")
    @APIResponse(responseCode = "403", description = "The unit is outside the caller's tree")
    @APIResponse(responseCode = "404", description = "No unit has this code")
    @Produces({MediaType.APPLICATION_JSON, DocumentFormat.XLSX_TYPE})
    public Response getCompleteness(
            @Parameter(description = "The unit whose tree is counted; the caller's own by default") @QueryParam("unit")
            @Size(max = 40) String unit,
            @QueryParam("plan") Long plan,
            @QueryParam("kind") ObligationKind kind,
            @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "xlsx: the same as a spreadsheet (as Accept: " + DocumentFormat.XLSX_TYPE
                    + "); json by default") @QueryParam(DocumentFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        DocumentFormat chosen = DocumentFormat.chosen(format, headers, DocumentFormat.TABLE);
        Completeness counted = completeness.of(Optional.ofNullable(unit), Optional.ofNullable(plan),
                Optional.ofNullable(kind), Optional.ofNullable(year), callers.current());
        if (chosen == DocumentFormat.XLSX) {
            return Downloads.attachment(chosen, CompletenessSheet.fileName(counted),
                    out -> CompletenessSheet.write(counted, out));
        }
        return Response.ok(CompletenessResponse.of(counted), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
