package vn.culture.lifelong.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The whole system on one machine without Docker: PostgreSQL, a Kafka broker, Keycloak, the three services
 * and the gateway, each service as its own process. The run command and the end-to-end tests both use it.
 */
public final class LocalStack implements AutoCloseable {

    public static final List<String> SERVICES = List.of("plans-service", "reporting-service", "events-service");
    private static final Logger LOG = Logger.getLogger(LocalStack.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final StackSettings settings;
    /** PostgreSQL and the Kafka broker, which the processes use. */
    private final List<AutoCloseable> servers = new ArrayList<>();
    private final Map<String, ManagedProcess> processes = new LinkedHashMap<>();
    private final Map<String, Integer> servicePorts = new LinkedHashMap<>();
    private StackSecrets secrets;
    private PostgresServer postgres;
    /** The broker this stack runs, if it does not use an existing cluster. */
    private KafkaBroker broker;
    private String keycloakUrl;
    private String kafkaBootstrap;
    private int gatewayPort;
    private int gatewayManagementPort;

    private LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    public static LocalStack start(StackSettings settings) {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        Path data = settings.dataDirectory();
        secrets = StackSecrets.loadOrCreate(data.resolve("secrets.properties"));

        postgres = settings.postgres()
                .map(external -> PostgresServer.external(external.url(), external.user(), external.password()))
                .orElseGet(() -> {
                    LOG.info("Starting embedded PostgreSQL");
                    return PostgresServer.startEmbedded(data.resolve("postgres"), settings.postgresPort());
                });
        servers.add(postgres);
        List<String> databases = new ArrayList<>(List.of("plans", "reporting", "events"));
        if (settings.keycloakUrl().isEmpty()) {
            databases.add("keycloak");
        }
        postgres.ensureDatabases(databases);

        kafkaBootstrap = settings.kafkaBootstrap().orElseGet(() -> {
            LOG.info("Starting the Kafka broker (KRaft)");
            broker = KafkaBroker.start(data.resolve("kafka"), settings.kafkaPort());
            servers.add(broker);
            return broker.bootstrapServers();
        });

        Path logs = data.resolve("logs");
        if (settings.keycloakUrl().isPresent()) {
            keycloakUrl = settings.keycloakUrl().get().replaceAll("/+$", "");
        } else {
            KeycloakServer keycloak = new KeycloakServer(keycloakHome());
            LOG.info("Preparing Keycloak (the first start builds it, which takes a while)");
            keycloak.buildIfNeeded(logs.resolve("keycloak-build.log"));
            int port = FreePorts.orFree(settings.keycloakPort());
            keycloakUrl = "http://127.0.0.1:" + port;
            launch(keycloak.process(port, postgres, realmFile(), secrets, logs.resolve("keycloak.log")));
        }

        for (String service : SERVICES) {
            int port = FreePorts.pick();
            servicePorts.put(service, port);
            Map<String, String> environment = new LinkedHashMap<>(commonEnvironment(port));
            String database = service.substring(0, service.indexOf('-'));
            environment.put("DATABASE_URL", postgres.jdbcUrl(database));
            environment.put("DATABASE_USERNAME", postgres.user());
            environment.put("DATABASE_PASSWORD", postgres.password());
            environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
            launch(quarkusApp(service, port, environment));
        }

        gatewayPort = FreePorts.orFree(settings.gatewayPort());
        gatewayManagementPort = FreePorts.pick();
        Map<String, String> gateway = new LinkedHashMap<>(commonEnvironment(gatewayPort));
        servicePorts.forEach((service, port) -> gateway.put(
                service.toUpperCase().replace('-', '_') + "_URL",
                "http://127.0.0.1:" + port));
        // The gateway's health and metrics are on a port of their own, which users are not given.
        gateway.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        gateway.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(gatewayManagementPort));
        launch(quarkusApp("gateway", gatewayManagementPort, gateway));

        for (ManagedProcess process : processes.values()) {
            process.awaitHealthy(START_TIMEOUT);
            LOG.info(process.name() + " is ready");
        }
        if (settings.keycloakUrl().isEmpty()) {
            ConsoleClient.followGateway(keycloakUrl, secrets.keycloakAdminPassword(), gatewayPort);
        }
    }

    private Map<String, String> commonEnvironment(int port) {
        return Map.of(
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "OIDC_SERVER_URL", realmUrl());
    }

    /** {@code healthPort} is where the application answers {@code /q/health/ready}. */
    private ManagedProcess quarkusApp(String module, int healthPort, Map<String, String> environment) {
        Path jar = settings.projectRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(module + " is not built (no " + jar + "); run ./mvnw -DskipTests package");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xms32m", "-Xmx192m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-jar", jar.toString());
        return new ManagedProcess(module, command, environment, settings.projectRoot().resolve(module),
                settings.dataDirectory().resolve("logs").resolve(module + ".log"),
                URI.create("http://127.0.0.1:" + healthPort + "/q/health/ready"));
    }

    private void launch(ManagedProcess process) {
        processes.put(process.name(), process);
        process.start();
    }

    private Path keycloakHome() {
        return settings.projectRoot().resolve("deploy/local-stack/target/keycloak-" + BuildInfo.keycloakVersion());
    }

    public Path realmFile() {
        return settings.projectRoot().resolve("deploy/keycloak/lifelong-realm.json");
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** Where the gateway serves its health and metrics, apart from what users reach. */
    public String gatewayManagementUrl() {
        return "http://127.0.0.1:" + gatewayManagementPort;
    }

    public String keycloakUrl() {
        return keycloakUrl;
    }

    public String realmUrl() {
        return keycloakUrl + "/realms/" + KeycloakServer.REALM;
    }

    /** The JDBC URL of the server, without a database name. */
    public String postgresUrl() {
        return postgres.jdbcUrl("");
    }

    public String postgresUser() {
        return postgres.user();
    }

    public String postgresPassword() {
        return postgres.password();
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap;
    }

    public String serviceUrl(String service) {
        return "http://127.0.0.1:" + servicePorts.get(service);
    }

    public ManagedProcess process(String name) {
        return processes.get(name);
    }

    public Map<String, ManagedProcess> processes() {
        return Collections.unmodifiableMap(processes);
    }

    public StackSecrets secrets() {
        return secrets;
    }

    /**
     * Stops the embedded PostgreSQL (a fast shutdown: every session is cut) until {@link #startPostgres()}, for the
     * tests of what the services do meanwhile.
     */
    public synchronized void stopPostgres() {
        if (settings.postgres().isPresent()) {
            throw new IllegalStateException("This stack uses an existing PostgreSQL server, which it does not stop");
        }
        postgres.close();
    }

    /** Starts the embedded PostgreSQL again on its port and data. */
    public synchronized void startPostgres() {
        PostgresServer restarted = PostgresServer.startEmbedded(settings.dataDirectory().resolve("postgres"), postgres.port());
        servers.set(servers.indexOf(postgres), restarted);
        postgres = restarted;
    }

    /**
     * Stops the broker this stack runs (in this JVM: a shutdown, which its clients see as the broker gone) until
     * {@link #startBroker()}.
     */
    public synchronized void stopBroker() {
        if (broker == null) {
            throw new IllegalStateException("This stack uses an existing Kafka cluster, which it does not stop");
        }
        broker.close();
    }

    /** Starts the broker again on its port and log, where the producers and consumers look for it. */
    public synchronized void startBroker() {
        KafkaBroker restarted = KafkaBroker.start(settings.dataDirectory().resolve("kafka"), broker.port());
        servers.set(servers.indexOf(broker), restarted);
        broker = restarted;
    }

    /** Stops everything this stack started: its processes at once, then the servers they used. */
    @Override
    public synchronized void close() {
        ParallelStop.closeAll(processes.values());
        ParallelStop.closeAll(servers);
        servers.clear();
    }
}
