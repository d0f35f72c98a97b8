package vn.culture.lifelong.stack.quarkus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every service's OpenAPI document must say, for the console and the systems that generate clients from it:
 * each operation has a unique operationId and documents its success answer (with a body, but for 204); each
 * secured operation documents 401 and 403; every error answer is a problem+json {@code Problem}; login is
 * Keycloak's authorization-code flow only; and no optional filter carries an example, since the console would
 * fill it in and filter the data away.
 */
public final class ApiDocumentRules {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private ApiDocumentRules() {
    }

    /** Every rule the document breaks, one line each; empty when it keeps them all. */
    public static List<String> brokenBy(JsonNode document) {
        List<String> broken = new ArrayList<>();
        JsonNode scheme = document.path("components").path("securitySchemes").path("keycloak");
        if (!"oauth2".equals(scheme.path("type").asText()) || scheme.path("flows").size() != 1
                || !scheme.path("flows").has("authorizationCode")) {
            broken.add("security scheme keycloak is not oauth2 with only the authorization-code flow: " + scheme);
        }
        if (!document.path("components").path("schemas").has("Problem")) {
            broken.add("no Problem schema");
        }
        Set<String> operationIds = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (METHODS.contains(operation.getKey())) {
                    check(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue(),
                            document.path("components").path("schemas"), operationIds, broken);
                }
            }
        }
        return broken;
    }

    private static void check(String name, JsonNode operation, JsonNode schemas, Set<String> operationIds,
            List<String> broken) {
        String operationId = operation.path("operationId").asText();
        if (operationId.isEmpty() || !operationIds.add(operationId)) {
            broken.add(name + ": missing or repeated operationId '" + operationId + "'");
        }
        JsonNode responses = operation.path("responses");
        boolean success = false;
        for (Iterator<Map.Entry<String, JsonNode>> answers = responses.fields(); answers.hasNext(); ) {
            Map.Entry<String, JsonNode> answer = answers.next();
            String code = answer.getKey();
            if (code.startsWith("2")) {
                success = true;
                if (!code.equals("204") && answer.getValue().path("content").isEmpty()) {
                    broken.add(name + ": success answer " + code + " has no body");
                }
            } else if (code.startsWith("4") || code.startsWith("5")) {
                JsonNode problem = answer.getValue().path("content").path("application/problem+json").path("schema");
                if (!problem.path("$ref").asText().endsWith("/Problem")) {
                    broken.add(name + ": error answer " + code + " is not a problem+json Problem");
                }
            }
        }
        if (!success) {
            broken.add(name + ": no success answer");
        }
        if (!operation.path("security").isEmpty() && !(responses.has("401") && responses.has("403"))) {
            broken.add(name + ": secured but 401 or 403 is not documented");
        }
        for (JsonNode parameter : operation.path("parameters")) {
            boolean optionalFilter = "query".equals(parameter.path("in").asText()) && !parameter.path("required").asBoolean();
            JsonNode schema = parameter.path("schema");
            String ref = schema.path("$ref").asText();
            if (!ref.isEmpty()) {
                schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            }
            boolean hasExample = parameter.has("example") || parameter.has("examples") || schema.has("example")
                    || schema.has("examples");
            if (optionalFilter && hasExample) {
                broken.add(name + ": optional filter '" + parameter.path("name").asText() + "' has an example");
            }
        }
    }
}
