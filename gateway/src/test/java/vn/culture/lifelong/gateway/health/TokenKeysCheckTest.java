package vn.culture.lifelong.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.quarkus.TestTokens;

@QuarkusTest
@WithTestResource(StandInKeycloak.class)
class TokenKeysCheckTest {

    private static final String TOKEN_KEYS = "checks.find { it.name == 'token keys' }";

    // Relative to the management root, /q.
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    @Test
    void notReadyUntilTheRealmsKeysAreFetchedThenReadyEvenWhileKeycloakIsAway() {
        given().get(readiness)
                .then().statusCode(503)
                .body(TOKEN_KEYS + ".status", equalTo("DOWN"));
        given().get(liveness).then().statusCode(200);

        StandInKeycloak.SERVING.set(true);
        given().get(readiness)
                .then().statusCode(200)
                .body(TOKEN_KEYS + ".status", equalTo("UP"))
                .body(TOKEN_KEYS + ".data.keys", equalTo(1));
        // The keys really are usable: the token passes, and only the absent service makes it fail.
        given().auth().oauth2(TestTokens.token("viewer.test", "92", "viewer")).get("/api/plans/units")
                .then().statusCode(503);

        StandInKeycloak.SERVING.set(false);
        given().get(readiness).then().statusCode(200).body(TOKEN_KEYS + ".status", equalTo("UP"));
        given().auth().oauth2(TestTokens.token("viewer.test", "92", "viewer")).get("/api/plans/units")
                .then().statusCode(503);
    }
}
