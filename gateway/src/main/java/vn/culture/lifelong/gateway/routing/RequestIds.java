package vn.culture.lifelong.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.culture.lifelong.gateway.problems.Problems;

/**
 * Every request gets an {@code X-Request-Id} before anything else runs: the caller's, if it is sane, or a new
 * one. It travels to the service with the request and comes back on the response, errors included.
 */
public class RequestIds {

    private static final String HEADER = Problems.REQUEST_ID;
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String id = context.request().getHeader(HEADER);
            if (id == null || !ACCEPTABLE.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
                context.request().headers().set(HEADER, id);
            }
            context.response().putHeader(HEADER, id);
            context.next();
        }, 1000);
    }
}
