package vn.culture.lifelong.stack.quarkus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The services' event contracts, the JSON Schemas in each producer's {@code src/main/resources/events} (draft
 * 2020-12, formats asserted), for the tests of the producer and of its consumers: an event written by hand that
 * breaks its contract fails the test that writes it, so consumers are tested with what producers may send. The
 * envelope's schema ({@code cloudevent.schema.json}) is each producer's own: its source and its types.
 */
public final class EventContracts {

    /** The prefix of the schemas' {@code $id}s, by which the plan schema refers to the plan document schema. */
    private static final String SCHEMA_IDS = "https://lifelong.culture.vn/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private EventContracts() {
    }

    /** The producers whose schemas are read, by folder in the checkout. */
    private static final List<String> PRODUCERS = List.of("plans-service", "reporting-service", "events-service");

    /**
     * The folder holding schema {@code name}, in the checkout the tests run in ({@code lifelong.project-root}, set by
     * the build).
     */
    private static Path directoryOf(String name) {
        Path root = Path.of(System.getProperty("lifelong.project-root", ".")).toAbsolutePath().normalize();
        return PRODUCERS.stream().map(producer -> root.resolve(producer + "/src/main/resources/events"))
                .filter(events -> Files.isRegularFile(events.resolve(name))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No event schema " + name + " under " + root
                        + "; is lifelong.project-root the checkout?"));
    }

    /**
     * One schema by file name, e.g. {@code plans.unit.v1.schema.json}, from the first producer that has it (the envelope's
     * {@code cloudevent.schema.json}: plans-service's); each is read once per JVM.
     */
    public static JsonSchema schema(String name) {
        return schemaIn(directoryOf(name), name);
    }

    /** The envelope of the events whose data {@code dataSchema} describes: its producer's {@code cloudevent.schema.json}. */
    private static JsonSchema envelopeOf(String dataSchema) {
        return schemaIn(directoryOf(dataSchema), "cloudevent.schema.json");
    }

    private static JsonSchema schemaIn(Path directory, String name) {
        return SCHEMAS.computeIfAbsent(directory.resolve(name).toString(), path -> read(directory, name));
    }

    private static JsonSchema read(Path directory, String name) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_IDS, directory.toUri().toString())));
        try {
            return factory.getSchema(Files.newInputStream(directory.resolve(name)), STRICT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code envelope} breaks of the CloudEvents envelope and of {@code dataSchema} for its data; empty if nothing. */
    public static List<String> brokenBy(JsonNode envelope, String dataSchema) {
        List<String> broken = new ArrayList<>();
        envelopeOf(dataSchema).validate(envelope).forEach(message -> broken.add("envelope: " + message));
        Set<ValidationMessage> data = schema(dataSchema).validate(envelope.path("data"));
        data.forEach(message -> broken.add("data: " + message));
        return broken;
    }

    /** {@code envelope} as it is, once checked against its contract; a sample that breaks it is a broken test. */
    public static String checked(String envelope, String dataSchema) {
        return requireKept(envelope, node -> brokenBy(node, dataSchema));
    }

    /**
     * {@code envelope} as it is, once checked against the envelope's contract only: an event of a type plans-service
     * may add later within v1, whose data no schema describes yet.
     */
    public static String checkedEnvelope(String envelope) {
        return requireKept(envelope, node -> schema("cloudevent.schema.json").validate(node).stream()
                .map(message -> "envelope: " + message).toList());
    }

    private static String requireKept(String envelope, Function<JsonNode, List<String>> rules) {
        try {
            List<String> broken = rules.apply(JSON.readTree(envelope));
            if (!broken.isEmpty()) {
                throw new IllegalArgumentException("This sample event breaks its contract: " + broken);
            }
            return envelope;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
