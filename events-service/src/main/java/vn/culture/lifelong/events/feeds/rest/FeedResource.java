package vn.culture.lifelong.events.feeds.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.events.feeds.service.FeedService;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.security.Callers;

@Path("/api/events/calendar.ics")
@Tag(name = "Calendar")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class FeedResource {

    private final FeedService feeds;
    private final Callers callers;

    public FeedResource(FeedService feeds, Callers callers) {
        this.feeds = feeds;
        this.callers = callers;
    }

    @GET
    @Produces({FeedAnswers.TEXT_CALENDAR, "application/problem+json"})
    @Operation(summary = "A unit's calendar as an iCalendar feed, with the internal activities the caller may read",
            description = "Last year, this year and next. Poll with If-None-Match: 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The feed (RFC 5545)")
    @APIResponse(responseCode = "304", description = "The feed has not changed since the ETag given")
    @APIResponse(responseCode = "400", description = "No unit is given and the caller has none")
    @APIResponse(responseCode = "404", description = "No unit has this code")
    public Response getFeed(
            @Parameter(description = "The unit; the caller's by default (e.g. 06184)") @QueryParam("unit") @Size(max = 40) String unit,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return FeedAnswers.answer(feeds.signedInFeed(Optional.ofNullable(unit), callers.current(), FeedAnswers.tags(ifNoneMatch)),
                acceptEncoding);
    }
}
