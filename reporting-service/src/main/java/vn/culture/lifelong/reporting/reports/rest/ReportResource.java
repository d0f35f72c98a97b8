package vn.culture.lifelong.reporting.reports.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.documents.DocumentFormat;
import vn.culture.lifelong.kit.idempotency.IdempotentRequests;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.rest.ExpectedVersion;
import vn.culture.lifelong.kit.security.Callers;
import vn.culture.lifelong.kit.security.Roles;
import vn.culture.lifelong.reporting.documents.service.ReportDocuments;
import vn.culture.lifelong.reporting.reports.service.ReportContent;
import vn.culture.lifelong.reporting.reports.service.ReportDetails;
import vn.culture.lifelong.reporting.reports.service.ReportService;

@Path("/api/reports/reports")
@Tag(name = "Reports", description = "A unit's report on a plan for a period: draft, content, submission, history")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class ReportResource {

    private static final String REPORTERS = "Reporters (and provincial systems) of the obligation's unit or a unit above it, and admins";
    private static final String HIDDEN = "No such report, or one the caller may not read (another unit's tree)";

    private final ReportService reports;
    private final ReportDocuments documents;
    private final Callers callers;
    private final IdempotentRequests idempotentRequests;

    public ReportResource(ReportService reports, ReportDocuments documents, Callers callers,
            IdempotentRequests idempotentRequests) {
        this.reports = reports;
        this.documents = documents;
        this.callers = callers;
        this.idempotentRequests = idempotentRequests;
    }

    @POST
    @RolesAllowed({Roles.REPORTER, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(summary = "Start the report of an obligation: a draft with a line per target and unit, and the tasks",
            description = REPORTERS + ". One report per obligation.")
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "obligationId is missing")
    @APIResponse(responseCode = "403", description = "Not a reporter of the obligation's unit or above")
    @APIResponse(responseCode = "404", description = "No such obligation, or one the caller may not read")
    @APIResponse(responseCode = "409", description = "The obligation has a report already")
    public Response createReport(@NotNull @Valid ReportRequests.Creation creation, @Context UriInfo uri,
            @Parameter(description = "Any unique value; a retry with the same key creates nothing twice")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        ReportDetails created = reports.create(creation.obligationId(), callers.current(),
                idempotentRequests.of(idempotencyKey, creation));
        return ReportResponse.answer(created, Response.created(
                uri.getAbsolutePathBuilder().path(Long.toString(created.context().report().id)).build()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a report; its ETag is its version")
    @APIResponseSchema(value = ReportResponse.class, responseDescription = "The report")
    @APIResponse(responseCode = "404", description = HIDDEN)
    public Response getReport(@PathParam("id") long id) {
        return ReportResponse.answer(reports.read(id, callers.current()), Response.ok());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.REPORTER, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(summary = "Replace the content of a draft or returned report; If-Match guards against lost updates",
            description = REPORTERS + ". Lines are named by target and unit code, as the draft lists them.")
    @APIResponseSchema(value = ReportResponse.class, responseDescription = "The report")
    @APIResponse(responseCode = "400", description = "A field or If-Match is malformed")
    @APIResponse(responseCode = "403", description = "Not a reporter of the report's unit or above")
    @APIResponse(responseCode = "404", description = HIDDEN)
    @APIResponse(responseCode = "409", description = "The report is submitted or accepted")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "A line the report does not have, or a value of the wrong type; all are listed")
    public Response updateReport(@PathParam("id") long id, @NotNull @Valid ReportContent content,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ReportResponse.answer(reports.update(id, content, ExpectedVersion.fromIfMatch(ifMatch), callers.current()),
                Response.ok());
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.REPORTER, Roles.INTEGRATION, Roles.ADMIN})
    @Operation(summary = "Submit the report to its receiving unit", description = REPORTERS
            + ". The report is checked as a whole; nothing is written when a rule is broken.")
    @APIResponseSchema(value = ReportResponse.class, responseDescription = "The submitted report")
    @APIResponse(responseCode = "403", description = "Not a reporter of the report's unit or above")
    @APIResponse(responseCode = "404", description = HIDDEN)
    @APIResponse(responseCode = "409", description = "The report is submitted or accepted already")
    @APIResponse(responseCode = "422", description = "Missing values, a numerator above its denominator, a line outside the unit's tree; all are listed")
    public Response submitReport(@PathParam("id") long id) {
        return ReportResponse.answer(reports.submit(id, callers.current()), Response.ok());
    }

    @GET
    @Path("/{id}/document")
    @Produces({DocumentFormat.PDF_TYPE, DocumentFormat.DOCX_TYPE})
    @Operation(summary = "The report as the administrative document its unit signs and sends (Decree 30/2020/NĐ-CP)",
            description = "PDF (fonts embedded) or DOCX, by Accept or ?format=pdf|docx; PDF by default. The letterhead of "
                    + "the reporting unit, the number left for the clerk's office, the figures table (target, value, "
                    + "judgement), the tasks, difficulties and proposals, the recipients and the signer's block.")
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = DocumentFormat.PDF_TYPE), @Content(mediaType = DocumentFormat.DOCX_TYPE)})
    @APIResponse(responseCode = "400", description = "format is neither pdf nor docx")
    @APIResponse(responseCode = "404", description = HIDDEN)
    public Response getReportDocument(@PathParam("id") long id,
            @Parameter(description = "pdf or docx; overrides Accept") @QueryParam(DocumentFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        DocumentFormat chosen = DocumentFormat.chosen(format, headers, DocumentFormat.SIGNED_DOCUMENT);
        return documents.ofReport(id, callers.current()).answer(chosen);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every state change and every changed value of the report, oldest first")
    @APIResponse(responseCode = "200", description = "The history, never shortened")
    @APIResponse(responseCode = "404", description = HIDDEN)
    public List<HistoryResponse> getReportHistory(@PathParam("id") long id) {
        return reports.history(id, callers.current()).stream().map(HistoryResponse::of).toList();
    }
}
