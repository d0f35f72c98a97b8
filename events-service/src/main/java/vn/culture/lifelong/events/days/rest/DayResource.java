package vn.culture.lifelong.events.days.rest;

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
import vn.culture.lifelong.events.days.service.DayCalendarService;
import vn.culture.lifelong.events.days.service.DayContent;
import vn.culture.lifelong.events.days.service.DayMaintenance;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.rest.ExpectedVersion;
import vn.culture.lifelong.kit.security.Callers;
import vn.culture.lifelong.kit.security.Roles;

@Path("/api/events/days")
@Tag(name = "Commemorative days", description = "The days and seasons plans tie activities to (21/4, 23/11, Tết…)")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class DayResource {

    private static final String KEEPERS = "Admins keep the national days; organisers the days of their unit and the units under it";

    private final DayCalendarService calendar;
    private final DayMaintenance maintenance;
    private final Callers callers;

    public DayResource(DayCalendarService calendar, DayMaintenance maintenance, Callers callers) {
        this.calendar = calendar;
        this.maintenance = maintenance;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "The days kept in a year, with when each falls, in date order",
            description = "The national days, and with unit those of the unit and of the units above it.")
    @APIResponse(responseCode = "200", description = "The days of the year")
    @APIResponse(responseCode = "400", description = "A parameter is malformed")
    @APIResponse(responseCode = "404", description = "No unit has this code")
    public List<DayResponse> listDays(
            @Parameter(description = "The year, 1901 to 2100; this year in Vietnam by default") @QueryParam("year")
            @Min(1901) @Max(2100) Integer year,
            @Parameter(description = "A unit, e.g. 75: its own days and its ancestors' too") @QueryParam("unit")
            @Size(max = 40) String unit) {
        return calendar.daysIn(Optional.ofNullable(year), Optional.ofNullable(unit)).stream()
                .map(DayResponse::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read a day, with when it falls this year; its ETag is its version")
    @APIResponseSchema(value = DayResponse.class, responseDescription = "The day")
    @APIResponse(responseCode = "404", description = "No day has this code")
    public Response getDay(@PathParam("code") String code) {
        return DayResponse.answer(maintenance.read(code), Response.ok());
    }

    @POST
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Operation(summary = "Add a day: a unit's own (its subtree keeps it) or a national one", description = KEEPERS + ".")
    @APIResponse(responseCode = "201", description = "The day", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DayResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(responseCode = "403", description = "Not an organiser")
    @APIResponse(responseCode = "409", description = "A day has this code already")
    @APIResponse(responseCode = "422", description = "No such day in its calendar, half a range, years reversed, a unit "
            + "unknown or outside the caller's tree, a national day by a non-admin; all are listed")
    public Response createDay(@NotNull @Valid DayContent content, @Context UriInfo uri) {
        DayMaintenance.KeptDay created = maintenance.create(content, callers.current());
        return DayResponse.answer(created, Response.created(uri.getAbsolutePathBuilder().path(created.day().code).build()));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Operation(summary = "Replace what a day says; If-Match guards against lost updates", description = KEEPERS + ".")
    @APIResponseSchema(value = DayResponse.class, responseDescription = "The day")
    @APIResponse(responseCode = "400", description = "A field or If-Match is malformed")
    @APIResponse(responseCode = "403", description = "The day is national and the caller no admin, or another unit's")
    @APIResponse(responseCode = "404", description = "No day has this code")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "As for a new day, or the code differs from the path's")
    public Response updateDay(@PathParam("code") String code, @NotNull @Valid DayContent content,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return DayResponse.answer(maintenance.update(code, content, ExpectedVersion.fromIfMatch(ifMatch), callers.current()),
                Response.ok());
    }
}
