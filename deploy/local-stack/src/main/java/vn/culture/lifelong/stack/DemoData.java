package vn.culture.lifelong.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Loads what a fresh system should hold, through the gateway as the demo administrator, each step idempotent:
 * the 2025 provinces and communes, the units the seed plans name (deploy/seeds/units.json), and the five seed
 * plans (deploy/seeds/plans.json), issued where the source document is.
 */
public final class DemoData {

    /** What was loaded: the reference import's answer and time, seed units and plans created now (0 on a restart). */
    public record Loaded(String referenceUnits, Duration referenceImport, int unitsCreated, int plansCreated) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String gateway;
    private final String accessToken;

    /** Loads through {@code gateway} (or a plans-service directly) with an administrator's {@code accessToken}. */
    public DemoData(String gateway, String accessToken) {
        this.gateway = gateway;
        this.accessToken = accessToken;
    }

    /** Logs in as the demo administrator; empty when it cannot (an external Keycloak without demo users). */
    public static Optional<DemoData> asDemoAdministrator(LocalStack stack) {
        try {
            String form = "grant_type=password&client_id=cli&username=admin.demo&password="
                    + URLEncoder.encode(stack.secrets().demoPassword(), StandardCharsets.UTF_8);
            HttpResponse<String> token = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(stack.realmUrl() + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (token.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(new DemoData(stack.gatewayUrl(), new ObjectMapper().readTree(token.body()).path("access_token").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Loaded load() {
        Instant start = Instant.now();
        String reference = send("POST", "/api/plans/units/reference-imports/vn-2025", null, 200).body();
        Duration referenceImport = Duration.between(start, Instant.now());
        int units = 0;
        for (JsonNode unit : resource("units.json")) {
            if (!unitExists(unit)) {
                send("POST", "/api/plans/units", unit, 201);
                units++;
            }
        }
        int plans = 0;
        for (JsonNode seed : resource("plans.json")) {
            JsonNode document = resource(seed.path("file").asText());
            if (planExists(document)) {
                continue;
            }
            long id = json(send("POST", "/api/plans/plans", document, 201)).path("plan").path("id").asLong();
            if (seed.path("status").asText().equals("ISSUED")) {
                send("POST", "/api/plans/plans/" + id + "/issue", json.createObjectNode(), 200);
            }
            plans++;
        }
        return new Loaded(reference, referenceImport, units, plans);
    }

    /** A unit is there when its code names a unit on a day the seed unit exists (codes were reused in 2025). */
    private boolean unitExists(JsonNode unit) {
        String day = unit.hasNonNull("validTo") ? unit.get("validTo").asText()
                : unit.hasNonNull("validFrom") ? unit.get("validFrom").asText() : LocalDate.now().toString();
        int status = send("GET", "/api/plans/units/" + unit.get("code").asText() + "?on=" + day, null, -1).statusCode();
        if (status != 200 && status != 404) {
            throw new IllegalStateException("Looking up seed unit " + unit.get("code") + " answered " + status);
        }
        return status == 200;
    }

    /** A seed plan is there when its issuer already has a plan with its title. */
    private boolean planExists(JsonNode document) {
        String path = "/api/plans/plans?size=1000&issuedWithin=" + document.get("issuingUnit").asText() + "&on=" + referenceDay(document);
        for (JsonNode plan : json(send("GET", path, null, 200)).path("items")) {
            if (plan.path("title").asText().equals(document.get("title").asText())) {
                return true;
            }
        }
        return false;
    }

    /** As plans-service reads unit codes: on the issue day (first day of a partial one), else when the horizon starts. */
    private static String referenceDay(JsonNode document) {
        String issued = document.path("issueDate").asText("");
        return switch (issued.length()) {
            case 4 -> issued + "-01-01";
            case 7 -> issued + "-01";
            case 10 -> issued;
            default -> document.path("horizon").path("fromYear").asText() + "-01-01";
        };
    }

    private HttpResponse<String> send(String method, String path, JsonNode body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .header("Authorization", "Bearer " + accessToken)
                    .header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (expected > 0 && response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode json(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of deploy/seeds, packaged into this jar under seeds/. */
    public static JsonNode resource(String file) {
        try (InputStream in = DemoData.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the build: seeds/" + file);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
