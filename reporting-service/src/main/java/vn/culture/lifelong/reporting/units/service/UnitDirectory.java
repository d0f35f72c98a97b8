package vn.culture.lifelong.reporting.units.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.culture.lifelong.kit.persistence.SqlValues;
import vn.culture.lifelong.reporting.plans.domain.UnitSelector;
import vn.culture.lifelong.reporting.units.domain.UnitRef;

/**
 * The questions reporting asks of the unit read model: a unit by id or code, the units a plan's selector names on a
 * day (following mergers), and subtrees by materialized path, all in set-based SQL on {@code unit_view}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UnitDirectory {

    private static final String COLUMNS = "unit_id, code, name, kind, level, path, valid_from, valid_to";
    private static final String EXISTS_ON_DAY = "(valid_from IS NULL OR valid_from <= :day) AND (valid_to IS NULL OR valid_to >= :day)";
    /** More successor hops than any real chain of mergers: a cycle in bad data must not loop forever. */
    private static final int MAX_SUCCESSION_HOPS = 10;

    private final EntityManager entityManager;

    public UnitDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The units of {@code unitIds} this service knows, by id. */
    public Map<Long, UnitRef> byIds(Collection<Long> unitIds) {
        Map<Long, UnitRef> found = new LinkedHashMap<>();
        if (unitIds.isEmpty()) {
            return found;
        }
        rows("SELECT " + COLUMNS + " FROM unit_view WHERE unit_id = ANY (cast(:ids AS bigint[]))",
                Map.of("ids", unitIds.toArray(Long[]::new))).forEach(unit -> found.put(unit.unitId(), unit));
        return found;
    }

    /** The unit bearing {@code code} today or, if none does, the one that bore it last; {@link UnitRef#NATION} for its code. */
    public Optional<UnitRef> byCode(String code) {
        if (UnitRef.NATION.code().equals(code)) {
            return Optional.of(UnitRef.NATION);
        }
        return rows("SELECT " + COLUMNS + " FROM unit_view WHERE code = :code ORDER BY "
                        + "CASE WHEN (valid_from IS NULL OR valid_from <= current_date) "
                        + "AND (valid_to IS NULL OR valid_to >= current_date) THEN 0 ELSE 1 END, valid_to DESC NULLS FIRST LIMIT 1",
                Map.of("code", code)).stream().findFirst();
    }

    /** {@link #byCode(String)} for many codes at once: the units known, by code. */
    public Map<String, UnitRef> byCodes(Collection<String> codes) {
        Map<String, UnitRef> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        rows("SELECT DISTINCT ON (code) " + COLUMNS + " FROM unit_view WHERE code = ANY (cast(:codes AS text[])) ORDER BY code, "
                        + "CASE WHEN (valid_from IS NULL OR valid_from <= current_date) "
                        + "AND (valid_to IS NULL OR valid_to >= current_date) THEN 0 ELSE 1 END, valid_to DESC NULLS FIRST",
                Map.of("codes", codes.toArray(String[]::new))).forEach(unit -> found.put(unit.code(), unit));
        return found;
    }

    /**
     * The units {@code selector} (naming unit {@code namedUnitId}) stands for on {@code day}: the named unit, or what it
     * merged or split into if it no longer existed by then; with {@code subtree}, the units under those, of the
     * selector's kind and level, that exist on that day.
     */
    public List<UnitRef> resolve(UnitSelector selector, long namedUnitId, LocalDate day) {
        return resolve(selector, namedUnitId, day, Optional.empty());
    }

    /**
     * As {@link #resolve(UnitSelector, long, LocalDate)}, only the units in {@code within}'s tree: a commune's share of a
     * province-wide group reads that commune's tree, not the province's.
     */
    public List<UnitRef> resolve(UnitSelector selector, long namedUnitId, LocalDate day, Optional<UnitRef> within) {
        List<UnitRef> roots = existingOn(namedUnitId, day);
        if (!selector.subtree()) {
            return roots.stream().filter(root -> within.map(root::isInSubtreeOf).orElse(true)).toList();
        }
        String sql = "SELECT " + COLUMNS + " FROM unit_view WHERE path LIKE :prefix AND unit_id <> :root "
                + "AND " + EXISTS_ON_DAY
                + (selector.kind() == null ? "" : " AND kind = :kind") + (selector.level() == null ? "" : " AND level = :level")
                + " ORDER BY path";
        List<UnitRef> found = new ArrayList<>();
        for (UnitRef root : roots) {
            // The narrower of the two trees; none when they do not meet.
            Optional<String> prefix = within.isEmpty() || root.isInSubtreeOf(within.get()) ? Optional.of(root.path())
                    : within.get().isInSubtreeOf(root) ? Optional.of(within.get().path()) : Optional.empty();
            prefix.ifPresent(path -> {
                Map<String, Object> parameters = new HashMap<>(Map.of("prefix", path + "%", "root", root.unitId(), "day", day));
                Optional.ofNullable(selector.kind()).ifPresent(kind -> parameters.put("kind", kind));
                Optional.ofNullable(selector.level()).ifPresent(level -> parameters.put("level", level));
                found.addAll(rows(sql, parameters));
            });
        }
        return found.stream().distinct().toList();
    }

    /** Whether {@code unit} is one of the units {@code selector} stands for on {@code day}, without listing them. */
    public boolean selects(UnitSelector selector, long namedUnitId, LocalDate day, UnitRef unit) {
        return existingOn(namedUnitId, day).stream().anyMatch(root -> selector.subtree()
                ? unit.unitId() != root.unitId() && unit.isInSubtreeOf(root) && unit.isValidOn(day)
                        && (selector.kind() == null || selector.kind().equals(unit.kind()))
                        && (selector.level() == null || selector.level().equals(unit.level()))
                : unit.unitId() == root.unitId());
    }

    /** The units directly under {@code parent} that exist on {@code day}; under the nation, those without a parent. */
    public List<UnitRef> childrenOf(UnitRef parent, LocalDate day) {
        if (parent.equals(UnitRef.NATION)) {
            return rows("SELECT " + COLUMNS + " FROM unit_view WHERE parent_unit_id IS NULL AND " + EXISTS_ON_DAY
                    + " ORDER BY code", Map.of("day", day));
        }
        return rows("SELECT " + COLUMNS + " FROM unit_view WHERE parent_unit_id = :parent "
                        + "AND " + EXISTS_ON_DAY + " ORDER BY code",
                Map.of("parent", parent.unitId(), "day", day));
    }

    /**
     * How many units exist on {@code day} in the tree of each unit directly under {@code root}, that unit with them,
     * by its id: in one read of the path index.
     */
    public Map<Long, Long> subtreeSizes(UnitRef root, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("SELECT split_part(substr(path, length(:prefix) + 1), '/', 1) "
                        + "AS top, count(*) AS units FROM unit_view WHERE path LIKE :subtree AND " + EXISTS_ON_DAY
                        + " GROUP BY 1", Tuple.class)
                .setParameter("prefix", root.path()).setParameter("subtree", root.path() + "%").setParameter("day", day)
                .getResultList();
        Map<Long, Long> sizes = new HashMap<>();
        rows.stream().filter(row -> !((String) row.get("top")).isEmpty()).forEach(row ->
                sizes.put(Long.valueOf((String) row.get("top")), ((Number) row.get("units")).longValue()));
        return sizes;
    }

    /**
     * The units of the trees of {@code tops} (with them) that exist on {@code day}, by path: in one read, a range of
     * the path index per tree (the paths under {@code /1/7/} are those from {@code /1/7/} up to {@code /1/70}).
     */
    public List<UnitRef> subtreesOf(List<UnitRef> tops, LocalDate day) {
        if (tops.isEmpty()) {
            return List.of();
        }
        // OFFSET 0 keeps the subquery apart, so that each tree is a range scan of the index, not a filter of every unit.
        return rows("SELECT " + COLUMNS + " FROM unnest(cast(:lows AS text[]), cast(:highs AS text[])) AS tree(low, high) "
                        + "CROSS JOIN LATERAL (SELECT " + COLUMNS + " FROM unit_view WHERE path >= tree.low "
                        + "AND path < tree.high AND " + EXISTS_ON_DAY + " OFFSET 0) AS unit ORDER BY path",
                Map.of("lows", tops.stream().map(UnitRef::path).toArray(String[]::new),
                        "highs", tops.stream().map(top -> top.path().substring(0, top.path().length() - 1) + "0")
                                .toArray(String[]::new),
                        "day", day));
    }

    /**
     * {@code unitId} if it exists on {@code day}; else, if it was closed before, the successors it passed its work to
     * that exist then, transitively. Nothing for a unit not yet created or not yet known to this service.
     */
    public List<UnitRef> existingOn(long unitId, LocalDate day) {
        List<UnitRef> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Deque<Long> toVisit = new ArrayDeque<>(List.of(unitId));
        for (int hop = 0; !toVisit.isEmpty() && hop <= MAX_SUCCESSION_HOPS; hop++) {
            Map<Long, UnitRef> level = byIds(List.copyOf(toVisit));
            toVisit.clear();
            for (UnitRef unit : level.values()) {
                if (!seen.add(unit.unitId())) {
                    continue;
                }
                if (unit.isValidOn(day)) {
                    found.add(unit);
                } else if (unit.validTo() != null && unit.validTo().isBefore(day)) {
                    toVisit.addAll(successorsOf(unit.unitId()));
                }
            }
        }
        return found;
    }

    private List<Long> successorsOf(long unitId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery(
                        "SELECT successor_unit_id FROM unit_view_successor WHERE unit_id = :unit ORDER BY successor_unit_id")
                .setParameter("unit", unitId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private List<UnitRef> rows(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = query.getResultList();
        return tuples.stream().map(UnitDirectory::unit).toList();
    }

    private static UnitRef unit(Tuple row) {
        return new UnitRef(((Number) row.get("unit_id")).longValue(), (String) row.get("code"), (String) row.get("name"),
                (String) row.get("kind"), (String) row.get("level"), (String) row.get("path"),
                SqlValues.localDate(row.get("valid_from")), SqlValues.localDate(row.get("valid_to")));
    }
}
