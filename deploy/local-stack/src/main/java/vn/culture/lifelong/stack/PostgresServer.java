package vn.culture.lifelong.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server: either the embedded one (zonky binaries, started as a child process) or an
 * existing server given by URL. Either way it hands out JDBC URLs of per-service databases.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres embedded;
    private final String serverUrl;
    private final String user;
    private final String password;

    private PostgresServer(EmbeddedPostgres embedded, String serverUrl, String user, String password) {
        this.embedded = embedded;
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
            return new PostgresServer(postgres,
                    "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** Uses a server the user already runs, e.g. {@code jdbc:postgresql://db.internal:5432/}. */
    public static PostgresServer external(String serverUrl, String user, String password) {
        String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        return new PostgresServer(null, base, user, password);
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
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
