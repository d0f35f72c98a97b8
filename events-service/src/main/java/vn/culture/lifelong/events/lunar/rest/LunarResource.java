package vn.culture.lifelong.events.lunar.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.events.lunar.service.LunarConversions;

@Path("/api/events/public/lunar")
@Tag(name = "Lunar calendar", description = "The Vietnamese lunar calendar (UTC+7), for everyone")
@PermitAll
public class LunarResource {

    private final LunarConversions conversions;

    public LunarResource(LunarConversions conversions) {
        this.conversions = conversions;
    }

    @GET
    @Path("/{date}")
    @Operation(summary = "A solar day in the Vietnamese lunar calendar, with its can chi; no login needed")
    @APIResponse(responseCode = "200", description = "The lunar day")
    @APIResponse(responseCode = "400", description = "Not a day (yyyy-mm-dd) from 1900 to 2100")
    public LunarConversionResponse convertToLunar(
            @Parameter(description = "A day from 1900-01-01 to 2100-12-31", example = "2026-02-17") @PathParam("date") String date) {
        return LunarConversionResponse.of(conversions.ofSolar(date, "date"));
    }
}
