package vn.culture.lifelong.e2e;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the security suites' requests and counts them. A 429 from the gateway's rate limit is waited out (as long as
 * its Retry-After says) and the request sent again, since it answers how often, not whether, the caller may.
 */
final class Calls {

    private static final int ATTEMPTS = 5;
    private static final AtomicInteger SENT = new AtomicInteger();

    private Calls() {
    }

    static Response send(RequestSpecification request, String method, String url) {
        return RateLimitRetries.send(() -> {
            SENT.incrementAndGet();
            return request.request(method, url);
        }, Response::statusCode, response -> Optional.ofNullable(response.header("Retry-After")), ATTEMPTS);
    }

    static int sent() {
        return SENT.get();
    }
}
