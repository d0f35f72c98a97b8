package vn.culture.lifelong.kit.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * One relay at a time across all instances of a service, so that events leave in sequence order: a PostgreSQL
 * session-level advisory lock, held on a connection of its own that is in no transaction while the relay waits
 * for the broker. The database releases it if the instance dies.
 */
final class RelayLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayLock.class);
    /** Any number will do as long as every instance of a service uses the same one; each service has its own database. */
    private static final long KEY = 0x504c414e534f5554L;

    private final Connection connection;

    private RelayLock(Connection connection) {
        this.connection = connection;
    }

    /** The lock, or empty when another relay holds it. */
    static Optional<RelayLock> tryAcquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (call(connection, "SELECT pg_try_advisory_lock(?)")) {
                return Optional.of(new RelayLock(connection));
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    @Override
    public void close() {
        try (connection) {
            if (!call(connection, "SELECT pg_advisory_unlock(?)")) {
                LOG.warn("The outbox relay lock was not held when released");
            }
        } catch (SQLException e) {
            // The connection is broken (the database went away), and with it the session that held the lock.
            LOG.warnf("Releasing the outbox relay lock failed: %s", e.getMessage());
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
