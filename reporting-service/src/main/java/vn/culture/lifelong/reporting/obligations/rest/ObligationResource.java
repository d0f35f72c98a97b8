package vn.culture.lifelong.reporting.obligations.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
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
import vn.culture.lifelong.kit.idempotency.IdempotentRequests;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.rest.Pages;
import vn.culture.lifelong.kit.security.Callers;
import vn.culture.lifelong.kit.security.Roles;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.obligations.domain.ObligationStatus;
import vn.culture.lifelong.reporting.obligations.domain.Timeliness;
import vn.culture.lifelong.reporting.obligations.service.AdHocRequest;
import vn.culture.lifelong.reporting.obligations.service.AdHocRequests;
import vn.culture.lifelong.reporting.obligations.service.ObligationSearch;
import vn.culture.lifelong.reporting.obligations.service.ObligationService;
import vn.culture.lifelong.reporting.exports.ObligationsSheet;

@Path("/api/reports")
@Tag(name = "Obligations", description = "What each unit owes, derived from issued plans' reporting regimes, and ad-hoc requests")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class ObligationResource {

    private final ObligationService obligations;
    private final ObligationsSheet sheet;
    private final AdHocRequests requests;
    private final Callers callers;
    private final Pages pages;
    private final IdempotentRequests idempotentRequests;

    public ObligationResource(ObligationService obligations, ObligationsSheet sheet, AdHocRequests requests,
            Callers callers, Pages pages, IdempotentRequests idempotentRequests) {
        this.obligations = obligations;
        this.sheet = sheet;
        this.requests = requests;
        this.callers = callers;
        this.pages = pages;
        this.idempotentRequests = idempotentRequests;
    }

    @GET
    @Path("/obligations")
    @Operation(summary = "List obligations within the caller's tree, soonest due first (reminder lists)",
            description = "Each caller sees the obligations owed by or received by their unit's tree; admins see all. "
                    + "Overdue in a province: unit=20&timeliness=OVERDUE; due soon: timeliness=PENDING&dueBy=….")
    @APIResponse(responseCode = "200", description = "A page of obligations; as a spreadsheet, every obligation that "
            + "matches (not a page)", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObligationPage.class)),
                    @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A parameter is malformed")
    @APIResponse(responseCode = "404", description = "No unit has the unit or receivingUnit code")
    @Produces({MediaType.APPLICATION_JSON, DocumentFormat.XLSX_TYPE})
    public Response listObligations(
            @Parameter(description = "Owed by this unit or a unit under it, e.g. 20") @QueryParam("unit") @Size(max = 40) String unit,
            @Parameter(description = "Received by this unit") @QueryParam("receivingUnit") @Size(max = 40) String receivingUnit,
            @QueryParam("plan") Long plan,
            @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @QueryParam("kind") ObligationKind kind,
            @QueryParam("status") ObligationStatus status,
            @QueryParam("timeliness") Timeliness timeliness,
            @Parameter(description = "Due on or before this day") @QueryParam("dueBy") LocalDate dueBy,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(10_000) Integer size,
            @Parameter(description = "xlsx: every obligation that matches as a spreadsheet (as Accept: "
                    + DocumentFormat.XLSX_TYPE + "); json by default") @QueryParam(DocumentFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        ObligationSearch search = new ObligationSearch(Optional.ofNullable(unit), Optional.ofNullable(receivingUnit),
                Optional.ofNullable(plan), Optional.ofNullable(year), Optional.ofNullable(kind), Optional.ofNullable(status),
                Optional.ofNullable(timeliness), Optional.ofNullable(dueBy));
        if (DocumentFormat.chosen(format, headers, DocumentFormat.TABLE) == DocumentFormat.XLSX) {
            ObligationService.Selection selection = obligations.select(search, callers.current());
            return Downloads.attachment(DocumentFormat.XLSX, ObligationsSheet.fileName(selection),
                    out -> sheet.write(selection, out));
        }
        return Response.ok(obligations.list(search, pages.of(page, size), callers.current()).map(ObligationResponse::of),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The JSON answer's shape, for the API document only (the answer is a {@code PageResponse} of obligations). */
    @Schema(name = "ObligationPage", description = "One page of obligations; page counts from 0")
    record ObligationPage(List<ObligationResponse> items, int page, int size, long totalItems, int totalPages) {
    }

    @POST
    @Path("/requests")
    @RolesAllowed({Roles.REVIEWER, Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Ask chosen units for an ad-hoc report on an issued plan, with a title and a due date",
            description = "Reviewers and planners of the receiving unit (or above), and admins; the units asked must be "
                    + "in the caller's tree and exist on the due date.")
    @APIResponse(responseCode = "201", description = "The request and each unit's obligation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportRequestResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(responseCode = "403", description = "Not a reviewer or planner of the receiving unit or above")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "422", description = "A unit is unknown or outside the caller's tree, or the plan is not issued; all are listed")
    public Response requestReports(@NotNull @Valid AdHocRequest request, @Context UriInfo uri,
            @Parameter(description = "Any unique value; a retry with the same key creates nothing twice")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        AdHocRequests.Created created = requests.request(request, callers.current(),
                idempotentRequests.of(idempotencyKey, request));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.request().id)).build())
                .entity(ReportRequestResponse.of(created)).build();
    }

    @GET
    @Path("/requests/{id}")
    @Operation(summary = "An ad-hoc request and each unit's obligation")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = "No such request, or one the caller may not read (another unit's tree)")
    public ReportRequestResponse getReportRequest(@PathParam("id") long id) {
        return ReportRequestResponse.of(requests.read(id, callers.current()));
    }
}
