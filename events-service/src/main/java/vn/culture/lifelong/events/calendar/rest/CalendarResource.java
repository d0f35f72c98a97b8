package vn.culture.lifelong.events.calendar.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.events.calendar.service.CalendarService;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.security.Callers;

@Path("/api/events")
@Tag(name = "Calendar", description = "A unit's days and activities, in date order")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class CalendarResource {

    private static final String UNIT = "The unit: its days, its ancestors' and the national ones, and its subtree's "
            + "activities; the caller's unit by default";

    private final CalendarService calendar;
    private final Callers callers;

    public CalendarResource(CalendarService calendar, Callers callers) {
        this.calendar = calendar;
        this.callers = callers;
    }

    @GET
    @Path("/calendar")
    @Operation(summary = "A unit's calendar for a period, in date order",
            description = "Activities the caller may read: public ones and the internal ones of their line.")
    @APIResponse(responseCode = "200", description = "The days and activities of the period")
    @APIResponse(responseCode = "400", description = "A parameter is malformed, the period is reversed or longer than three years, "
            + "or no unit is given and the caller has none")
    @APIResponse(responseCode = "404", description = "No unit has this code")
    public List<CalendarEntryResponse> getCalendar(
            @Parameter(description = UNIT) @QueryParam("unit") @Size(max = 40) String unit,
            @Parameter(description = "First day; 1 January of this year by default") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day; a year after from, or 31 December of this year, by default") @QueryParam("to") LocalDate to) {
        return calendar.between(Optional.ofNullable(unit), Optional.ofNullable(from), Optional.ofNullable(to),
                callers.current()).stream().map(CalendarEntryResponse::of).toList();
    }

    @GET
    @Path("/upcoming")
    @Operation(summary = "What comes in the next days, today included: for reminders")
    @APIResponse(responseCode = "200", description = "The days and activities ahead, in date order")
    @APIResponse(responseCode = "400", description = "A parameter is malformed, or no unit is given and the caller has none")
    @APIResponse(responseCode = "404", description = "No unit has this code")
    public List<CalendarEntryResponse> getUpcoming(
            @Parameter(description = UNIT) @QueryParam("unit") @Size(max = 40) String unit,
            @Parameter(description = "How many days ahead, 1 to 366") @QueryParam("days") @DefaultValue("30") @Min(1) @Max(366) int days) {
        return calendar.upcoming(Optional.ofNullable(unit), days, callers.current()).stream()
                .map(CalendarEntryResponse::of).toList();
    }
}
