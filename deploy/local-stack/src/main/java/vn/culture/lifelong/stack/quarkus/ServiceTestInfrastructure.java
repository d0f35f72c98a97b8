package vn.culture.lifelong.stack.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.culture.lifelong.stack.Directories;
import vn.culture.lifelong.stack.KafkaBroker;
import vn.culture.lifelong.stack.PostgresServer;

/**
 * For a service's {@code @QuarkusTest}: a real PostgreSQL (embedded binaries) with its own database, a real
 * Kafka broker in this JVM, both on free ports, and the public key of {@link TestTokens} so that the service
 * validates signed bearer tokens exactly as it does Keycloak's. The servers live as long as the test JVM.
 */
public class ServiceTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "service_test";
    /**
     * Quarkus loads this class anew for every application restart (test profiles), so the running servers
     * are remembered in system properties, which the whole JVM shares.
     */
    private static final String JDBC_URL = "lifelong.test.jdbc-url";
    private static final String KAFKA = "lifelong.test.kafka-bootstrap-servers";

    @Override
    public Map<String, String> start() {
        startServersOnce();
        return Map.of(
                "quarkus.datasource.jdbc.url", System.getProperty(JDBC_URL),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", System.getProperty(KAFKA),
                "quarkus.oidc.public-key", TestTokens.publicKey(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER);
    }

    private static void startServersOnce() {
        synchronized (System.getProperties()) {
            if (System.getProperty(JDBC_URL) != null) {
                return;
            }
            Path scratch = Directories.createTemporary("service-test-");
            PostgresServer postgres = PostgresServer.startEmbedded(scratch.resolve("postgres"), 0);
            postgres.ensureDatabases(List.of(DATABASE));
            KafkaBroker kafka = KafkaBroker.start(scratch.resolve("kafka"), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                postgres.close();
                Directories.deleteRecursively(scratch);
            }));
            System.setProperty(JDBC_URL, postgres.jdbcUrl(DATABASE));
            System.setProperty(KAFKA, kafka.bootstrapServers());
        }
    }

    @Override
    public void stop() {
        // Kept for the whole test JVM: the test classes of a module share them; the shutdown hook stops them.
    }
}
