package vn.culture.lifelong.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.culture.lifelong.stack.LocalStack;

/** Questions asked straight to the services' databases over JDBC, to count what was written. */
final class ServiceDatabases {

    private ServiceDatabases() {
    }

    /** The single number {@code sql} answers in {@code database} (plans, reporting or events). */
    static long count(String database, String sql, Object... parameters) {
        List<List<Object>> rows = rows(database, sql, parameters);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    static List<List<Object>> rows(String database, String sql, Object... parameters) {
        LocalStack stack = Stack.get();
        try (Connection connection = DriverManager.getConnection(stack.postgresUrl() + database, stack.postgresUser(),
                stack.postgresPassword());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask " + database + ": " + sql, e);
        }
    }
}
