package vn.culture.lifelong.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who gets in through the gateway, with real Keycloak tokens. */
class GatewaySecurityTest {

    private static String gateway;

    @BeforeAll
    static void startStack() {
        gateway = Stack.get().gatewayUrl();
    }

    @Test
    void withoutATokenTheGatewayAnswers401ProblemJson() {
        given().get(gateway + "/api/plans/units")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Chưa xác thực"));
        given().header("Accept-Language", "en").get(gateway + "/api/reports/units/20")
                .then().statusCode(401).body("title", equalTo("Not authenticated"));
    }

    @Test
    void thePublicCalendarIsReadWithoutATokenAndNothingElseIs() {
        given().get(gateway + "/api/events/public/lunar/{date}", "2026-02-17").then().statusCode(200)
                .body("lunar.day", equalTo(1)).body("canChi.year", equalTo("Bính Ngọ"));
        given().post(gateway + "/api/events/public/lunar/{date}", "2026-02-17").then().statusCode(401);
        given().get(gateway + "/api/events/units/{code}", "20").then().statusCode(401);
    }

    @Test
    void aTamperedTokenIs401() {
        String token = Keycloak.userToken("viewer.cantho");
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        String promoted = claims.replace("\"viewer\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(promoted.getBytes())
                + "." + parts[2];
        given().auth().oauth2(tampered).get(gateway + "/api/plans/units").then().statusCode(401);
        given().auth().oauth2(token).get(gateway + "/api/plans/units").then().statusCode(200);
    }

    @Test
    void anExpiredTokenIs401() {
        String client = Keycloak.addShortLivedClient(2);
        String token = Keycloak.passwordToken(client, "viewer.cantho");
        given().auth().oauth2(token).get(gateway + "/api/plans/units").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(token).get(gateway + "/api/plans/units").then().statusCode(401));
    }

    @Test
    void aReporterCannotCreateAUnit() {
        given().auth().oauth2(Keycloak.userToken("reporter.dongdang")).contentType(ContentType.JSON)
                .body(Map.of("code", "E2E403", "name", "Không được tạo", "kind", "LIBRARY", "level", "PROVINCE"))
                .post(gateway + "/api/plans/units")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Keycloak.userToken("admin.demo")).get(gateway + "/api/plans/units/E2E403")
                .then().statusCode(404);
    }

    @Test
    void aProvincialSystemReadsWithClientCredentialsButCannotWrite() {
        String token = Keycloak.provincialSystemToken();
        given().auth().oauth2(token).get(gateway + "/api/plans/units").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("code", "E2EINT", "name", "Tích hợp", "kind", "OTHER", "level", "PROVINCE"))
                .post(gateway + "/api/plans/units")
                .then().statusCode(403);
    }

    @Test
    void tokensCarryTheUsersUnit() {
        String token = Keycloak.userToken("reporter.dongdang");
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        org.assertj.core.api.Assertions.assertThat(claims).contains("\"org_unit\":\"06184\"");
    }

    @Test
    void requestIdsAreKeptOrMadeAndReachTheService() {
        String token = Keycloak.userToken("viewer.cantho");
        given().auth().oauth2(token).header("X-Request-Id", "e2e-trace-1")
                .get(gateway + "/api/plans/units/NO-SUCH-UNIT")
                .then().statusCode(404)
                .header("X-Request-Id", "e2e-trace-1")
                .body("requestId", equalTo("e2e-trace-1"));
        given().auth().oauth2(token).get(gateway + "/api/plans/units")
                .then().statusCode(200).header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }
}
