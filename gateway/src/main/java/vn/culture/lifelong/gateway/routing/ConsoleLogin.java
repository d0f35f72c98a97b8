package vn.culture.lifelong.gateway.routing;

import io.vertx.core.json.JsonObject;

/**
 * Where the OpenAPI console logs in: the authorization code flow of the Keycloak realm this gateway trusts. Each
 * service declares its security scheme as OAuth 2 with that one flow, but with the Keycloak it was built or
 * configured with; the gateway relays the documents with this realm's endpoints instead, so that the console's
 * Authorize always logs in where the gateway accepts the tokens.
 */
final class ConsoleLogin {

    private final String authorizationUrl;
    private final String tokenUrl;

    /** {@code realmUrl} is the realm's issuer URL, e.g. http://127.0.0.1:8180/realms/lifelong. */
    ConsoleLogin(String realmUrl) {
        String realm = realmUrl.replaceAll("/+$", "");
        this.authorizationUrl = realm + "/protocol/openid-connect/auth";
        this.tokenUrl = realm + "/protocol/openid-connect/token";
    }

    /** Points the authorization code flow of every OAuth 2 security scheme of {@code openApi} at this realm. */
    JsonObject appliedTo(JsonObject openApi) {
        JsonObject schemes = openApi.getJsonObject("components", new JsonObject())
                .getJsonObject("securitySchemes", new JsonObject());
        schemes.forEach(scheme -> {
            if (scheme.getValue() instanceof JsonObject definition && "oauth2".equals(definition.getString("type"))) {
                JsonObject flow = definition.getJsonObject("flows", new JsonObject()).getJsonObject("authorizationCode");
                if (flow != null) {
                    flow.put("authorizationUrl", authorizationUrl).put("tokenUrl", tokenUrl);
                }
            }
        });
        return openApi;
    }
}
