package vn.culture.lifelong.events.feeds.rest;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.events.feeds.service.FeedService;

@Path("/api/events/public/calendar.ics")
@Tag(name = "Public calendar", description = "What anyone may read without logging in")
@PermitAll
public class PublicFeedResource {

    private final FeedService feeds;

    public PublicFeedResource(FeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Produces({FeedAnswers.TEXT_CALENDAR, "application/problem+json"})
    @Operation(summary = "The public calendar of a unit as an iCalendar feed, without login",
            description = "The days the unit keeps and the public activities of its subtree, last year to next year; "
                    + "the national days alone without a unit. Poll with If-None-Match: 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The feed (RFC 5545)")
    @APIResponse(responseCode = "304", description = "The feed has not changed since the ETag given")
    @APIResponse(responseCode = "404", description = "No unit has this code")
    public Response getPublicFeed(
            @Parameter(description = "The unit, e.g. 20") @QueryParam("unit") @Size(max = 40) String unit,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return FeedAnswers.answer(feeds.publicFeed(Optional.ofNullable(unit), FeedAnswers.tags(ifNoneMatch)),
                acceptEncoding);
    }
}
