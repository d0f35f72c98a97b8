package vn.culture.lifelong.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Optional;

/**
 * Ways of calling without a valid token, each one carrying the national administrator's identity, so that a token
 * let through would open everything: none at all, one signed by another key, an expired one, one signed by nobody
 * ({@code alg: none}), and a real one Keycloak issued to another application of the realm (not for this API).
 */
enum BadToken {

    NO_TOKEN,
    FORGED_SIGNATURE,
    EXPIRED,
    ALG_NONE,
    OTHER_AUDIENCE;

    private static final Duration EXPIRY_PATIENCE = Duration.ofSeconds(60);
    private String token;

    /** The request with this token, or with none. */
    RequestSpecification request() {
        return token().map(value -> given().auth().oauth2(value)).orElseGet(() -> given());
    }

    synchronized Optional<String> token() {
        if (this == NO_TOKEN) {
            return Optional.empty();
        }
        if (token == null) {
            token = make();
        }
        return Optional.of(token);
    }

    private String make() {
        String real = Identity.ADMIN.token();
        ObjectNode claims = ForgedTokens.claims(real);
        return switch (this) {
            // The realm's key id, so that the verifier picks the realm's key and checks the signature against it.
            case FORGED_SIGNATURE -> ForgedTokens.signedWithAnotherKey(claims, ForgedTokens.header(real).path("kid").asText());
            case EXPIRED -> expiredAdministratorToken();
            case ALG_NONE -> ForgedTokens.unsigned(claims, "none");
            case OTHER_AUDIENCE -> Keycloak.passwordToken(Keycloak.addClientOfAnotherApplication(), Identity.ADMIN.username);
            case NO_TOKEN -> throw new IllegalStateException("No token to make");
        };
    }

    /** A real token of the administrator from a client whose tokens live a second, once the gateway refuses it. */
    private static String expiredAdministratorToken() {
        String expiring = Keycloak.passwordToken(Keycloak.addShortLivedClient(1), Identity.ADMIN.username);
        String gateway = Stack.get().gatewayUrl();
        await().atMost(EXPIRY_PATIENCE).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(expiring).get(gateway + "/api/plans/programmes").statusCode() == 401);
        return expiring;
    }
}
