package vn.culture.lifelong.gateway.limits;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import vn.culture.lifelong.gateway.config.GatewayConfig;
import vn.culture.lifelong.gateway.problems.Problems;
import vn.culture.lifelong.gateway.problems.Problems.Problem;

/**
 * Refuses what is too big before any of it is passed on: header fields over their limit (431), and a body that
 * announces more bytes than allowed (413). A body sent in chunks, without its length, is counted as it streams
 * ({@link BoundedBody}). Headers far beyond the limit never get here: the HTTP server's own limit
 * ({@code quarkus.http.limits.max-header-size}, set above this one) answers them with a bare 431.
 */
public class RequestSizeLimits {

    /** After the request has its id (priority 1000), so that the problem can name it. */
    private static final int PRIORITY = 900;

    void register(@Observes Filters filters, GatewayConfig config) {
        long maximumBody = config.requestLimits().maximumBodyBytes();
        int maximumHeaders = config.requestLimits().maximumHeaderBytes();
        filters.register(context -> {
            if (headerBytes(context.request().headers()) > maximumHeaders) {
                refuse(context, Problem.HEADERS_TOO_LARGE, maximumHeaders);
            } else if (announcedLength(context) > maximumBody) {
                refuse(context, Problem.BODY_TOO_LARGE, maximumBody);
            } else {
                context.next();
            }
        }, PRIORITY);
    }

    /** The body is not read: the connection closes after the answer, so that what the caller still sends is dropped. */
    private static void refuse(RoutingContext context, Problem problem, long limit) {
        context.response().putHeader("Connection", "close");
        Problems.answer(context, problem, limit);
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length();
        }
        return bytes;
    }

    /** The Content-Length the caller announced, or -1 (none, or not a number: the HTTP server refuses those). */
    private static long announcedLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
