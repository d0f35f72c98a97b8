package vn.culture.lifelong.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.logging.LogManager;

/**
 * The run command: starts the whole stack in the foreground, prints where everything is, and stops every
 * process it started on Ctrl-C.
 *
 * <p>Options (all optional): {@code --gateway-port=8080 --keycloak-port=8180 --postgres-port=0 --kafka-port=0
 * --data-dir=DIR
 * --postgres-url=jdbc:postgresql://HOST:PORT/ --postgres-user=U --postgres-password=P
 * --kafka-bootstrap-servers=HOST:PORT --keycloak-url=http://HOST:PORT}. The PostgreSQL password may also
 * come from the environment variable {@code LIFELONG_POSTGRES_PASSWORD}.
 */
public final class RunLocalStack {

    private RunLocalStack() {
    }

    public static void main(String[] args) throws Exception {
        try (InputStream logging = RunLocalStack.class.getResourceAsStream("logging.properties")) {
            LogManager.getLogManager().readConfiguration(logging);
        }
        Map<String, String> options = parse(args);
        Path root = Path.of(options.getOrDefault("project-root", ".")).toAbsolutePath().normalize();
        StackSettings settings = new StackSettings(
                root,
                Path.of(options.getOrDefault("data-dir", root.resolve("deploy/local-stack/target/stack-data").toString())),
                Integer.parseInt(options.getOrDefault("gateway-port", "8080")),
                // Fixed, so that the issuer URL of tokens and front-ends stays the same from one start to the next.
                Integer.parseInt(options.getOrDefault("keycloak-port", "8180")),
                Integer.parseInt(options.getOrDefault("postgres-port", "0")),
                Integer.parseInt(options.getOrDefault("kafka-port", "0")),
                Optional.ofNullable(options.get("postgres-url")).map(url -> new StackSettings.ExternalPostgres(url,
                        options.getOrDefault("postgres-user", "postgres"),
                        options.getOrDefault("postgres-password", System.getenv().getOrDefault("LIFELONG_POSTGRES_PASSWORD", "")))),
                Optional.ofNullable(options.get("kafka-bootstrap-servers")),
                Optional.ofNullable(options.get("keycloak-url")));

        Instant begin = Instant.now();
        LocalStack stack = LocalStack.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping every process of the stack...");
            stack.close();
            stopped.countDown();
        }, "stack-shutdown"));

        loadDemoData(stack);
        printSummary(stack, settings, Duration.between(begin, Instant.now()));
        stopped.await();
    }

    /**
     * The 2025 provinces and communes, the seed plans and the units they name, loaded through the gateway as the
     * demo administrator; an external Keycloak without the demo users only gets a hint.
     */
    private static void loadDemoData(LocalStack stack) {
        Optional<DemoData> demo = DemoData.asDemoAdministrator(stack);
        if (demo.isEmpty()) {
            System.out.println("Reference units and seed plans not loaded: the demo administrator cannot log in to "
                    + stack.realmUrl() + ". Load them as an administrator: POST /api/plans/units/reference-imports/vn-2025, "
                    + "then the units of deploy/seeds/units.json and the plans of deploy/seeds/plans.json.");
            return;
        }
        DemoData.Loaded loaded = demo.get().load();
        System.out.println("Reference units (34 provinces, 3,321 communes of 2025, old→new commune mapping) in "
                + loaded.referenceImport().toMillis() + " ms: " + loaded.referenceUnits());
        System.out.println("Seed plans: " + loaded.plansCreated() + " created, with " + loaded.unitsCreated()
                + " units they name (0 when already loaded)");
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options look like --name=value; got: " + arg);
            }
            int equals = arg.indexOf('=');
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }

    private static void printSummary(LocalStack stack, StackSettings settings, Duration took) {
        String gateway = stack.gatewayUrl();
        StringBuilder out = new StringBuilder()
                .append("\nThe stack is ready (").append(took.toSeconds()).append(" s). Ctrl-C stops it.\n\n")
                .append("  API gateway        ").append(gateway).append("/api/{plans,reports,events}/...\n")
                .append("  OpenAPI console    ").append(gateway).append("/q/swagger-ui\n")
                .append("  Gateway health     ").append(stack.gatewayManagementUrl()).append("/q/{health,metrics}\n")
                .append("  Keycloak           ").append(stack.keycloakUrl()).append("  (realm ").append(KeycloakServer.REALM)
                .append("; master admin: admin / ").append(stack.secrets().keycloakAdminPassword()).append(")\n")
                .append("  Kafka              ").append(stack.kafkaBootstrapServers()).append('\n')
                .append("  PostgreSQL         ").append(stack.postgresUrl()).append("{plans,reporting,events}\n");
        for (String service : LocalStack.SERVICES) {
            out.append(String.format("  %-18s %s%n", service, stack.serviceUrl(service)));
        }
        out.append("  Processes          stack-launcher pid ").append(ProcessHandle.current().pid()).append(" (runs the Kafka broker)");
        stack.processes().values().forEach(process -> out.append(", ").append(process.name()).append(" pid ").append(process.pid()));
        out.append('\n');
        out.append("  Logs and data      ").append(settings.dataDirectory()).append("\n\n")
                .append("Demo logins (password ").append(stack.secrets().demoPassword()).append("):\n");
        for (JsonNode user : readRealm(stack.realmFile()).path("users")) {
            if (user.hasNonNull("serviceAccountClientId")) {
                continue;
            }
            out.append(String.format("  %-22s roles %-18s unit %s%n", user.path("username").asText(),
                    user.path("realmRoles").toString(), user.path("attributes").path("org_unit").path(0).asText()));
        }
        out.append("\nProvincial systems: client 'provincial-system', secret ")
                .append(stack.secrets().integrationClientSecret()).append(" (client credentials grant)\n")
                .append("Token for a demo user: curl -d grant_type=password -d client_id=cli -d username=... -d password=... ")
                .append(stack.realmUrl()).append("/protocol/openid-connect/token\n");
        System.out.println(out);
    }

    private static JsonNode readRealm(Path realmFile) {
        try {
            return new ObjectMapper().readTree(realmFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
