package vn.culture.lifelong.plans.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.plans.domain.Plan;
import vn.culture.lifelong.plans.domain.PlanDocument;
import vn.culture.lifelong.plans.domain.PlanStatus;
import vn.culture.lifelong.plans.repository.PlanRepository;
import vn.culture.lifelong.plans.service.PlanService;
import vn.culture.lifelong.plans.service.TargetAddUp;
import vn.culture.lifelong.plans.service.UnitService;

@Path("/api/plans/plans")
@Tag(name = "Plans", description = "Implementation plans (Kế hoạch): targets, tasks, funding, reporting regime")
@SecurityRequirement(name = "keycloak")
@Authenticated
public class PlanResource {

    private static final String WRITERS_ONLY = "Planners of the issuing unit or a unit above it, and admins";

    private final PlanService plans;
    private final TargetAddUp addUp;
    private final UnitService units;
    private final Callers callers;
    private final PageRequest.Factory pages;
    private final IdempotentRequests idempotentRequests;

    public PlanResource(PlanService plans, TargetAddUp addUp, UnitService units, Callers callers,
            PageRequest.Factory pages, IdempotentRequests idempotentRequests) {
        this.plans = plans;
        this.addUp = addUp;
        this.units = units;
        this.callers = callers;
        this.pages = pages;
        this.idempotentRequests = idempotentRequests;
    }

    @GET
    @Operation(summary = "List plans, e.g. those issued within a province (its own and its units')")
    public PageResponse<PlanResponses.Summary> list(
            @Parameter(description = "Only plans issued by this unit or units under it", example = "20")
            @QueryParam("issuedWithin") String issuedWithin,
            @Parameter(description = "The day issuedWithin's code is read on (codes were reused in 2025); today by default")
            @QueryParam("on") LocalDate on,
            @QueryParam("status") PlanStatus status,
            @Parameter(example = "QD-208-2014") @QueryParam("programme") String programme,
            @Parameter(description = "Only plans running in this year") @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(10_000) Integer size) {
        PlanRepository.Filter filter = new PlanRepository.Filter(
                Optional.ofNullable(issuedWithin).map(code -> on == null ? units.get(code) : units.get(code, on)),
                Optional.ofNullable(status),
                Optional.ofNullable(programme), Optional.ofNullable(year));
        return PageResponse.of(plans.list(filter), pages.of(page, size), PlanResponses.Summary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a plan with its whole document; its ETag is its version")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response get(@PathParam("id") long id) {
        return details(plans.get(id), Response.Status.OK);
    }

    @GET
    @Path("/{id}/document")
    @Operation(summary = "Export the plan as the document other systems import (POST it to create a copy)")
    public Response export(@PathParam("id") long id) {
        Plan plan = plans.get(id);
        return Response.ok(plan.document)
                .header("Content-Disposition", "attachment; filename=\"plan-" + plan.id + ".json\"")
                .tag(etag(plan)).build();
    }

    @POST
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Create a draft plan from a whole document (import): all its parts, or nothing",
            description = WRITERS_ONLY + ". Every broken rule of the document is listed in the 422 answer.")
    @APIResponse(responseCode = "201", description = "The draft")
    @APIResponse(responseCode = "403", description = "Not a planner of the issuing unit or above")
    @APIResponse(responseCode = "409", description = "The issuer already used this number this year")
    @APIResponse(responseCode = "422", description = "The document breaks rules of the domain; all are listed")
    public Response create(@NotNull @Valid PlanDocument document, @Context UriInfo uri,
            @Parameter(description = "Any unique value; a retry with the same key creates nothing twice")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        Plan plan = plans.createDraft(document, callers.current(), idempotentRequests.of(idempotencyKey, document));
        return Response.fromResponse(details(plan, Response.Status.CREATED))
                .location(uri.getAbsolutePathBuilder().path(Long.toString(plan.id)).build()).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Replace a draft's document; If-Match guards against lost updates", description = WRITERS_ONLY)
    @APIResponse(responseCode = "409", description = "The plan is not a draft (amend it instead)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    public Response update(@PathParam("id") long id, @NotNull @Valid PlanDocument document,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return details(plans.updateDraft(id, document, VersionTags.parse(ifMatch), callers.current()), Response.Status.OK);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Discard a draft", description = WRITERS_ONLY)
    @APIResponse(responseCode = "204", description = "Discarded")
    @APIResponse(responseCode = "409", description = "Not a draft, or plans implement it")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        plans.deleteDraft(id, VersionTags.parse(ifMatch), callers.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Issue a draft: it is frozen from now on", description = WRITERS_ONLY)
    @APIResponse(responseCode = "409", description = "Not a draft")
    @APIResponse(responseCode = "422", description = "No official number or full issue date")
    public Response issue(@PathParam("id") long id, @Valid PlanRequests.Issue request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        PlanRequests.Issue given = request == null ? new PlanRequests.Issue(null, null) : request;
        Plan plan = plans.issue(id, Optional.ofNullable(given.number()), Optional.ofNullable(given.issueDate()),
                VersionTags.parse(ifMatch), callers.current());
        return details(plan, Response.Status.OK);
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Amend an issued plan: the next revision, recording what changed", description = WRITERS_ONLY)
    @APIResponse(responseCode = "409", description = "Not issued")
    @APIResponse(responseCode = "422", description = "The document breaks rules, changes the issuer or number, or changes nothing")
    public Response amend(@PathParam("id") long id, @NotNull @Valid PlanRequests.Amendment request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Plan plan = plans.amend(id, request.document(), Optional.ofNullable(request.amendmentNumber()),
                request.effectiveOn(), request.reason(), VersionTags.parse(ifMatch), callers.current());
        return details(plan, Response.Status.OK);
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Close an issued plan", description = WRITERS_ONLY)
    @APIResponse(responseCode = "409", description = "Not issued")
    public Response close(@PathParam("id") long id, @NotNull @Valid PlanRequests.Closure request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return details(plans.close(id, request.endedOn(), VersionTags.parse(ifMatch), callers.current()), Response.Status.OK);
    }

    @POST
    @Path("/{id}/supersession")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Mark an issued plan as replaced by another issued plan", description = WRITERS_ONLY)
    @APIResponse(responseCode = "409", description = "Not issued")
    @APIResponse(responseCode = "422", description = "The replacement is not an issued plan")
    public Response supersede(@PathParam("id") long id, @NotNull @Valid PlanRequests.Supersession request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Plan plan = plans.supersede(id, request.supersededBy(), request.endedOn(), VersionTags.parse(ifMatch),
                callers.current());
        return details(plan, Response.Status.OK);
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "The issued revisions of a plan and what each amendment changed")
    public List<PlanResponses.Revision> revisions(@PathParam("id") long id) {
        return plans.revisions(id).stream().map(revision -> PlanResponses.Revision.of(revision, false)).toList();
    }

    @GET
    @Path("/{id}/revisions/{revision}")
    @Operation(summary = "One issued revision with its document")
    public PlanResponses.Revision revision(@PathParam("id") long id, @PathParam("revision") int revision) {
        return PlanResponses.Revision.of(plans.revision(id, revision), true);
    }

    @GET
    @Path("/{id}/lineage")
    @Operation(summary = "The chain of plans above and the tree of plans below")
    public PlanResponses.Lineage lineage(@PathParam("id") long id) {
        List<PlanResponses.Summary> ancestors = plans.ancestors(id).stream().map(PlanResponses.Summary::of).toList();
        Map<Long, List<Plan>> childrenOf = new HashMap<>();
        plans.descendants(id).forEach((plan, parentId) -> childrenOf.computeIfAbsent(parentId, key -> new ArrayList<>()).add(plan));
        return new PlanResponses.Lineage(ancestors, nodesUnder(id, childrenOf));
    }

    private static List<PlanResponses.Node> nodesUnder(long id, Map<Long, List<Plan>> childrenOf) {
        return childrenOf.getOrDefault(id, List.of()).stream()
                .map(child -> new PlanResponses.Node(PlanResponses.Summary.of(child), nodesUnder(child.id, childrenOf)))
                .toList();
    }

    @GET
    @Path("/{id}/add-up")
    @Operation(summary = "Whether the plans implementing this one add up to its summed targets, year by year")
    public List<TargetAddUp.Line> addUp(@PathParam("id") long id) {
        return addUp.check(id);
    }

    private Response details(Plan plan, Response.Status status) {
        return Response.status(status).entity(PlanResponses.Details.of(plan, plans.mayWrite(plan.id, callers.current())))
                .tag(etag(plan)).build();
    }

    private static EntityTag etag(Plan plan) {
        return new EntityTag(Long.toString(plan.version));
    }
}
