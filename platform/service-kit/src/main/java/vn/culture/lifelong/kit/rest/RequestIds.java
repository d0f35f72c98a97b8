package vn.culture.lifelong.kit.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The request id the gateway gives every request ({@code X-Request-Id}), kept in the logging context for the
 * whole request (the log format prints {@code %X{requestId}}) and carried by the events the request causes, so
 * one request can be followed across services.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The key in the logging context (MDC). */
    private static final String LOG_KEY = "requestId";
    /** The same rule as the gateway's: anything else is not logged. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @ServerRequestFilter(preMatching = true)
    public void remember(ContainerRequestContext request) {
        set(request.getHeaderString(HEADER));
    }

    /** The request id of the work this thread does now (a request, or an event a consumer applies). */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(LOG_KEY)).map(Object::toString);
    }

    /** Makes {@code requestId} the current one, or clears it when it is missing or not acceptable. */
    public static void set(String requestId) {
        if (requestId != null && ACCEPTABLE.matcher(requestId).matches()) {
            MDC.put(LOG_KEY, requestId);
        } else {
            MDC.remove(LOG_KEY);
        }
    }
}
