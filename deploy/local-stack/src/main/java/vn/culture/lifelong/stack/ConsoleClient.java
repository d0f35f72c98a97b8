package vn.culture.lifelong.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The realm's {@code api-console} client, the OpenAPI console's login, made to follow the gateway. Keycloak
 * imports the realm file on its first start only, while the gateway's port may change from one start to the next;
 * so at every start the stack points the client's redirect URI at the console of the gateway it runs, through
 * Keycloak's admin API as the master administrator.
 */
final class ConsoleClient {

    private static final String CLIENT_ID = "api-console";
    /** Where Swagger UI receives the authorization code (the default of quarkus.swagger-ui.oauth2-redirect-url). */
    private static final String REDIRECT_PATH = "/q/swagger-ui/oauth2-redirect.html";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConsoleClient() {
    }

    /**
     * Lets the console of the gateway on {@code gatewayPort} log in at the Keycloak on {@code keycloakUrl}. The
     * stack binds the gateway to the loopback address, which browsers reach as 127.0.0.1 or as localhost.
     */
    static void followGateway(String keycloakUrl, String adminPassword, int gatewayPort) {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        String adminToken = send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).path("access_token").asText();

        String clients = keycloakUrl + "/admin/realms/" + KeycloakServer.REALM + "/clients";
        JsonNode found = send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + CLIENT_ID))
                .header("Authorization", "Bearer " + adminToken));
        if (found.size() != 1) {
            throw new IllegalStateException("The realm " + KeycloakServer.REALM + " has no client " + CLIENT_ID);
        }
        ObjectNode client = (ObjectNode) found.get(0);
        client.set("redirectUris", JSON.valueToTree(List.of(
                "http://127.0.0.1:" + gatewayPort + REDIRECT_PATH,
                "http://localhost:" + gatewayPort + REDIRECT_PATH)));
        // "+" allows the origins of the redirect URIs, from which the console fetches its token.
        client.set("webOrigins", JSON.valueToTree(List.of("+")));
        send(HttpRequest.newBuilder(URI.create(clients + "/" + client.path("id").asText()))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(client.toString())));
    }

    /** The JSON Keycloak answers (empty for 204), or an exception saying what it refused. */
    private static JsonNode send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("Keycloak answered " + answer.statusCode() + " to " + request.method()
                        + " " + request.uri() + ": " + answer.body());
            }
            return answer.body().isEmpty() ? JSON.missingNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not configure the " + CLIENT_ID + " client at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while configuring Keycloak", e);
        }
    }
}
