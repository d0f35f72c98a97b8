package vn.culture.lifelong.gateway.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is ready once it can check tokens: the realm's signing keys (its JWKS) could be fetched from the
 * Keycloak it trusts. Before that every /api request would be refused with 401, so "ready" would be a lie.
 *
 * <p>Once the keys were fetched the check stays up: Quarkus fetches them itself (at start, or at the first
 * request when Keycloak was not up yet) and keeps them, so a Keycloak that is down for a while does not stop
 * the gateway from checking tokens; taking the gateway out of service for that would turn a Keycloak outage
 * into an outage of the whole API.
 */
@Readiness
@ApplicationScoped
public class TokenKeysCheck implements HealthCheck {

    private static final String NAME = "token keys";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Optional<String> realmUrl;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    /** How many keys the realm published when they were fetched; 0 until then. */
    private volatile int fetchedKeys;

    TokenKeysCheck(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> realmUrl, ObjectMapper json) {
        this.realmUrl = realmUrl;
        this.json = json;
    }

    @Override
    public HealthCheckResponse call() {
        if (realmUrl.isEmpty()) {
            // The key is configured (quarkus.oidc.public-key): nothing to fetch.
            return HealthCheckResponse.named(NAME).up().withData("keys", "configured").build();
        }
        String realm = realmUrl.get().replaceAll("/+$", "");
        if (fetchedKeys == 0) {
            try {
                fetchedKeys = fetchKeys(realm);
            } catch (IOException | IllegalArgumentException e) {
                return HealthCheckResponse.named(NAME).down().withData("realm", realm).withData("error", e.toString()).build();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return HealthCheckResponse.named(NAME).down().withData("realm", realm).build();
            }
        }
        return HealthCheckResponse.named(NAME).up().withData("realm", realm).withData("keys", fetchedKeys).build();
    }

    /** The realm's keys, found where its discovery document says; how many it publishes. */
    private int fetchKeys(String realm) throws IOException, InterruptedException {
        URI jwks = URI.create(get(URI.create(realm + "/.well-known/openid-configuration")).path("jwks_uri").asText());
        int keys = get(jwks).path("keys").size();
        if (keys == 0) {
            throw new IOException("the realm publishes no signing keys at " + jwks);
        }
        return keys;
    }

    private JsonNode get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }
}
