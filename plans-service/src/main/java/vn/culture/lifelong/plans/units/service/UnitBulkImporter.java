package vn.culture.lifelong.plans.units.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import vn.culture.lifelong.kit.outbox.Outbox;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.RulesBrokenException;
import vn.culture.lifelong.kit.problem.Violation;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.plans.units.domain.AdministrativeLevel;
import vn.culture.lifelong.plans.units.messaging.UnitEvent;
import vn.culture.lifelong.plans.units.repository.UnitRepository;

/**
 * Creates many units at once (a province's institutions, a whole tree), all or nothing, checked by the same
 * rules as one at a time but in set-based queries and JDBC batches: a hundred thousand units in one request.
 * Each unit still gets its {@code plans.unit.created.v1} event through the outbox, in the same transaction.
 */
@ApplicationScoped
public class UnitBulkImporter {

    private static final int BATCH = 1000;

    /** A unit already in the database that a new unit may hang under. */
    private record Parent(long id, String path, AdministrativeLevel level, LocalDate validFrom, LocalDate validTo) {

        boolean existsOn(LocalDate day) {
            return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
        }
    }

    /** A unit to insert, placed in the tree. */
    private record Placed(long id, UnitDraft draft, Long parentId, String path) {
    }

    private final UnitRepository units;
    private final Outbox outbox;

    public UnitBulkImporter(UnitRepository units, Outbox outbox) {
        this.units = units;
        this.outbox = outbox;
    }

    /**
     * Creates every unit of {@code drafts}, parents before their children (a parent is in the database already or
     * earlier in the list); throws with every broken rule, naming each unit by its index, and creates nothing.
     */
    @Transactional
    public int importAll(List<UnitDraft> drafts) {
        units.flush();
        return units.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            List<Violation> broken = new ArrayList<>();
            Map<String, List<Parent>> existing = existingUnits(connection, drafts);
            List<Long> ids = nextIds(connection, drafts.size());
            Map<String, Placed> placedByCode = new HashMap<>();
            List<Placed> placed = new ArrayList<>(drafts.size());
            for (int i = 0; i < drafts.size(); i++) {
                UnitDraft draft = drafts.get(i);
                String at = "[" + i + "]";
                if (draft.validTo() != null || !draft.successors().isEmpty()) {
                    broken.add(Violation.of(at + ".validTo", "unit.bulk.open-only"));
                    continue;
                }
                if (placedByCode.containsKey(draft.code())) {
                    broken.add(Violation.of(at + ".code", "unit.code.taken", draft.code()));
                    continue;
                }
                LocalDate day = draft.validFrom() == null ? LocalDate.now() : draft.validFrom();
                if (existing.getOrDefault(draft.code(), List.of()).stream()
                        .anyMatch(unit -> draft.validFrom() == null || unit.validTo() == null || !unit.validTo().isBefore(day))) {
                    broken.add(Violation.of(at + ".code", "unit.code.taken", draft.code()));
                    continue;
                }
                Long parentId = null;
                String parentPath = "/";
                if (draft.parentCode() != null) {
                    Placed earlier = placedByCode.get(draft.parentCode());
                    Parent stored = existing.getOrDefault(draft.parentCode(), List.of()).stream()
                            .filter(unit -> unit.existsOn(day)).findFirst().orElse(null);
                    AdministrativeLevel parentLevel;
                    if (earlier != null) {
                        parentId = earlier.id();
                        parentPath = earlier.path();
                        parentLevel = earlier.draft().level();
                    } else if (stored != null) {
                        parentId = stored.id();
                        parentPath = stored.path();
                        parentLevel = stored.level();
                    } else {
                        broken.add(Violation.of(at + ".parentCode", "unit.parent.unknown", draft.parentCode()));
                        continue;
                    }
                    if (!draft.level().canBeUnder(parentLevel)) {
                        broken.add(Violation.of(at + ".level", "unit.level.above.parent", draft.level(), parentLevel));
                        continue;
                    }
                }
                long id = ids.get(i);
                Placed unit = new Placed(id, draft, parentId, parentPath + id + "/");
                placedByCode.put(draft.code(), unit);
                placed.add(unit);
            }
            if (!broken.isEmpty()) {
                throw new RulesBrokenException(broken);
            }
            insert(connection, placed);
            return placed.size();
        });
    }

    /** Every stored unit bearing a code of the batch or named as a parent, in one query. */
    private static Map<String, List<Parent>> existingUnits(Connection connection, List<UnitDraft> drafts) throws SQLException {
        List<String> codes = new ArrayList<>(drafts.size() * 2);
        for (UnitDraft draft : drafts) {
            codes.add(draft.code());
            if (draft.parentCode() != null) {
                codes.add(draft.parentCode());
            }
        }
        Map<String, List<Parent>> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT code, id, path, level, valid_from, valid_to FROM unit WHERE code = ANY (?)")) {
            Array array = connection.createArrayOf("varchar", codes.stream().distinct().toArray());
            query.setArray(1, array);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Date from = rows.getDate(5);
                    Date to = rows.getDate(6);
                    found.computeIfAbsent(rows.getString(1), code -> new ArrayList<>()).add(new Parent(rows.getLong(2),
                            rows.getString(3), AdministrativeLevel.valueOf(rows.getString(4)),
                            from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate()));
                }
            }
        }
        return found;
    }

    private static List<Long> nextIds(Connection connection, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement query = connection.prepareStatement("SELECT nextval('unit_seq') FROM generate_series(1, ?)")) {
            query.setInt(1, count);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private void insert(Connection connection, List<Placed> placed) throws SQLException {
        OffsetDateTime now = Timestamps.now();
        Timestamp at = Timestamp.from(now.toInstant());
        try (PreparedStatement unit = connection.prepareStatement("INSERT INTO unit (id, code, name, kind, level, parent_id, "
                + "path, valid_from, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            List<UnitEvent.Created> events = new ArrayList<>(BATCH);
            for (Placed placedUnit : placed) {
                UnitDraft draft = placedUnit.draft();
                String name = Texts.nfc(draft.name());
                unit.setLong(1, placedUnit.id());
                unit.setString(2, draft.code());
                unit.setString(3, name);
                unit.setString(4, draft.kind().name());
                unit.setString(5, draft.level().name());
                unit.setObject(6, placedUnit.parentId());
                unit.setString(7, placedUnit.path());
                unit.setObject(8, draft.validFrom());
                unit.setTimestamp(9, at);
                unit.setTimestamp(10, at);
                unit.addBatch();
                events.add(UnitEvent.Created.ofInserted(placedUnit.id(), draft.code(), name, draft.kind(), draft.level(),
                        draft.parentCode(), placedUnit.parentId(), placedUnit.path(), draft.validFrom(), now));
                if (events.size() == BATCH) {
                    unit.executeBatch();
                    outbox.appendAll(connection, events);
                    events.clear();
                }
            }
            unit.executeBatch();
            outbox.appendAll(connection, events);
        }
    }
}
