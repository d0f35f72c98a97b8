package vn.culture.lifelong.events.feeds.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import vn.culture.lifelong.events.feeds.service.Feed;

/**
 * How both feeds answer: the iCalendar body with its ETag, or 304 when the subscriber holds that version. The body
 * goes out gzip-compressed as it is kept to clients that accept it (calendar apps do), and expanded on the way to
 * others. The ETag is weak, since the two encodings are one feed.
 */
final class FeedAnswers {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    private FeedAnswers() {
    }

    /** The entity tags of an If-None-Match header, unquoted; weak and strong compare alike (weak comparison). */
    static List<String> tags(String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip).map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.replace("\"", "")).filter(tag -> !tag.isEmpty()).toList();
    }

    static Response answer(Feed feed, String acceptEncoding) {
        EntityTag etag = new EntityTag(feed.etag(), true);
        if (feed.gzipped().isEmpty()) {
            return Response.notModified(etag).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
        }
        byte[] gzipped = feed.gzipped().get();
        Response.ResponseBuilder response = acceptsGzip(acceptEncoding)
                ? Response.ok(gzipped, TEXT_CALENDAR).header(HttpHeaders.CONTENT_ENCODING, "gzip")
                : Response.ok(expanded(gzipped), TEXT_CALENDAR);
        return response.tag(etag).header(HttpHeaders.CACHE_CONTROL, "no-cache").header(HttpHeaders.VARY, "Accept-Encoding")
                .build();
    }

    /** Whether {@code Accept-Encoding} names gzip (or *) without refusing it ({@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        return Arrays.stream(acceptEncoding.toLowerCase(Locale.ROOT).split(",")).map(String::strip).anyMatch(coding -> {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            boolean refused = Arrays.stream(parts).skip(1).map(String::strip)
                    .anyMatch(parameter -> parameter.matches("q\\s*=\\s*0(\\.0*)?"));
            return (name.equals("gzip") || name.equals("*")) && !refused;
        });
    }

    private static StreamingOutput expanded(byte[] gzipped) {
        return output -> {
            try (InputStream feed = new GZIPInputStream(new ByteArrayInputStream(gzipped), 64 * 1024)) {
                feed.transferTo(output);
            }
        };
    }
}
