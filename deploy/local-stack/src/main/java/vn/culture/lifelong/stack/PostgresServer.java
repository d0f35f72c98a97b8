package vn.culture.lifelong.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server: either the embedded one (zonky binaries, started as a child process) or an
 * existing server given by URL. Either way it hands out JDBC URLs of per-service databases.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    static {
        detectLinuxDistributionWithoutLitter();
    }

    private final EmbeddedPostgres embedded;
    private final ProcessHandle postmaster;
    private final String serverUrl;
    private final String user;
    private final String password;

    private PostgresServer(EmbeddedPostgres embedded, ProcessHandle postmaster, String serverUrl, String user,
            String password) {
        this.embedded = embedded;
        this.postmaster = postmaster;
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    /** Starts PostgreSQL from the binaries artifact; data survives restarts when {@code dataDirectory} is kept. */
    public static PostgresServer startEmbedded(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(FreePorts.orFree(port))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .start();
            ProcessHandle postmaster = postmaster(dataDirectory);
            // pg_ctl starts the postmaster as the leader of a new session, so the group is it and its workers.
            OrphanWatchdog.adopt(postmaster.pid());
            return new PostgresServer(postgres, postmaster,
                    "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /**
     * zonky's {@link LinuxUtils}, when first used, writes a script that detects the Linux distribution into the
     * temporary directory and never deletes it: one file per JVM. Run the detection now and delete that file.
     */
    private static void detectLinuxDistributionWithoutLitter() {
        Set<Path> before = distributionDetectionScripts();
        LinuxUtils.getDistributionName();
        Set<Path> ours = distributionDetectionScripts();
        ours.removeAll(before);
        ours.forEach(script -> script.toFile().delete());
    }

    private static Set<Path> distributionDetectionScripts() {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> scripts = Files.newDirectoryStream(temporary, "detect_linux_distribution_*.sh")) {
            Set<Path> found = new HashSet<>();
            scripts.forEach(found::add);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The postmaster is not our child (pg_ctl daemonises it); it writes its PID on the first line of this file. */
    private static ProcessHandle postmaster(Path dataDirectory) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("The PostgreSQL postmaster " + pid + " is not running"));
    }

    /** Uses a server the user already runs, e.g. {@code jdbc:postgresql://db.internal:5432/}. */
    public static PostgresServer external(String serverUrl, String user, String password) {
        String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        return new PostgresServer(null, null, base, user, password);
    }

    public void ensureDatabases(Collection<String> names) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            for (String name : names) {
                if (!DATABASE_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("Not a plain database name: " + name);
                }
                if (!exists(connection, name)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the databases " + names + " on " + serverUrl
                    + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The embedded server's port, to start it again where its clients look for it. */
    public int port() {
        return embedded.getPort();
    }

    public String jdbcUrl(String database) {
        return serverUrl + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public String toString() {
        return "PostgreSQL at " + serverUrl;
    }

    /** Stops the embedded server (a fast shutdown, then KILL if it is still running after a grace period). */
    @Override
    public void close() {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
            postmaster.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            postmaster.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            OrphanWatchdog.release(postmaster.pid());
        }
    }
}
