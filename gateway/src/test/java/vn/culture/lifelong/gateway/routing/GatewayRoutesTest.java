package vn.culture.lifelong.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.gateway.GatewayMetrics;
import vn.culture.lifelong.stack.quarkus.TestTokens;

@QuarkusTest
@WithTestResource(StandInUpstreams.class)
class GatewayRoutesTest {

    private static final String TOKEN = TestTokens.token("viewer.test", "92", "viewer");

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    // Relative to the management root, /q.
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private static RequestSpecification signedIn() {
        return given().auth().oauth2(TOKEN);
    }

    @Test
    void requestsWithoutAValidTokenNeverReachAService() {
        given().get("/api/plans/units")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("title", equalTo("Chưa xác thực"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
        given().auth().oauth2(TestTokens.expiredToken("viewer.test", "92", "viewer")).get("/api/plans/units")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TOKEN.substring(0, TOKEN.length() - 4) + "AAAA").get("/api/plans/units")
                .then().statusCode(401);
    }

    @Test
    void onlyReadingThePublicCalendarNeedsNoToken() {
        // It reaches events-service (whose stand-in answers too late: 504, not the gateway's 401).
        given().get("/api/events/public/lunar/2026-02-17").then().statusCode(504);
        given().post("/api/events/public/lunar/2026-02-17").then().statusCode(401);
        given().get("/api/events/publications").then().statusCode(401);
        given().get("/api/events/public/../activities").then().statusCode(401);
        given().urlEncodingEnabled(false).get("/api/events/public/%2E%2E/activities").then().statusCode(401);
    }

    @Test
    void theRequestReachesTheServiceUnchangedWithTokenRequestIdAndOrigin() {
        signedIn().header("X-Request-Id", "trace-42")
                .get("/api/plans/units/20?page=1")
                .then().statusCode(200)
                .header("X-Request-Id", "trace-42")
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/plans/units/20?page=1"))
                .body("requestId", equalTo("trace-42"))
                .body("authorization", equalTo("Bearer " + TOKEN))
                .body("forwardedHost", startsWith("localhost:"));
    }

    @Test
    void anUnusableRequestIdIsReplaced() {
        signedIn().header("X-Request-Id", "bad id with spaces")
                .get("/api/plans/units")
                .then().statusCode(200)
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void largeBodiesPassThrough() {
        byte[] body = new byte[5 * 1024 * 1024];
        Arrays.fill(body, (byte) 'x');
        signedIn().contentType("application/octet-stream").body(body)
                .post("/api/plans/import")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(body.length));
    }

    @Test
    void aSilentServiceGets504() {
        signedIn().get("/api/events/calendar")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("events"));
    }

    @Test
    void aFailingServiceGets503AndTheBreakerThenStopsCallingIt() {
        for (int i = 0; i < 10; i++) {
            signedIn().header("Accept-Language", "en").get("/api/reports/units/20")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("title", equalTo("Service unavailable"));
        }
        int connectionsWhenOpen = StandInUpstreams.DROPPED_CONNECTIONS.get();
        for (int i = 0; i < 5; i++) {
            signedIn().get("/api/reports/units/20").then().statusCode(503);
        }
        assertThat(StandInUpstreams.DROPPED_CONNECTIONS.get()).isEqualTo(connectionsWhenOpen);
    }

    @Test
    void unknownApiPathsAre404ProblemJson() {
        signedIn().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void healthAndMetricsAreOnlyOnTheManagementPortAndTheConsoleNeedsNoToken() {
        given().get("/q/health").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().get(readiness).then().statusCode(200);
        given().get(metrics).then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void aTokenSeenAgainIsNotCheckedAgainButNothingOutlivesItsExpiry() {
        String token = TestTokens.shortLivedToken(3, "cached.test", "92", "viewer");
        double rememberedBefore = rememberedTokens();
        given().auth().oauth2(token).get("/api/plans/units").then().statusCode(200);
        given().auth().oauth2(token).get("/api/plans/units").then().statusCode(200);
        given().auth().oauth2(token).get("/api/plans/units").then().statusCode(200);
        assertThat(rememberedTokens() - rememberedBefore).isEqualTo(2);

        // The same claims under another signature are another token: checked, and refused.
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[256]);
        given().auth().oauth2(forged).get("/api/plans/units").then().statusCode(401);

        // Refused once it expires, though remembered: at the latest a second after its exp, never later.
        await().atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(token).get("/api/plans/units").then().statusCode(401));
    }

    private double rememberedTokens() {
        return GatewayMetrics.value(metrics, "gateway_bearer_tokens_total", "verification=\"remembered\"");
    }

    @Test
    void theConsoleLogsInAtTheKeycloakTheGatewayTrustsNotTheOneTheServiceNames() {
        String scheme = "components.securitySchemes.keycloak.";
        given().get("/openapi/plans")
                .then().statusCode(200)
                .body(scheme + "type", equalTo("oauth2"))
                .body(scheme + "flows.keySet()", contains("authorizationCode"))
                .body(scheme + "flows.authorizationCode.authorizationUrl", equalTo(realmUrl + "/protocol/openid-connect/auth"))
                .body(scheme + "flows.authorizationCode.tokenUrl", equalTo(realmUrl + "/protocol/openid-connect/token"))
                .body(scheme + "flows.authorizationCode.scopes", equalTo(Map.of("openid", "OpenID Connect")))
                .body("paths.keySet()", contains("/api/plans/units"))
                .body("security[0].keycloak", contains("openid"));
    }

    @Test
    void theConsoleUsesTheApiConsoleClientWithPkceAndSendsNoFixedNonce() {
        given().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("clientId: 'api-console'"))
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"))
                .body(containsString("<script src=\"/console/login.js\"></script>"))
                .body(containsString("ConsoleLoginWithoutFixedNonce"));
        given().get("/console/login.js")
                .then().statusCode(200)
                .body(containsString("window.ConsoleLoginWithoutFixedNonce"));
    }
}
