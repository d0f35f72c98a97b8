package vn.culture.lifelong.events.activities.rest;

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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.events.activities.domain.ActivityKind;
import vn.culture.lifelong.events.activities.domain.ActivityStatus;
import vn.culture.lifelong.events.activities.domain.UnitActivity;
import vn.culture.lifelong.events.activities.service.ActivityContent;
import vn.culture.lifelong.events.activities.service.ActivityQuery;
import vn.culture.lifelong.events.activities.service.ActivityService;
import vn.culture.lifelong.kit.idempotency.IdempotentRequests;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.rest.ExpectedVersion;
import vn.culture.lifelong.kit.rest.PageResponse;
import vn.culture.lifelong.kit.rest.Pages;
import vn.culture.lifelong.kit.security.Callers;
import vn.culture.lifelong.kit.security.Roles;

@Path("/api/events/activities")
@Tag(name = "Activities", description = "What units hold: exhibitions, book fairs, reading contests… planned, held or cancelled")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class ActivityResource {

    private static final String ORGANISERS = "Organisers of the activity's unit or a unit above it, and admins";
    private static final String HIDDEN = "No such activity, or an internal one of another unit's line";
    private static final String RULES = "The unit is unknown, closed or outside the caller's tree; the end is before the "
            + "start; the day is not kept by the unit; the plan or task is unknown or the unit takes no part in it; all are listed";

    private final ActivityService activities;
    private final Callers callers;
    private final IdempotentRequests idempotentRequests;
    private final Pages pages;

    public ActivityResource(ActivityService activities, Callers callers, IdempotentRequests idempotentRequests,
            Pages pages) {
        this.activities = activities;
        this.callers = callers;
        this.idempotentRequests = idempotentRequests;
        this.pages = pages;
    }

    @POST
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Operation(summary = "Plan an activity of a unit", description = ORGANISERS + ". It starts PLANNED, INTERNAL unless said otherwise.")
    @APIResponse(responseCode = "201", description = "The activity", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(responseCode = "403", description = "Not an organiser")
    @APIResponse(responseCode = "422", description = RULES)
    public Response createActivity(@NotNull @Valid ActivityContent content, @Context UriInfo uri,
            @Parameter(description = "Any unique value; a retry with the same key creates nothing twice")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        UnitActivity created = activities.create(content, callers.current(), idempotentRequests.of(idempotencyKey, content));
        return ActivityResponse.answer(created, Response.created(
                uri.getAbsolutePathBuilder().path(Long.toString(created.activity().id)).build()));
    }

    @GET
    @Operation(summary = "The activities of a unit's subtree in date order, those the caller may read",
            description = "Public activities, and the internal ones of the caller's line (their unit, above and under it).")
    @APIResponse(responseCode = "200", description = "A page of activities")
    @APIResponse(responseCode = "400", description = "A parameter is malformed, or no unit is given and the caller has none")
    @APIResponse(responseCode = "404", description = "No unit has this code")
    public PageResponse<ActivityResponse> listActivities(
            @Parameter(description = "Held by this unit or a unit under it; the caller's unit by default (e.g. 20)")
            @QueryParam("unit") @Size(max = 40) String unit,
            @Parameter(description = "Taking place on this day or later") @QueryParam("from") LocalDate from,
            @Parameter(description = "Taking place on this day or earlier") @QueryParam("to") LocalDate to,
            @QueryParam("kind") ActivityKind kind,
            @Parameter(description = "Celebrating this day, e.g. BOOK_AND_READING_DAY") @QueryParam("day") @Size(max = 60) String day,
            @Parameter(description = "Carrying out this plan") @QueryParam("plan") Long plan,
            @QueryParam("status") ActivityStatus status,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(1_000) Integer size) {
        ActivityQuery query = new ActivityQuery(Optional.ofNullable(unit), Optional.ofNullable(from),
                Optional.ofNullable(to), Optional.ofNullable(kind), Optional.ofNullable(day), Optional.ofNullable(plan),
                Optional.ofNullable(status));
        return activities.list(query, pages.of(page, size), callers.current()).map(ActivityResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an activity; its ETag is its version")
    @APIResponseSchema(value = ActivityResponse.class, responseDescription = "The activity")
    @APIResponse(responseCode = "404", description = HIDDEN)
    public Response getActivity(@PathParam("id") long id) {
        return ActivityResponse.answer(activities.read(id, callers.current()), Response.ok());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Operation(summary = "Replace what an activity says; If-Match guards against lost updates",
            description = ORGANISERS + ". The status changes only by its steps (held, cancellation).")
    @APIResponseSchema(value = ActivityResponse.class, responseDescription = "The activity")
    @APIResponse(responseCode = "400", description = "A field or If-Match is malformed")
    @APIResponse(responseCode = "403", description = "Not an organiser of the activity's unit or above")
    @APIResponse(responseCode = "404", description = HIDDEN)
    @APIResponse(responseCode = "409", description = "The activity is cancelled")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = RULES)
    public Response updateActivity(@PathParam("id") long id, @NotNull @Valid ActivityContent content,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ActivityResponse.answer(activities.update(id, content, ExpectedVersion.fromIfMatch(ifMatch),
                callers.current()), Response.ok());
    }

    @POST
    @Path("/{id}/held")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Operation(summary = "Record that a planned activity was held, with its actual participants", description = ORGANISERS + ".")
    @APIResponseSchema(value = ActivityResponse.class, responseDescription = "The held activity")
    @APIResponse(responseCode = "400", description = "actualParticipants is missing or negative")
    @APIResponse(responseCode = "403", description = "Not an organiser of the activity's unit or above")
    @APIResponse(responseCode = "404", description = HIDDEN)
    @APIResponse(responseCode = "409", description = "The activity is held or cancelled already")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "The activity has not started yet")
    public Response holdActivity(@PathParam("id") long id, @NotNull @Valid ActivitySteps.Held held,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ActivityResponse.answer(activities.hold(id, held.actualParticipants(), ExpectedVersion.fromIfMatch(ifMatch),
                callers.current()), Response.ok());
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Operation(summary = "Cancel a planned activity, saying why; calendars keep it as cancelled", description = ORGANISERS + ".")
    @APIResponseSchema(value = ActivityResponse.class, responseDescription = "The cancelled activity")
    @APIResponse(responseCode = "400", description = "reason is missing")
    @APIResponse(responseCode = "403", description = "Not an organiser of the activity's unit or above")
    @APIResponse(responseCode = "404", description = HIDDEN)
    @APIResponse(responseCode = "409", description = "The activity is held or cancelled already")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    public Response cancelActivity(@PathParam("id") long id, @NotNull @Valid ActivitySteps.Cancellation cancellation,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ActivityResponse.answer(activities.cancel(id, cancellation.reason(), ExpectedVersion.fromIfMatch(ifMatch),
                callers.current()), Response.ok());
    }
}
