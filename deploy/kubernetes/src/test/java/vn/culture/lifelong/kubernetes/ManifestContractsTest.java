package vn.culture.lifelong.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What holds the manifests and the code together, in every overlay: the topics, the Kafka users' rights, the
 * environment each deployable reads, the Secrets they name, the realm, the images; and the promises of the
 * deployment itself (hardened pods, budgets, autoscalers, who may connect to whom).
 */
class ManifestContractsTest {

    /** Secrets the cluster's administrators make (README, "Kubernetes"); the operators make every other one. */
    private static final Set<String> ADMINISTRATORS_SECRETS = Set.of("lifelong-realm", "backup-credentials",
            "lifelong-api-tls", "lifelong-login-tls");


    @ParameterizedTest
    @MethodSource(RenderedManifests.ALL)
    void everyTopicTheServicesUseIsAKafkaTopic(RenderedManifests manifests) {
        Set<String> used = new TreeSet<>();
        for (String service : ServiceConfiguration.SERVICES) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            used.addAll(configuration.publishedTopics());
            used.addAll(configuration.consumedTopics());
            used.addAll(configuration.deadLetterTopics());
        }
        Set<String> declared = manifests.ofKind("KafkaTopic")
                .map(topic -> topic.path("spec").path("topicName").asText(RenderedManifests.name(topic)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(used).as("the topics the services publish, consume and dead-letter").hasSizeGreaterThan(10);
        assertThat(declared).as(manifests + ": KafkaTopics").isEqualTo(used);
    }

    @ParameterizedTest
    @MethodSource(RenderedManifests.ALL)
    void eachServiceMayDoWhatItDoesOnTheBrokersAndNothingElse(RenderedManifests manifests) {
        for (String service : ServiceConfiguration.SERVICES) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            Set<String> needed = new TreeSet<>();
            Stream.concat(configuration.publishedTopics().stream(), configuration.deadLetterTopics().stream())
                    .forEach(topic -> needed.addAll(List.of("topic " + topic + " Write", "topic " + topic + " Describe")));
            configuration.consumedTopics()
                    .forEach(topic -> needed.addAll(List.of("topic " + topic + " Read", "topic " + topic + " Describe")));
            configuration.consumerGroups().forEach(group -> needed.add("group " + group + " Read"));

            JsonNode user = manifests.get("KafkaUser", service);
            Set<String> granted = new TreeSet<>();
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                assertThat(acl.path("resource").path("patternType").asText()).isEqualTo("literal");
                acl.path("operations").forEach(operation -> granted.add(acl.path("resource").path("type").asText()
                        + " " + acl.path("resource").path("name").asText() + " " + operation.asText()));
            }
            assertThat(granted).as(manifests + ": the rights of Kafka user " + service).isEqualTo(needed);
            assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        }
        JsonNode listener = manifests.get("Kafka", "lifelong-kafka").path("spec").path("kafka").path("listeners").get(0);
        assertThat(listener.path("tls").asBoolean()).isTrue();
        assertThat(listener.path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
    }

    @ParameterizedTest
    @MethodSource(RenderedManifests.ALL)
    void everyVariableADeployableReadsIsSetAndNothingSetGoesUnread(RenderedManifests manifests) {
        for (String deployable : ServiceConfiguration.DEPLOYABLES) {
            Map<String, Boolean> read = ServiceConfiguration.of(deployable).environmentVariables();
            Map<String, String> set = environment(manifests, container(manifests.get("Deployment", deployable)));
            Set<String> required = read.entrySet().stream().filter(variable -> !variable.getValue())
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            assertThat(required).as(deployable + " needs some").isNotEmpty();
            assertThat(set.keySet()).as(manifests + ": the environment of " + deployable)
                    .containsAll(required)
                    .allSatisfy(variable -> assertThat(read).as("what " + deployable + " reads").containsKey(variable));
        }
    }

    @ParameterizedTest
    @MethodSource(RenderedManifests.ALL)
    void everySecretNamedIsMadeByAnOperatorOrListed(RenderedManifests manifests) {
        Set<String> made = new TreeSet<>(ADMINISTRATORS_SECRETS);
        manifests.ofKind("Cluster").forEach(cluster -> made.add(RenderedManifests.name(cluster) + "-app"));
        manifests.ofKind("KafkaUser").forEach(user -> made.add(RenderedManifests.name(user)));
        manifests.ofKind("Kafka").forEach(kafka -> made.add(RenderedManifests.name(kafka) + "-cluster-ca-cert"));
        Set<String> named = new TreeSet<>();
        for (JsonNode manifest : manifests.objects()) {
            // The realm is Keycloak's business (its clients have a "secret" too): only its placeholders name Secrets.
            JsonNode object = manifest.path("kind").asText().equals("KeycloakRealmImport")
                    ? manifest.path("spec").path("placeholders")
                    : manifest;
            collect(object, "secretKeyRef", named);
            collect(object, "secretName", named);
            collect(object, "secret", named);
            collect(object, "usernameSecret", named);
            collect(object, "passwordSecret", named);
            collect(object, "accessKeyId", named);
            collect(object, "secretAccessKey", named);
        }
        assertThat(named).as(manifests + ": Secrets named").isNotEmpty().isSubsetOf(made);

        for (String service : ServiceConfiguration.SERVICES) {
            String database = databaseOf(manifests, service);
            assertThat(manifests.find("Cluster", database)).as(service + "'s database " + database).isPresent();
            assertThat(secretOf(container(manifests.get("Deployment", service)), "DATABASE_PASSWORD"))
                    .isEqualTo(database + "-app");
            assertThat(secretOf(container(manifests.get("Deployment", service)), "KAFKA_SASL_JAAS_CONFIG"))
                    .isEqualTo(service);
        }
    }

    @ParameterizedTest
    @MethodSource(RenderedManifests.ALL)
    void theRealmImportIsTheRealmFile(RenderedManifests manifests) throws IOException {
        JsonNode realmFile = new ObjectMapper().readTree(
                ServiceConfiguration.PROJECT.resolve("deploy/keycloak/lifelong-realm.json").toFile());
        JsonNode expected = realmFile;
        if (manifests.overlay().equals("production")) {
            ObjectNode withoutDemoLogins = realmFile.deepCopy();
            ArrayNode users = withoutDemoLogins.putArray("users");
            realmFile.path("users").forEach(user -> {
                if (user.path("credentials").isEmpty()) {
                    users.add(user);
                }
            });
            assertThat(users).as("the service account stays").hasSize(1);
            expected = withoutDemoLogins;
        }
        JsonNode realmImport = manifests.get("KeycloakRealmImport", RealmImport.NAME);
        assertThat(realmImport.path("spec").path("realm")).isEqualTo(expected);
        assertThat(realmImport.path("spec").path("keycloakCRName").asText())
                .isEqualTo(RenderedManifests.name(manifests.get("Keycloak", RealmImport.KEYCLOAK)));
        Set<String> placeholders = new TreeSet<>();
        realmImport.path("spec").path("placeholders").fieldNames().forEachRemaining(placeholders::add);
        assertThat(placeholders).isEqualTo(RealmImport.placeholders(expected.toString()));
        assertThat(Files.readString(ServiceConfiguration.PROJECT.resolve("deploy/keycloak/lifelong-realm.json")))
                .as("the file still has placeholders").contains("${LIFELONG_");
    }

    @ParameterizedTest
    @MethodSource(RenderedManifests.ALL)
    void deployablesRunHardenedWithProbesBudgetsAndAutoscalers(RenderedManifests manifests) {
        for (String deployable : ServiceConfiguration.DEPLOYABLES) {
            JsonNode deployment = manifests.get("Deployment", deployable);
            JsonNode pod = deployment.path("spec").path("template");
            JsonNode container = container(deployment);
            assertThat(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
            JsonNode security = container.path("securityContext");
            assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(deployable).isTrue();
            assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(deployable).isFalse();
            assertThat(texts(security.path("capabilities").path("drop"))).as(deployable).contains("ALL");
            for (String bound : List.of("requests", "limits")) {
                assertThat(container.path("resources").path(bound).has("cpu")).as(deployable + " " + bound).isTrue();
                assertThat(container.path("resources").path(bound).has("memory")).as(deployable + " " + bound).isTrue();
            }
            Set<String> ports = texts(container.path("ports"), "name");
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                JsonNode check = container.path(probe).path("httpGet");
                assertThat(check.path("path").asText()).as(deployable + " " + probe).startsWith("/q/health/");
                assertThat(ports).as(deployable + " " + probe).contains(check.path("port").asText());
            }

            JsonNode labels = pod.path("metadata").path("labels");
            assertThat(manifests.ofKind("PodDisruptionBudget")
                    .filter(budget -> selects(budget.path("spec").path("selector").path("matchLabels"), labels)))
                    .as(deployable + "'s disruption budget").hasSize(1);
            assertThat(manifests.ofKind("HorizontalPodAutoscaler")
                    .filter(scaler -> scaler.path("spec").path("scaleTargetRef").path("name").asText().equals(deployable)))
                    .as(deployable + "'s autoscaler").hasSize(1);
            assertThat(manifests.ofKind("Service")
                    .filter(service -> selects(service.path("spec").path("selector"), labels)))
                    .as(deployable + "'s Service").hasSize(1);
        }
        JsonNode ingress = manifests.get("Ingress", "gateway");
        JsonNode backend = ingress.path("spec").path("rules").get(0).path("http").path("paths").get(0).path("backend");
        assertThat(backend.path("service").path("name").asText()).isEqualTo("gateway");
        assertThat(backend.path("service").path("port").path("name").asText()).as("never the management port")
                .isEqualTo("http");
    }

    @ParameterizedTest
    @MethodSource(RenderedManifests.ALL)
    void onlyTheGatewayReachesTheServicesAndOnlyTheServicesTheirDatabasesAndTheBrokers(RenderedManifests manifests) {
        for (String service : ServiceConfiguration.SERVICES) {
            JsonNode labels = manifests.get("Deployment", service).path("spec").path("template").path("metadata")
                    .path("labels");
            List<JsonNode> peers = peersAllowedTo(manifests, labels);
            assertThat(peers).as(service + " is reachable from").isNotEmpty().allSatisfy(peer -> {
                assertThat(peer.has("namespaceSelector") || peer.has("ipBlock")).isFalse();
                assertThat(peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/component").asText())
                        .isEqualTo("gateway");
            });

            String database = databaseOf(manifests, service);
            ObjectNode databasePod = new ObjectMapper().createObjectNode().put("cnpg.io/cluster", database);
            assertThat(peersAllowedTo(manifests, databasePod)).as(database + " is reachable from").allSatisfy(peer -> {
                JsonNode matchLabels = peer.path("podSelector").path("matchLabels");
                boolean itsService = selects(matchLabels, labels);
                boolean itsOwnInstances = database.equals(matchLabels.path("cnpg.io/cluster").asText());
                boolean theOperator = "cnpg-system".equals(peer.path("namespaceSelector").path("matchLabels")
                        .path("kubernetes.io/metadata.name").asText());
                assertThat(itsService || itsOwnInstances || theOperator).as(peer.toString()).isTrue();
            });
        }
        JsonNode listener = manifests.get("Kafka", "lifelong-kafka").path("spec").path("kafka").path("listeners").get(0);
        assertThat(listener.path("networkPolicyPeers")).as("who may reach the brokers").singleElement()
                .satisfies(peer -> assertThat(peer.path("podSelector").path("matchLabels")
                        .path("app.kubernetes.io/component").asText()).isEqualTo("service"));
    }

    @ParameterizedTest
    @MethodSource(RenderedManifests.ALL)
    void theImagesAreTheOnesTheBuildMakes(RenderedManifests manifests) throws IOException {
        String parentPom = Files.readString(ServiceConfiguration.PROJECT.resolve("pom.xml"));
        String version = parentPom.replaceAll("(?s).*?<version>([^<]+)</version>.*", "$1");
        String group = parentPom.replaceAll("(?s).*<quarkus.container-image.group>([^<]+)<.*", "$1");
        for (String deployable : ServiceConfiguration.DEPLOYABLES) {
            assertThat(Files.readString(ServiceConfiguration.PROJECT.resolve(deployable + "/pom.xml")))
                    .as(deployable + " is built into an image by Jib")
                    .contains("<artifactId>quarkus-container-image-jib</artifactId>");
            assertThat(container(manifests.get("Deployment", deployable)).path("image").asText())
                    .matches("([a-z0-9.-]+/)?" + group + "/" + deployable + ":" + version.replace(".", "\\."));
        }
    }

    private static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.path("spec").path("template").path("spec").path("containers");
        assertThat(containers).as(RenderedManifests.describe(deployment)).hasSize(1);
        return containers.get(0);
    }

    /** The variables a container is given: its own, and those of the ConfigMaps it takes whole. */
    private static Map<String, String> environment(RenderedManifests manifests, JsonNode container) {
        Map<String, String> variables = new HashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            JsonNode configMap = manifests.get("ConfigMap", source.path("configMapRef").path("name").asText());
            configMap.path("data").fields().forEachRemaining(entry -> variables.put(entry.getKey(), entry.getValue().asText()));
        }
        container.path("env").forEach(variable -> variables.put(variable.path("name").asText(),
                variable.path("value").asText(variable.path("valueFrom").toString())));
        return variables;
    }

    /** The database cluster a service's DATABASE_URL names (its -rw Service). */
    private static String databaseOf(RenderedManifests manifests, String service) {
        return environment(manifests, container(manifests.get("Deployment", service))).get("DATABASE_URL")
                .replaceAll("jdbc:postgresql://([^:/]+)-rw:.*", "$1");
    }

    private static String secretOf(JsonNode container, String variable) {
        return StreamSupport.stream(container.path("env").spliterator(), false)
                .filter(entry -> entry.path("name").asText().equals(variable))
                .map(entry -> entry.path("valueFrom").path("secretKeyRef").path("name").asText())
                .findFirst().orElseThrow();
    }

    /** The peers every NetworkPolicy selecting pods with {@code labels} lets in. */
    private static List<JsonNode> peersAllowedTo(RenderedManifests manifests, JsonNode labels) {
        List<JsonNode> policies = manifests.ofKind("NetworkPolicy")
                .filter(policy -> selects(policy.path("spec").path("podSelector").path("matchLabels"), labels))
                .toList();
        assertThat(policies).as("network policies of " + labels).isNotEmpty();
        return policies.stream()
                .flatMap(policy -> StreamSupport.stream(policy.path("spec").path("ingress").spliterator(), false))
                .flatMap(rule -> StreamSupport.stream(rule.path("from").spliterator(), false))
                .toList();
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isEmpty()) {
            return false;
        }
        Set<Map.Entry<String, JsonNode>> wanted = new HashSet<>();
        selector.fields().forEachRemaining(wanted::add);
        return wanted.stream().allMatch(label -> label.getValue().equals(labels.path(label.getKey())));
    }

    private static void collect(JsonNode node, String field, Set<String> names) {
        if (node.isObject()) {
            JsonNode reference = node.path(field);
            if (reference.isTextual()) {
                names.add(reference.asText());
            } else if (reference.path("name").isTextual()) {
                names.add(reference.path("name").asText());
            }
            node.forEach(child -> collect(child, field, names));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, field, names));
        }
    }

    private static Set<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toSet());
    }

    private static Set<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(item -> item.path(field).asText())
                .collect(Collectors.toSet());
    }
}
