package vn.culture.lifelong.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The benchmarks' caller: JSON requests through the gateway as admin.demo (one login for every simulated user, since
 * the realm has no user per commune; the services check the same rules for it), the token renewed before it expires.
 */
final class GatewayClient {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Tokens live 5 minutes in the realm; a new one is fetched well before. */
    private static final Duration TOKEN_RENEWAL = Duration.ofMinutes(3);

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String gateway;
    private final String realm;
    private final String password;
    private String token;
    private long tokenFetchedAt;

    GatewayClient(String gateway, String realm, String password) {
        this.gateway = gateway;
        this.realm = realm;
        this.password = password;
    }

    /** A client of the same login for another base URL (a service's own, past the gateway). */
    GatewayClient at(String baseUrl) {
        return new GatewayClient(baseUrl, realm, password);
    }

    synchronized String token() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - tokenFetchedAt > TOKEN_RENEWAL.toNanos()) {
            String form = "grant_type=password&client_id=cli&username=admin.demo&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
            token = JSON.readTree(response.body()).path("access_token").asText();
            tokenFetchedAt = System.nanoTime();
        }
        return token;
    }

    JsonNode get(String path) {
        return send("GET", path, null, 200);
    }

    int total(String path) {
        return get(path).path("totalItems").asInt();
    }

    /** Sends a request and reads its JSON answer, which must have {@code expectedStatus}. */
    JsonNode send(String method, String path, Object body, int expectedStatus) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token());
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
