package vn.culture.lifelong.stack.quarkus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.culture.lifelong.stack.Directories;
import vn.culture.lifelong.stack.KafkaBroker;
import vn.culture.lifelong.stack.ParallelStop;
import vn.culture.lifelong.stack.PostgresServer;
import vn.culture.lifelong.stack.junit.StopWhenTestsEnd;

/**
 * The PostgreSQL server and Kafka broker of one test JVM, shared by its {@code @QuarkusTest}s: started by the
 * first, stopped when the tests end. {@link ServiceTestInfrastructure} reaches this class through the system
 * class loader, since Quarkus loads test resources anew for every application start and the servers (with
 * their threads and classes) must outlive those starts.
 */
public final class ServiceTestServers {

    private static final String DATABASE = "service_test";
    private static Map<String, String> configuration;

    private ServiceTestServers() {
    }

    /** The servers' coordinates as Quarkus configuration, starting the servers on the first call. */
    public static synchronized Map<String, String> startOnce() {
        if (configuration == null) {
            // The broker loads classes through the context class loader, and its threads inherit it: it must be
            // this one, not that of the Quarkus start that happens to come first.
            Thread thread = Thread.currentThread();
            ClassLoader caller = thread.getContextClassLoader();
            thread.setContextClassLoader(ServiceTestServers.class.getClassLoader());
            try {
                configuration = start();
            } finally {
                thread.setContextClassLoader(caller);
            }
        }
        return configuration;
    }

    private static Map<String, String> start() {
        Path scratch = Directories.createTemporary("service-test");
        PostgresServer postgres = PostgresServer.startEmbedded(scratch.resolve("postgres"), 0);
        postgres.ensureDatabases(List.of(DATABASE));
        KafkaBroker kafka = KafkaBroker.start(scratch.resolve("kafka"), 0);
        StopWhenTestsEnd.register(() -> {
            ParallelStop.closeAll(List.of(kafka, postgres));
            Directories.deleteRecursively(scratch);
        });
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", kafka.bootstrapServers());
    }
}
