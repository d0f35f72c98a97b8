package vn.culture.lifelong.gateway;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/** The Keycloak realm as the gateway's tests stand it in: its metadata, and the key set that signs {@link TestTokens}. */
public final class StandInRealm {

    public static final String PATH = "/realms/lifelong";

    private StandInRealm() {
    }

    /** Answers a request to the stand-in Keycloak as Keycloak would, or 404. */
    public static void serve(HttpServerRequest request) {
        String realm = "http://" + request.authority() + PATH;
        String answer = switch (request.path()) {
            case PATH + "/.well-known/openid-configuration" -> new JsonObject()
                    .put("issuer", TestTokens.ISSUER)
                    .put("authorization_endpoint", realm + "/protocol/openid-connect/auth")
                    .put("token_endpoint", realm + "/protocol/openid-connect/token")
                    .put("jwks_uri", realm + "/protocol/openid-connect/certs")
                    .encode();
            case PATH + "/protocol/openid-connect/certs" -> TestTokens.jwks();
            default -> null;
        };
        if (answer == null) {
            request.response().setStatusCode(404).end();
        } else {
            request.response().putHeader("Content-Type", "application/json").end(answer);
        }
    }
}
