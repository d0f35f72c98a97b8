package vn.culture.lifelong.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A service's OpenAPI document (3.1) as the fuzzer reads it: its operations, their parameters and bodies, and their
 * schemas with each {@code $ref} replaced by what it names (keywords written beside a {@code $ref} kept over it).
 */
final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private final JsonNode root;

    ApiDocument(JsonNode root) {
        this.root = root;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            List<Parameter> parameters = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> parameters.add(new Parameter(parameter.path("name").asText(),
                    parameter.path("in").asText(), resolve(parameter.path("schema")), parameter.path("required").asBoolean())));
            Map<String, JsonNode> bodies = new LinkedHashMap<>();
            operation.path("requestBody").path("content").fields()
                    .forEachRemaining(content -> bodies.put(content.getKey(), resolve(content.getValue().path("schema"))));
            operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(), parameters, bodies));
        }));
        return operations;
    }

    /** {@code schema} with its {@code $ref} (if any) replaced by the schema it names; nested schemas stay as written. */
    JsonNode resolve(JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
        ObjectNode resolved = resolve(root.path("components").path("schemas").path(name)).deepCopy();
        Iterator<Map.Entry<String, JsonNode>> siblings = schema.fields();
        while (siblings.hasNext()) {
            Map.Entry<String, JsonNode> sibling = siblings.next();
            if (!sibling.getKey().equals("$ref")) {
                resolved.set(sibling.getKey(), sibling.getValue());
            }
        }
        return resolved;
    }

    /** A property's schema, resolved; missing when the object schema does not declare it. */
    Optional<JsonNode> property(JsonNode objectSchema, String name) {
        JsonNode property = objectSchema.path("properties").path(name);
        return property.isMissingNode() ? Optional.empty() : Optional.of(resolve(property));
    }

    /** The schema of an array's items, resolved. */
    JsonNode items(JsonNode arraySchema) {
        return resolve(arraySchema.path("items"));
    }

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    record Operation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies) {

        String key() {
            return method + " " + path;
        }

        boolean takesInput() {
            return !parameters.isEmpty() || !bodies.isEmpty();
        }

        List<Parameter> parametersIn(String in) {
            return parameters.stream().filter(parameter -> parameter.in().equals(in)).toList();
        }

        boolean writes() {
            return !method.equals("GET");
        }
    }
}
