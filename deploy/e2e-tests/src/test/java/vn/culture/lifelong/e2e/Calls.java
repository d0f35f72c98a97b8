package vn.culture.lifelong.e2e;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
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
        for (int attempt = 1; ; attempt++) {
            SENT.incrementAndGet();
            Response response = request.request(method, url);
            if (response.statusCode() != 429 || attempt == ATTEMPTS) {
                return response;
            }
            waitSeconds(response.header("Retry-After"));
        }
    }

    static int sent() {
        return SENT.get();
    }

    private static void waitSeconds(String retryAfter) {
        long seconds = retryAfter != null && retryAfter.matches("\\d{1,3}") ? Long.parseLong(retryAfter) : 1;
        try {
            Thread.sleep(Math.max(1, seconds) * 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting out the rate limit", e);
        }
    }
}
