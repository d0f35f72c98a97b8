package vn.culture.lifelong.reporting.progress.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import vn.culture.lifelong.reporting.consolidation.domain.Basis;
import vn.culture.lifelong.reporting.exports.ProgressSheet;
import vn.culture.lifelong.reporting.progress.service.PlanProgress;
import vn.culture.lifelong.reporting.progress.service.PlanProgressService;

@Path("/api/reports/plans/{planId}/progress")
@Tag(name = "Progress", description = "How far each target and task of a plan has come")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class ProgressResource {

    private final PlanProgressService progress;
    private final ProgressSheet sheet;
    private final Callers callers;

    public ProgressResource(PlanProgressService progress, ProgressSheet sheet, Callers callers) {
        this.progress = progress;
        this.sheet = sheet;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "A plan's progress in a year: every target judged, every task as its units report it",
            description = "Status by the target's kind: MET, NOT_MET, and while the year runs without its annual reports "
                    + "ON_TRACK or AT_RISK from the half-year projected to the year (summed numbers doubled); NO_DATA "
                    + "when nothing counts yet. The plans implementing this one show beside each target. Anyone of the "
                    + "unit or a unit above it; admins for any unit.")
    @APIResponse(responseCode = "200", description = "Each target's value, actual and status; each task's reported "
            + "progress. As a spreadsheet: a row per target, each followed by the targets of the plans implementing it",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressResponse.class)),
                    @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A parameter is malformed")
    @APIResponse(responseCode = "403", description = "The unit is outside the caller's tree")
    @APIResponse(responseCode = "404", description = "No such plan, or no unit has this code")
    @Produces({MediaType.APPLICATION_JSON, DocumentFormat.XLSX_TYPE})
    public Response getProgress(@PathParam("planId") long planId,
            @Parameter(description = "This year by default") @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "The unit whose tree is counted; the plan's issuing unit by default")
            @QueryParam("unit") @Size(max = 40) String unit,
            @Parameter(description = "submitted: count submitted reports too, not only accepted ones")
            @QueryParam("include") @Pattern(regexp = Basis.INCLUDE_SUBMITTED) String include,
            @Parameter(description = "xlsx: the targets as a spreadsheet (as Accept: " + DocumentFormat.XLSX_TYPE
                    + "); json by default") @QueryParam(DocumentFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        DocumentFormat chosen = DocumentFormat.chosen(format, headers, DocumentFormat.TABLE);
        PlanProgress judged = progress.of(planId, Optional.ofNullable(year), Optional.ofNullable(unit),
                Basis.ofInclude(include), callers.current());
        if (chosen == DocumentFormat.XLSX) {
            return Downloads.attachment(chosen, ProgressSheet.fileName(judged), out -> sheet.write(judged, out));
        }
        return Response.ok(ProgressResponse.of(judged), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
