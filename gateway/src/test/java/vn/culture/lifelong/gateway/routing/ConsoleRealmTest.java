package vn.culture.lifelong.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * In a cluster the gateway reaches Keycloak at an internal address no browser can: the console's login then goes to
 * the realm's public address, {@code gateway.console-realm-url}.
 */
@QuarkusTest
@TestProfile(ConsoleRealmTest.PublicRealm.class)
@WithTestResource(StandInUpstreams.class)
class ConsoleRealmTest {

    private static final String PUBLIC_REALM = "https://login.lifelong.example/realms/lifelong";

    public static class PublicRealm implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.console-realm-url", PUBLIC_REALM);
        }
    }

    @Test
    void theConsoleLogsInAtTheRealmsPublicAddress() {
        String flow = "components.securitySchemes.keycloak.flows.authorizationCode.";
        given().get("/openapi/plans")
                .then().statusCode(200)
                .body(flow + "authorizationUrl", equalTo(PUBLIC_REALM + "/protocol/openid-connect/auth"))
                .body(flow + "tokenUrl", equalTo(PUBLIC_REALM + "/protocol/openid-connect/token"));
    }
}
