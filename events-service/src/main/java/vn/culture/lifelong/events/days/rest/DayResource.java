package vn.culture.lifelong.events.days.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.events.days.service.DayCalendarService;
import vn.culture.lifelong.kit.rest.ApiDocumentation;

@Path("/api/events/days")
@Tag(name = "Commemorative days", description = "The days and seasons plans tie activities to (21/4, 23/11, Tết…)")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class DayResource {

    private final DayCalendarService calendar;

    public DayResource(DayCalendarService calendar) {
        this.calendar = calendar;
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
}
