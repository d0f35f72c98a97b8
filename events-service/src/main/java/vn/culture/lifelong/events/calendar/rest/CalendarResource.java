package vn.culture.lifelong.events.calendar.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import vn.culture.lifelong.events.calendar.print.CalendarPrinting;
import vn.culture.lifelong.events.calendar.service.CalendarQuery;
import vn.culture.lifelong.events.calendar.service.CalendarService;
import vn.culture.lifelong.kit.problem.Problem;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.security.Callers;

@Path("/api/events")
@Tag(name = "Calendar", description = "A unit's days and activities, in date order")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class CalendarResource {

    private static final String UNIT = "The unit: its days, its ancestors' and the national ones, and its subtree's "
            + "activities; the caller's unit by default";

    /** JSON by default; PDF to print. */
    private static final List<DocumentFormat> OFFERED = List.of(DocumentFormat.JSON, DocumentFormat.PDF);

    private final CalendarService calendar;
    private final CalendarPrinting printing;
    private final Callers callers;

    public CalendarResource(CalendarService calendar, CalendarPrinting printing, Callers callers) {
        this.calendar = calendar;
        this.printing = printing;
        this.callers = callers;
    }

    @GET
    @Path("/calendar")
    @Produces({MediaType.APPLICATION_JSON, DocumentFormat.PDF_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "A unit's calendar for a period, in date order; or printed, as PDF",
            description = "Activities the caller may read: public ones and the internal ones of their line. As PDF "
                    + "(format=pdf, or Accept: application/pdf), the calendar to pin on a board: a heading with the year "
                    + "and the unit, then a section per month (Tháng 1 … Tháng 12), each listing its days and its "
                    + "activities (when, title, place, organising unit); cancelled activities are left out.")
    @APIResponse(responseCode = "200", description = "The days and activities of the period, or the calendar to print",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = CalendarEntryResponse.class)),
                    @Content(mediaType = DocumentFormat.PDF_TYPE,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A parameter is malformed, the period is reversed or longer than three years, "
            + "a year is given with from or to, the format is not json or pdf, or no unit is given and the caller has none")
    @APIResponse(responseCode = "404", description = "No unit has this code")
    public Response getCalendar(
            @Parameter(description = UNIT) @QueryParam("unit") @Size(max = 40) String unit,
            @Parameter(description = "A whole year, 1 January to 31 December; instead of from and to")
            @QueryParam("year") @Min(1901) @Max(2100) Integer year,
            @Parameter(description = "First day; 1 January of this year by default") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day; a year after from, or 31 December of this year, by default") @QueryParam("to") LocalDate to,
            @Parameter(description = "json (the default) or pdf, the calendar to print; without it, Accept decides "
                    + "(application/json or application/pdf)", schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "pdf"}))
            @QueryParam(DocumentFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        CalendarQuery query = new CalendarQuery(Optional.ofNullable(unit), Optional.ofNullable(year),
                Optional.ofNullable(from), Optional.ofNullable(to));
        if (DocumentFormat.chosen(format, headers, OFFERED) == DocumentFormat.PDF) {
            return printing.print(query, callers.current()).answer(DocumentFormat.PDF);
        }
        return Response.ok(calendar.between(query, callers.current()).entries().stream().map(CalendarEntryResponse::of)
                .toList(), MediaType.APPLICATION_JSON_TYPE).build();
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
