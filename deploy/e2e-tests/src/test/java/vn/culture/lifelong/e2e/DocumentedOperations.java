package vn.culture.lifelong.e2e;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations the three services' OpenAPI documents declare, as the gateway serves the documents to the console. */
final class DocumentedOperations {

    /** The gateway's name of each document, and the service behind it. */
    static final Map<String, String> SERVICES = Map.of(
            "plans", "plans-service", "reporting", "reporting-service", "events", "events-service");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** One operation: its method and path template as documented, the service serving it, and whether it asks for a token. */
    record Operation(String service, String method, String path, boolean secured) {

        String key() {
            return method + " " + path;
        }
    }

    private DocumentedOperations() {
    }

    static List<Operation> operations(String gateway) {
        List<Operation> operations = new ArrayList<>();
        SERVICES.forEach((document, service) -> {
            JsonNode root = read(given().get(gateway + "/openapi/" + document).then().statusCode(200).extract().asString());
            boolean securedByDefault = !root.path("security").isEmpty();
            for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    if (METHODS.contains(method.getKey())) {
                        JsonNode security = method.getValue().path("security");
                        boolean secured = security.isMissingNode() ? securedByDefault : asksForAToken(security);
                        operations.add(new Operation(service, method.getKey().toUpperCase(), path.getKey(), secured));
                    }
                }
            }
        });
        return operations;
    }

    /** A requirement list of which one is empty ({@code {}}) lets callers in without a token. */
    private static boolean asksForAToken(JsonNode requirements) {
        boolean any = false;
        for (JsonNode requirement : requirements) {
            if (requirement.isEmpty()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static JsonNode read(String document) {
        try {
            return new ObjectMapper().readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
