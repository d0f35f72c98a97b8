package vn.culture.lifelong.reporting.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.security.Callers;
import vn.culture.lifelong.kit.security.Roles;
import vn.culture.lifelong.reporting.reports.rest.ReportRequests;
import vn.culture.lifelong.reporting.reports.rest.ReportResponse;
import vn.culture.lifelong.reporting.review.service.ReviewService;

@Path("/api/reports/reports/{id}")
@Tag(name = "Review", description = "The receiving unit returns, accepts or reopens reports")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class ReviewResource {

    private static final String REVIEWERS = "Reviewers of the receiving unit or a unit above it, and admins";
    private static final String HIDDEN = "No such report, or one the caller may not read (another unit's tree)";

    private final ReviewService review;
    private final Callers callers;

    public ReviewResource(ReviewService review, Callers callers) {
        this.review = review;
        this.callers = callers;
    }

    @POST
    @Path("/return")
    @Operation(summary = "Return a submitted report to its unit, with the reason; it becomes editable again",
            description = REVIEWERS)
    @APIResponseSchema(value = ReportResponse.class, responseDescription = "The returned report")
    @APIResponse(responseCode = "400", description = "The reason is missing")
    @APIResponse(responseCode = "403", description = "Not a reviewer of the receiving unit or above")
    @APIResponse(responseCode = "404", description = HIDDEN)
    @APIResponse(responseCode = "409", description = "The report is not submitted")
    public Response returnReport(@PathParam("id") long id, @NotNull @Valid ReportRequests.Reason reason) {
        return ReportResponse.answer(review.returnReport(id, reason.reason(), callers.current()), Response.ok());
    }

    @POST
    @Path("/accept")
    @Operation(summary = "Accept a submitted report: its values are locked and count in consolidation", description = REVIEWERS)
    @APIResponseSchema(value = ReportResponse.class, responseDescription = "The accepted report")
    @APIResponse(responseCode = "403", description = "Not a reviewer of the receiving unit or above")
    @APIResponse(responseCode = "404", description = HIDDEN)
    @APIResponse(responseCode = "409", description = "The report is not submitted")
    public Response acceptReport(@PathParam("id") long id) {
        return ReportResponse.answer(review.accept(id, callers.current()), Response.ok());
    }

    @POST
    @Path("/reopen")
    @Operation(summary = "Reopen an accepted report, with the reason: it is returned to its unit", description = REVIEWERS)
    @APIResponseSchema(value = ReportResponse.class, responseDescription = "The reopened (returned) report")
    @APIResponse(responseCode = "400", description = "The reason is missing")
    @APIResponse(responseCode = "403", description = "Not a reviewer of the receiving unit or above")
    @APIResponse(responseCode = "404", description = HIDDEN)
    @APIResponse(responseCode = "409", description = "The report is not accepted")
    public Response reopenReport(@PathParam("id") long id, @NotNull @Valid ReportRequests.Reason reason) {
        return ReportResponse.answer(review.reopen(id, reason.reason(), callers.current()), Response.ok());
    }
}
