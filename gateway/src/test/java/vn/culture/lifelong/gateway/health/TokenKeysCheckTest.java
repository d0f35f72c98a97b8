package vn.culture.lifelong.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.quarkus.TestTokens;

@QuarkusTest
@WithTestResource(StandInKeycloak.class)
class TokenKeysCheckTest {

    private static final String TOKEN_KEYS = "checks.find { it.name == 'token keys' }";

    @Test
    void notReadyUntilTheRealmsKeysAreFetchedThenReadyEvenWhileKeycloakIsAway() {
        given().get("/q/health/ready")
                .then().statusCode(503)
                .body(TOKEN_KEYS + ".status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);

        StandInKeycloak.SERVING.set(true);
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body(TOKEN_KEYS + ".status", equalTo("UP"))
                .body(TOKEN_KEYS + ".data.keys", equalTo(1));
        // The keys really are usable: the token passes, and only the absent service makes it fail.
        given().auth().oauth2(TestTokens.token("viewer.test", "92", "viewer")).get("/api/plans/units")
                .then().statusCode(503);

        StandInKeycloak.SERVING.set(false);
        given().get("/q/health/ready").then().statusCode(200).body(TOKEN_KEYS + ".status", equalTo("UP"));
        given().auth().oauth2(TestTokens.token("viewer.test", "92", "viewer")).get("/api/plans/units")
                .then().statusCode(503);
    }
}
