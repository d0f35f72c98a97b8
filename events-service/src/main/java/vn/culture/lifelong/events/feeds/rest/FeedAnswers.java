package vn.culture.lifelong.events.feeds.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import vn.culture.lifelong.events.feeds.service.Feed;

/** How both feeds answer: the iCalendar body with its ETag, or 304 when the subscriber holds that version. */
final class FeedAnswers {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    private FeedAnswers() {
    }

    /** The entity tags of an If-Match/If-None-Match header, unquoted; weak ones compare as strong (RFC 9110 weak comparison). */
    static List<String> tags(String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip).map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.replace("\"", "")).filter(tag -> !tag.isEmpty()).toList();
    }

    static Response answer(Feed feed) {
        EntityTag etag = new EntityTag(feed.etag());
        Response.ResponseBuilder response = feed.body().isPresent()
                ? Response.ok(feed.body().get(), TEXT_CALENDAR)
                : Response.notModified();
        return response.tag(etag).header("Cache-Control", "no-cache").build();
    }
}
