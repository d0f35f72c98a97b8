package vn.culture.lifelong.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

        ObjectNode deployment = local.get("Deployment", "gateway").deepCopy();
        ((ObjectNode) deployment.path("spec")).put("replica", 2);
        assertThat(problems(deployment)).singleElement().asString().contains("replica");

        ObjectNode probe = local.get("Deployment", "gateway").deepCopy();
        ((ObjectNode) probe.path("spec")).put("replicas", "2");
        assertThat(problems(probe)).isNotEmpty();

        ObjectNode topic = local.get("KafkaTopic", "plans.units.v1").deepCopy();
        ((ObjectNode) topic.path("spec")).put("partition", 12);
        assertThat(problems(topic)).singleElement().asString().contains("partition");

        ObjectNode cluster = local.get("Cluster", "plans-db").deepCopy();
        ((ObjectNode) cluster.path("spec")).put("instances", "one");
        assertThat(problems(cluster)).isNotEmpty();

        ObjectNode realm = local.get("KeycloakRealmImport", RealmImport.NAME).deepCopy();
        ((ObjectNode) realm.path("spec").path("realm")).put("enabledd", true);
        assertThat(problems(realm)).singleElement().asString().contains("enabledd");

        ObjectNode metadata = local.get("KafkaUser", "plans-service").deepCopy();
        ((ObjectNode) metadata.path("metadata")).put("label", "x");
        assertThat(problems(metadata)).singleElement().asString().contains("label");

        ObjectNode unknownKind = local.get("Kafka", "lifelong-kafka").deepCopy();
        unknownKind.put("apiVersion", "kafka.strimzi.io/v1beta2");
        assertThat(problems(unknownKind)).singleElement().asString().contains("no schema");
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
