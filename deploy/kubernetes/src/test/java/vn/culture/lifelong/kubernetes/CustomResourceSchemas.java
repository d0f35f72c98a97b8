package vn.culture.lifelong.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The schemas of the operators' kinds, from the CRDs kept in {@code schemas/} as their projects publish them, made
 * strict the way the API server's strict field validation is: an object schema that lists its fields refuses any
 * other, unless it says {@code x-kubernetes-preserve-unknown-fields}; {@code nullable} fields take null.
 */
final class CustomResourceSchemas {

    private final Map<String, JsonSchema> byApiVersionAndKind = new HashMap<>();

    CustomResourceSchemas(Path folder) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        YAMLMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(path -> path.toString().matches(".*\\.ya?ml")).sorted().toList()) {
                JsonNode crd = yaml.readTree(file.toFile());
                String group = crd.path("spec").path("group").asText();
                String kind = crd.path("spec").path("names").path("kind").asText();
                for (JsonNode version : crd.path("spec").path("versions")) {
                    if (version.path("served").asBoolean()) {
                        ObjectNode schema = (ObjectNode) strict(version.path("schema").path("openAPIV3Schema").deepCopy());
                        // Every object has these, whether its CRD says so or not (Keycloak's does not).
                        ObjectNode rootFields = schema.withObjectProperty("properties");
                        rootFields.putIfAbsent("apiVersion", schema.objectNode().put("type", "string"));
                        rootFields.putIfAbsent("kind", schema.objectNode().put("type", "string"));
                        rootFields.putIfAbsent("metadata", schema.objectNode().put("type", "object"));
                        byApiVersionAndKind.put(group + "/" + version.path("name").asText() + " " + kind,
                                factory.getSchema(schema));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<JsonSchema> of(JsonNode object) {
        return Optional.ofNullable(
                byApiVersionAndKind.get(object.path("apiVersion").asText() + " " + object.path("kind").asText()));
    }

    /** What the schema of {@code object}'s kind finds wrong in it. */
    List<String> problems(JsonSchema schema, JsonNode object) {
        return schema.validate(object).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Walks the schema as a schema (not every object in it: a field may be named "type" or "properties"). */
    private static JsonNode strict(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return node;
        }
        boolean keepsUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean();
        if (schema.has("properties") && !keepsUnknown && !schema.has("additionalProperties")) {
            schema.put("additionalProperties", false);
        }
        if (schema.path("nullable").asBoolean() && schema.path("type").isTextual()) {
            ArrayNode types = schema.arrayNode().add(schema.path("type").asText()).add("null");
            schema.set("type", types);
        }
        schema.path("properties").forEach(CustomResourceSchemas::strict);
        strict(schema.path("items"));
        strict(schema.path("additionalProperties"));
        strict(schema.path("not"));
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combination).forEach(CustomResourceSchemas::strict);
        }
        return schema;
    }
}
