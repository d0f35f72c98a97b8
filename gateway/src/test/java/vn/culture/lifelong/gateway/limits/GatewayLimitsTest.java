package vn.culture.lifelong.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.gateway.GatewayMetrics;
import vn.culture.lifelong.gateway.routing.StandInUpstreams;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/** The gateway's limits, set small here: requests per caller (429), body and header sizes (413, 431). */
@QuarkusTest
@TestProfile(GatewayLimitsTest.SmallLimits.class)
@WithTestResource(StandInUpstreams.class)
class GatewayLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("gateway.rate-limits.reads.capacity", "3"),
                    Map.entry("gateway.rate-limits.reads.refill", "1"),
                    Map.entry("gateway.rate-limits.reads.period", "PT10S"),
                    Map.entry("gateway.rate-limits.writes.capacity", "2"),
                    Map.entry("gateway.rate-limits.writes.refill", "1"),
                    Map.entry("gateway.rate-limits.writes.period", "PT10S"),
                    Map.entry("gateway.rate-limits.public-calendar.capacity", "2"),
                    Map.entry("gateway.rate-limits.public-calendar.refill", "1"),
                    Map.entry("gateway.rate-limits.public-calendar.period", "PT10S"),
                    Map.entry("gateway.request-limits.maximum-body-bytes", "1024"),
                    Map.entry("gateway.request-limits.maximum-header-bytes", "4096"),
                    Map.entry("gateway.upstreams.events.maximum-concurrent-requests", "1"));
        }
    }

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource("/api/plans/import")
    URI importUrl;

    @Test
    void aCallerPastItsBurstGets429WithRetryAfterWhileOtherCallersAndItsWritesPass() {
        String token = TestTokens.token("reader.burst", "92", "viewer");
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth().oauth2(token).get("/api/plans/units")
                    .then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", Integer.toString(remaining));
        }
        double refusedBefore = GatewayMetrics.value(metrics, "gateway_rate_limit_requests_total",
                "route_class=\"reads\"", "outcome=\"refused\"");
        Response refused = given().auth().oauth2(token).get("/api/plans/units");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("title", equalTo("Quá nhiều yêu cầu"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 10);
        assertThat(refused.jsonPath().getString("detail")).contains(refused.header("Retry-After") + " giây");

        given().auth().oauth2(TestTokens.token("reader.other", "92", "viewer")).get("/api/plans/units")
                .then().statusCode(200);
        given().auth().oauth2(token).body("{}").contentType("application/json").post("/api/plans/units")
                .then().statusCode(200).header("RateLimit-Limit", "2");

        assertThat(GatewayMetrics.value(metrics, "gateway_rate_limit_requests_total",
                "route_class=\"reads\"", "outcome=\"refused\"")).isEqualTo(refusedBefore + 1);
        assertThat(GatewayMetrics.value(metrics, "gateway_rate_limit_capacity", "route_class=\"reads\"")).isEqualTo(3);
        assertThat(GatewayMetrics.value(metrics, "gateway_rate_limit_refill_per_second", "route_class=\"writes\""))
                .isEqualTo(0.1);
    }

    @Test
    void thePublicCalendarIsCountedPerAddressTokenOrNot() {
        // The stand-in events service answers too late (504): past the limiter, then refused by it at once.
        String token = TestTokens.token("reader.calendar", "92", "viewer");
        given().get("/api/events/public/lunar/2026-02-17").then().statusCode(504);
        given().auth().oauth2(token).get("/api/events/public/lunar/2026-02-17").then().statusCode(504);
        given().get("/api/events/public/lunar/2026-02-17")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", matchesPattern("\\d+"));
        given().header("Accept-Language", "en").auth().oauth2(token).get("/api/events/public/lunar/2026-02-17")
                .then().statusCode(429).body("title", equalTo("Too many requests"));
    }

    @Test
    void aBodyAnnouncedOverTheLimitIs413AndNeverReachesTheService() {
        given().auth().oauth2(TestTokens.token("writer.large", "92", "admin"))
                .contentType("application/json").body(new byte[1025])
                .post("/api/plans/import")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("title", equalTo("Nội dung yêu cầu quá lớn"))
                .body("detail", containsString("1024"));
        given().auth().oauth2(TestTokens.token("writer.large", "92", "admin"))
                .contentType("application/json").body(new byte[1024])
                .post("/api/plans/import")
                .then().statusCode(200).body("bodyLength", equalTo(1024));
    }

    @Test
    void aBodyStreamedWithoutItsLengthIsCutAtTheLimitWith413OverHttp1AndHttp2() throws Exception {
        for (HttpClient.Version version : HttpClient.Version.values()) {
            String token = TestTokens.token("writer." + version, "92", "admin");
            HttpClient client = HttpClient.newBuilder().version(version).build();
            HttpResponse<String> tooLarge = client.send(streamed(token, 64 * 1024), HttpResponse.BodyHandlers.ofString());
            assertThat(tooLarge.statusCode()).as(version.name()).isEqualTo(413);
            assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");

            HttpResponse<String> small = client.send(streamed(token, 1000), HttpResponse.BodyHandlers.ofString());
            assertThat(small.statusCode()).as(version.name()).isEqualTo(200);
            assertThat(small.body()).contains("\"bodyLength\":1000");
        }
    }

    /** A body of unknown length: chunks over HTTP/1.1, data frames over HTTP/2. */
    private HttpRequest streamed(String token, int bytes) {
        return HttpRequest.newBuilder(importUrl)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[bytes])))
                .build();
    }

    @Test
    void pastTheRequestsAServiceMayHaveInHandTheGatewayAnswers503AtOnce() {
        // The stand-in events service answers only after the idle timeout (504): one request in hand, one waiting.
        List<CompletableFuture<Response>> calls = new ArrayList<>();
        for (int caller = 0; caller < 3; caller++) {
            String token = TestTokens.token("reader.overload" + caller, "92", "viewer");
            calls.add(CompletableFuture.supplyAsync(() -> given().auth().oauth2(token).get("/api/events/calendar")));
        }
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(Response::statusCode).sorted().toList();
        assertThat(statuses).containsExactly(503, 504, 504);
        Response overloaded = calls.stream().map(CompletableFuture::join).filter(call -> call.statusCode() == 503)
                .findFirst().orElseThrow();
        assertThat(overloaded.contentType()).isEqualTo("application/problem+json");
        assertThat(overloaded.jsonPath().getString("title")).isEqualTo("Dịch vụ đang quá tải");
        assertThat(overloaded.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void headersOverTheLimitAre431() {
        given().header("X-Padding", "x".repeat(5_000)).get("/api/plans/units")
                .then().statusCode(431)
                .contentType("application/problem+json")
                .body("status", equalTo(431))
                .body("detail", containsString("4096"));
        // Far past it, the HTTP server itself refuses them, still 431.
        given().header("X-Padding", "x".repeat(70_000)).get("/api/plans/units").then().statusCode(431);
    }
}
