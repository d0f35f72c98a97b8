package vn.culture.lifelong.kit.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Values of native query rows as Java time types: the JDBC driver and Hibernate hand dates and timestamps over as
 * {@code java.sql} or {@code java.time} types depending on the query, and set-based reads should not care which.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static LocalDate localDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    public static OffsetDateTime offsetDateTime(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** A nullable integer column (a bigint comes as Long, a count as Long or BigInteger). */
    public static Long longValue(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
