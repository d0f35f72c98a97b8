package vn.culture.lifelong.reporting.obligations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.obligations.domain.Timeliness;

@ApplicationScoped
public class ObligationRepository implements PanacheRepository<Obligation> {

    private static final int DELETE_CHUNK = 1_000;

    /**
     * {@link Timeliness} as SQL conditions on an obligation aliased
     * {@code o}, with {@code :now} bound for PENDING and OVERDUE: the one place lists and completeness count it from.
     */
    public static String timelinessCondition(Timeliness timeliness) {
        return switch (timeliness) {
            case PENDING -> "(o.first_submitted_at IS NULL AND o.deadline > :now)";
            case OVERDUE -> "(o.first_submitted_at IS NULL AND o.deadline <= :now)";
            case ON_TIME -> "o.first_submitted_at < o.deadline";
            case LATE -> "o.first_submitted_at >= o.deadline";
            case NO_DEADLINE -> "o.deadline IS NULL";
        };
    }

    /** The obligations derived from a plan's regime (not those of ad-hoc requests). */
    public List<Obligation> periodicOf(long planId) {
        return list("planId = ?1 and regimeKey is not null", planId);
    }

    /** The periodic obligations of a plan for one period owed by any of {@code unitIds}. */
    public List<Obligation> periodicFor(long planId, ObligationKind kind, int year, Collection<Long> unitIds) {
        return list("planId = ?1 and kind = ?2 and year = ?3 and regimeKey is not null and unitId in ?4 order by regimeKey",
                planId, kind, year, unitIds);
    }

    /**
     * Inserts new obligations in JDBC batches: one plan may oblige every commune of the country for every period,
     * which row-by-row inserts with generated ids would make slow.
     */
    public void insertAll(Collection<Obligation> obligations) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO obligation (plan_id, regime_key, "
                    + "request_id, kind, year, unit_id, receiving_unit_id, title, data_from, data_to, due_date, deadline, "
                    + "status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Obligation obligation : obligations) {
                    insert.setLong(1, obligation.planId);
                    insert.setString(2, obligation.regimeKey);
                    insert.setObject(3, obligation.requestId, Types.BIGINT);
                    insert.setString(4, obligation.kind.name());
                    insert.setInt(5, obligation.year);
                    insert.setLong(6, obligation.unitId);
                    insert.setLong(7, obligation.receivingUnitId);
                    insert.setString(8, obligation.title);
                    insert.setObject(9, obligation.dataFrom == null ? null : Date.valueOf(obligation.dataFrom), Types.DATE);
                    insert.setObject(10, obligation.dataTo == null ? null : Date.valueOf(obligation.dataTo), Types.DATE);
                    insert.setObject(11, obligation.dueDate == null ? null : Date.valueOf(obligation.dueDate), Types.DATE);
                    insert.setObject(12, obligation.deadline, Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setString(13, obligation.status.name());
                    insert.setObject(14, obligation.createdAt, Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.addBatch();
                    if (++pending % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    public void deleteByIds(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
            delete("id in ?1", ids.subList(from, Math.min(ids.size(), from + DELETE_CHUNK)));
        }
    }
}
