package vn.culture.lifelong.e2e;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What the services' databases hold, table by table: the number of rows and the newest row version (the highest
 * {@code xmin}, the transaction that last inserted or updated a row), so that a write of any kind shows, an update
 * that keeps the count too. Read over JDBC, straight from PostgreSQL.
 */
final class DatabaseRows implements AutoCloseable {

    private static final Duration SETTLING_PATIENCE = Duration.ofSeconds(90);
    private static final Duration SETTLING_STEP = Duration.ofSeconds(3);

    private final Map<String, Connection> connections = new TreeMap<>();

    DatabaseRows(String serverUrl, String user, String password, List<String> databases) {
        try {
            for (String database : databases) {
                connections.put(database, DriverManager.getConnection(serverUrl + database, user, password));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the databases " + databases + " at " + serverUrl, e);
        }
    }

    /** A table as read at one moment. */
    record Table(long rows, long newestVersion) {
    }

    /** Every table of every database, named {@code database.table}. */
    Map<String, Table> read() {
        Map<String, Table> tables = new TreeMap<>();
        try {
            for (Map.Entry<String, Connection> database : connections.entrySet()) {
                List<String> names = tableNames(database.getValue());
                if (names.isEmpty()) {
                    continue;
                }
                List<String> counts = new ArrayList<>();
                for (String name : names) {
                    counts.add("SELECT '" + name + "', count(*), coalesce(max(xmin::text::bigint), 0) FROM \"" + name + "\"");
                }
                try (Statement statement = database.getValue().createStatement();
                        ResultSet rows = statement.executeQuery(String.join(" UNION ALL ", counts))) {
                    while (rows.next()) {
                        tables.put(database.getKey() + "." + rows.getString(1), new Table(rows.getLong(2), rows.getLong(3)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the rows", e);
        }
        return tables;
    }

    /**
     * Reads until three readings three seconds apart agree: the events earlier writes caused have been consumed, and
     * the jobs they woke (obligations derived again within 2 s, sums counted again within 5 s) have run.
     */
    Map<String, Table> readWhenSettled() {
        AtomicReference<Map<String, Table>> previous = new AtomicReference<>(read());
        AtomicReference<List<String>> changing = new AtomicReference<>(List.of());
        AtomicInteger agreeing = new AtomicInteger(1);
        try {
            await().pollInSameThread().pollDelay(SETTLING_STEP).pollInterval(SETTLING_STEP).atMost(SETTLING_PATIENCE)
                    .until(() -> {
                        Map<String, Table> current = read();
                        changing.set(differences(previous.getAndSet(current), current));
                        agreeing.set(changing.get().isEmpty() ? agreeing.get() + 1 : 1);
                        return agreeing.get() >= 3;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("The databases still change after " + SETTLING_PATIENCE + ": "
                    + changing.get());
        }
        return previous.get();
    }

    /**
     * The events each service's outbox holds that its relay has not handed to Kafka yet: none for long, unless one
     * cannot be sent and holds back every event after it.
     */
    Map<String, Long> unsentEvents() {
        Map<String, Long> unsent = new TreeMap<>();
        try {
            for (Map.Entry<String, Connection> database : connections.entrySet()) {
                try (Statement statement = database.getValue().createStatement();
                        ResultSet rows = statement.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
                    rows.next();
                    unsent.put(database.getKey(), rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the outboxes", e);
        }
        return unsent;
    }

    /** The tables whose rows differ between two readings, each with both readings. */
    static List<String> differences(Map<String, Table> before, Map<String, Table> after) {
        List<String> changed = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                changed.add(name + ": " + before.get(name) + " -> " + after.get(name));
            }
        }
        return changed;
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections.values()) {
            connection.close();
        }
    }
}
