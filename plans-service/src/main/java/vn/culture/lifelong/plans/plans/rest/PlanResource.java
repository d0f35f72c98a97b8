package vn.culture.lifelong.plans.plans.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.kit.idempotency.IdempotentRequests;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.rest.ExpectedVersion;
import vn.culture.lifelong.kit.rest.PageResponse;
import vn.culture.lifelong.kit.rest.Pages;
import vn.culture.lifelong.kit.security.Callers;
import vn.culture.lifelong.kit.security.Roles;
import vn.culture.lifelong.plans.plans.domain.Plan;
import vn.culture.lifelong.plans.plans.domain.PlanDocument;
import vn.culture.lifelong.plans.plans.domain.PlanStatus;
import vn.culture.lifelong.plans.plans.service.PlanSearch;
import vn.culture.lifelong.plans.plans.service.PlanService;
import vn.culture.lifelong.plans.plans.service.PlanWithAccess;
import vn.culture.lifelong.plans.plans.service.TargetAddUp;

@Path("/api/plans/plans")
@Tag(name = "Plans", description = "Implementation plans (Kế hoạch): targets, tasks, funding, reporting regime")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class PlanResource {

    private static final String WRITERS_ONLY = "Planners of the issuing unit or a unit above it, and admins";

    private final PlanService plans;
    private final TargetAddUp addUp;
    private final Callers callers;
    private final Pages pages;
    private final IdempotentRequests idempotentRequests;

    public PlanResource(PlanService plans, TargetAddUp addUp, Callers callers, Pages pages,
            IdempotentRequests idempotentRequests) {
        this.plans = plans;
        this.addUp = addUp;
        this.callers = callers;
        this.pages = pages;
        this.idempotentRequests = idempotentRequests;
    }

    @GET
    @Operation(summary = "List plans, e.g. those issued within a province (its own and its units')")
    @APIResponse(responseCode = "200", description = "A page of plan summaries")
    @APIResponse(responseCode = "400", description = "A parameter is malformed")
    @APIResponse(responseCode = "404", description = "No unit has the issuedWithin code")
    public PageResponse<PlanResponses.Summary> listPlans(
            @Parameter(description = "Only plans issued by this unit or units under it, e.g. 20")
            @QueryParam("issuedWithin") @Size(max = 40) String issuedWithin,
            @Parameter(description = "The day issuedWithin's code is read on (codes were reused in 2025); today by default")
            @QueryParam("on") LocalDate on,
            @QueryParam("status") PlanStatus status,
            @Parameter(description = "Only plans of this programme, e.g. QD-208-2014") @QueryParam("programme")
            @Size(max = 40) String programme,
            @Parameter(description = "Only plans running in this year") @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(10_000) Integer size) {
        PlanSearch search = new PlanSearch(Optional.ofNullable(issuedWithin), Optional.ofNullable(on),
                Optional.ofNullable(status), Optional.ofNullable(programme), Optional.ofNullable(year));
        return PageResponse.of(plans.list(search), pages.of(page, size), PlanResponses.Summary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a plan with its whole document; its ETag is its version")
    @APIResponseSchema(value = PlanResponses.Details.class, responseDescription = "The plan")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response getPlan(@PathParam("id") long id) {
        return details(plans.read(id, callers.current()), Response.ok());
    }

    @GET
    @Path("/{id}/document")
    @Operation(summary = "Export the plan as the document other systems import (POST it to create a copy)")
    @APIResponseSchema(value = PlanDocument.class, responseDescription = "The plan's document, as a file")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response exportPlan(@PathParam("id") long id) {
        Plan plan = plans.get(id);
        return Response.ok(plan.document)
                .header("Content-Disposition", "attachment; filename=\"plan-" + plan.id + ".json\"")
                .tag(ExpectedVersion.etag(plan.version)).build();
    }

    @POST
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Create a draft plan from a whole document (import): all its parts, or nothing",
            description = WRITERS_ONLY + "; provincial systems (integration) import drafts of plans issued within "
                    + "their unit. Every broken rule of the document is listed in the 422 answer.")
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanResponses.Details.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed, named by its JSON path")
    @APIResponse(responseCode = "403", description = "Not a planner (or system) of the issuing unit or above")
    @APIResponse(responseCode = "409", description = "The issuer already used this number this year")
    @APIResponse(responseCode = "422", description = "The document breaks rules of the domain; all are listed")
    public Response createPlan(@NotNull @Valid PlanDocument document, @Context UriInfo uri,
            @Parameter(description = "Any unique value; a retry with the same key creates nothing twice")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        PlanWithAccess created = plans.createDraft(document, callers.current(), idempotentRequests.of(idempotencyKey, document));
        return details(created, Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.plan().id)).build()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Replace a draft's document; If-Match guards against lost updates", description = WRITERS_ONLY)
    @APIResponseSchema(value = PlanResponses.Details.class, responseDescription = "The draft")
    @APIResponse(responseCode = "400", description = "A field or If-Match is malformed")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan is not a draft (amend it instead)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "The document breaks rules of the domain; all are listed")
    public Response updatePlan(@PathParam("id") long id, @NotNull @Valid PlanDocument document,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return details(plans.updateDraft(id, document, ExpectedVersion.fromIfMatch(ifMatch), callers.current()),
                Response.ok());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Discard a draft", description = WRITERS_ONLY)
    @APIResponse(responseCode = "204", description = "Discarded")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Not a draft, or plans implement it")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    public Response deletePlan(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        plans.deleteDraft(id, ExpectedVersion.fromIfMatch(ifMatch), callers.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Issue a draft: it is frozen from now on", description = WRITERS_ONLY)
    @APIResponseSchema(value = PlanResponses.Details.class, responseDescription = "The issued plan (revision 1)")
    @APIResponse(responseCode = "400", description = "A field or If-Match is malformed")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Not a draft, or the number is taken")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "No official number or full issue date")
    public Response issuePlan(@PathParam("id") long id, @Valid PlanRequests.Issue request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        PlanRequests.Issue given = request == null ? new PlanRequests.Issue(null, null) : request;
        return details(plans.issue(id, Optional.ofNullable(given.number()), Optional.ofNullable(given.issueDate()),
                ExpectedVersion.fromIfMatch(ifMatch), callers.current()), Response.ok());
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Amend an issued plan: the next revision, recording what changed", description = WRITERS_ONLY)
    @APIResponseSchema(value = PlanResponses.Details.class, responseDescription = "The amended plan")
    @APIResponse(responseCode = "400", description = "A field or If-Match is malformed")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Not issued")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "The document breaks rules, changes the issuer or number, or changes nothing")
    public Response amendPlan(@PathParam("id") long id, @NotNull @Valid PlanRequests.Amendment request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return details(plans.amend(id, request.document(), Optional.ofNullable(request.amendmentNumber()),
                request.effectiveOn(), request.reason(), ExpectedVersion.fromIfMatch(ifMatch), callers.current()),
                Response.ok());
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Close an issued plan", description = WRITERS_ONLY)
    @APIResponseSchema(value = PlanResponses.Details.class, responseDescription = "The closed plan")
    @APIResponse(responseCode = "400", description = "A field or If-Match is malformed")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Not issued")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    public Response closePlan(@PathParam("id") long id, @NotNull @Valid PlanRequests.Closure request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return details(plans.close(id, request.endedOn(), ExpectedVersion.fromIfMatch(ifMatch), callers.current()),
                Response.ok());
    }

    @POST
    @Path("/{id}/supersession")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Mark an issued plan as replaced by another issued plan", description = WRITERS_ONLY)
    @APIResponseSchema(value = PlanResponses.Details.class, responseDescription = "The superseded plan")
    @APIResponse(responseCode = "400", description = "A field or If-Match is malformed")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Not issued")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "The replacement is not an issued plan")
    public Response supersedePlan(@PathParam("id") long id, @NotNull @Valid PlanRequests.Supersession request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return details(plans.supersede(id, request.supersededBy(), request.endedOn(), ExpectedVersion.fromIfMatch(ifMatch),
                callers.current()), Response.ok());
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "The issued revisions of a plan and what each amendment changed")
    @APIResponse(responseCode = "200", description = "The issued revisions, oldest first")
    @APIResponse(responseCode = "404", description = "No such plan")
    public List<PlanResponses.Revision> listRevisions(@PathParam("id") long id) {
        return plans.revisions(id).stream().map(revision -> PlanResponses.Revision.of(revision, false)).toList();
    }

    @GET
    @Path("/{id}/revisions/{revision}")
    @Operation(summary = "One issued revision with its document")
    @APIResponse(responseCode = "200", description = "The revision with its document")
    @APIResponse(responseCode = "404", description = "No such plan or revision")
    public PlanResponses.Revision getRevision(@PathParam("id") long id, @PathParam("revision") int revision) {
        return PlanResponses.Revision.of(plans.revision(id, revision), true);
    }

    @GET
    @Path("/{id}/lineage")
    @Operation(summary = "The chain of plans above and the tree of plans below")
    @APIResponse(responseCode = "200", description = "The plans above and below")
    @APIResponse(responseCode = "404", description = "No such plan")
    public PlanResponses.Lineage getLineage(@PathParam("id") long id) {
        return PlanResponses.Lineage.of(plans.lineage(id));
    }

    @GET
    @Path("/{id}/add-up")
    @Operation(summary = "Whether the plans implementing this one add up to its summed targets, year by year")
    @APIResponse(responseCode = "200", description = "One line per summed target and year")
    @APIResponse(responseCode = "404", description = "No such plan")
    public List<TargetAddUp.Line> checkAddUp(@PathParam("id") long id) {
        return addUp.check(id);
    }

    private static Response details(PlanWithAccess plan, Response.ResponseBuilder response) {
        return response.entity(PlanResponses.Details.of(plan.plan(), plan.writable()))
                .tag(ExpectedVersion.etag(plan.plan().version)).build();
    }
}
