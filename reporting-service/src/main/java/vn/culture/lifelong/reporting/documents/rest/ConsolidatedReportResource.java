package vn.culture.lifelong.reporting.documents.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.documents.DocumentFormat;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.security.Callers;
import vn.culture.lifelong.reporting.consolidation.domain.Basis;
import vn.culture.lifelong.reporting.documents.service.ReportDocuments;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;

@Path("/api/reports/plans/{planId}/consolidated-report")
@Tag(name = "Documents", description = "Reports as the administrative documents officers sign and send")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class ConsolidatedReportResource {

    private final ReportDocuments documents;
    private final Callers callers;

    public ConsolidatedReportResource(ReportDocuments documents, Callers callers) {
        this.documents = documents;
        this.callers = callers;
    }

    @GET
    @Produces({DocumentFormat.PDF_TYPE, DocumentFormat.DOCX_TYPE})
    @Operation(summary = "A unit's consolidated report (tổng hợp) on a plan for a period, as a document to sign and send up",
            description = "The unit's letterhead; each target of the plan with the unit's tree's consolidated actual and "
                    + "its judgement (as the plan's progress gives them); what units reported of each task; the "
                    + "children's completeness for the period. PDF or DOCX, by Accept or ?format=; PDF by default. "
                    + "Anyone of the unit or a unit above it; admins for any unit.")
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = DocumentFormat.PDF_TYPE), @Content(mediaType = DocumentFormat.DOCX_TYPE)})
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed (named in the problem)")
    @APIResponse(responseCode = "403", description = "The unit is outside the caller's tree")
    @APIResponse(responseCode = "404", description = "No such plan, or no unit has this code")
    public Response getConsolidatedReport(@PathParam("planId") long planId,
            @Parameter(description = "The unit reporting; the plan's issuer by default") @QueryParam("unit")
            @Size(max = 40) String unit,
            @QueryParam("year") @NotNull @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "HALF_YEAR or ANNUAL") @QueryParam("kind") @NotNull ObligationKind kind,
            @Parameter(description = "submitted: count submitted reports too, not only accepted ones")
            @QueryParam("include") @Pattern(regexp = Basis.INCLUDE_SUBMITTED) String include,
            @Parameter(description = "pdf or docx; overrides Accept") @QueryParam(DocumentFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        DocumentFormat chosen = DocumentFormat.chosen(format, headers, DocumentFormat.SIGNED_DOCUMENT);
        return documents.consolidated(planId, Optional.ofNullable(unit), year, kind, Basis.ofInclude(include),
                callers.current()).answer(chosen);
    }
}
