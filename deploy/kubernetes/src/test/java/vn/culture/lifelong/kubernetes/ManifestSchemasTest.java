package vn.culture.lifelong.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every object of every overlay, checked against the schema of its kind: the Kubernetes API's (Fabric8's model) or
 * the operator's CRD kept in schemas/. No cluster runs here, so this is what an API server with strict field
 * validation would refuse: a misspelt or misplaced field, a value of the wrong type, a kind nobody serves.
 */
class ManifestSchemasTest {

    private static final BuiltInKinds BUILT_IN = new BuiltInKinds();
    private static final CustomResourceSchemas CUSTOM = new CustomResourceSchemas(
            RenderedManifests.MODULE.resolve("schemas"));


    @ParameterizedTest
    @MethodSource(RenderedManifests.ALL)
    void everyObjectIsValidForItsKind(RenderedManifests manifests) {
        List<String> problems = new ArrayList<>();
        for (JsonNode object : manifests.objects()) {
            problems(object).forEach(problem -> problems.add(RenderedManifests.describe(object) + ": " + problem));
        }
        assertThat(problems).as(manifests + ": objects their kind's schema refuses").isEmpty();
        assertThat(manifests.objects()).hasSizeGreaterThan(40);
    }

    /** The checks themselves catch a misspelt field (the realm's too), a wrong type and an unknown kind. */
    @Test
    void mistakesAreCaught() {
        RenderedManifests local = RenderedManifests.of("local");
        JsonNode gateway = local.get("Deployment", "gateway");

        assertThat(problems(changed(gateway, "/spec", "replica", 2))).singleElement().asString().contains("replica");
        assertThat(problems(changed(gateway, "/spec", "replicas", "2"))).isNotEmpty();
        assertThat(problems(changed(local.get("KafkaTopic", "plans.units.v1"), "/spec", "partition", 12)))
                .singleElement().asString().contains("partition");
        assertThat(problems(changed(local.get("Cluster", "plans-db"), "/spec", "instances", "one"))).isNotEmpty();
        assertThat(problems(changed(local.get("KeycloakRealmImport", RealmImport.NAME), "/spec/realm", "enabledd", true)))
                .singleElement().asString().contains("enabledd");
        assertThat(problems(changed(local.get("KafkaUser", "plans-service"), "/metadata", "label", "x")))
                .singleElement().asString().contains("label");
        assertThat(problems(changed(local.get("Kafka", "lifelong-kafka"), "", "apiVersion", "kafka.strimzi.io/v1beta2")))
                .singleElement().asString().contains("no schema");
    }

    /** A copy of {@code object} with {@code field} of the object at {@code pointer} set to {@code value}. */
    private static JsonNode changed(JsonNode object, String pointer, String field, Object value) {
        ObjectNode copy = object.deepCopy();
        ((ObjectNode) copy.at(pointer)).set(field, new ObjectMapper().valueToTree(value));
        return copy;
    }

    private static List<String> problems(JsonNode object) {
        Optional<Class<?>> builtIn = BUILT_IN.typeOf(object);
        if (builtIn.isPresent()) {
            return BUILT_IN.problems(builtIn.get(), object);
        }
        Optional<JsonSchema> custom = CUSTOM.of(object);
        if (custom.isEmpty()) {
            return List.of("no schema for " + object.path("apiVersion").asText() + " " + object.path("kind").asText()
                    + " (a kind no operator in schemas/ serves, or a version it no longer does)");
        }
        List<String> problems = new ArrayList<>(CUSTOM.problems(custom.get(), object));
        problems.addAll(BUILT_IN.metadataProblems(object));
        return problems;
    }
}
