package vn.culture.lifelong.reporting.obligations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import vn.culture.lifelong.kit.persistence.SqlValues;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.rest.PageRequest;
import vn.culture.lifelong.kit.rest.PageResponse;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.reporting.access.ReportingScope;
import vn.culture.lifelong.reporting.access.ReportingScopes;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.obligations.domain.ObligationStatus;
import vn.culture.lifelong.reporting.obligations.domain.Timeliness;
import vn.culture.lifelong.reporting.obligations.repository.ObligationRepository;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;

/**
 * Lists obligations, within what the caller may read, in one SQL query over the obligations and the unit read model's
 * paths: a reminder list of a province's overdue reports reads an index, not every obligation.
 */
@ApplicationScoped
public class ObligationService {

    private static final String ROWS = "SELECT o.id, o.plan_id, p.number, u.code AS unit_code, "
            + "u.name AS unit_name, r.code AS receiving_code, o.kind, o.year, o.title, o.data_from, o.data_to, "
            + "o.due_date, o.deadline, o.status, o.report_id, o.first_submitted_at, o.return_count";
    private static final String ORDER = " ORDER BY o.due_date NULLS LAST, u.path, o.id";
    /** Rows a cursor brings from PostgreSQL at a time. */
    private static final int FETCH_SIZE = 500;

    private final EntityManager entityManager;
    private final ReportingScopes scopes;
    private final UnitDirectory units;
    private final Clock clock;

    public ObligationService(EntityManager entityManager, ReportingScopes scopes, UnitDirectory units, Clock clock) {
        this.entityManager = entityManager;
        this.scopes = scopes;
        this.units = units;
        this.clock = clock;
    }

    /**
     * The obligations a search selects within what the caller may read, as the SQL that reads them, with the units it
     * names; made (and its unknown units refused) before any obligation is read.
     */
    public record Selection(ObligationSearch search, Optional<UnitRef> unit, Optional<UnitRef> receivingUnit,
            OffsetDateTime now, String from, Map<String, Object> parameters) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ObligationRow> list(ObligationSearch search, PageRequest page, Caller caller) {
        Selection selection = select(search, caller);
        Query count = entityManager.createNativeQuery("SELECT count(*)" + selection.from());
        selection.parameters().forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        Query rows = entityManager.createNativeQuery(ROWS + selection.from() + ORDER, Tuple.class);
        selection.parameters().forEach(rows::setParameter);
        rows.setFirstResult(page.page() * page.size()).setMaxResults(page.size());
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = rows.getResultList();
        return PageResponse.of(tuples.stream().map(row -> row(row, selection.now())).toList(), page, total);
    }

    /**
     * Every obligation {@code selection} selects, in the list's order, read from a cursor in one read transaction a
     * few hundred rows at a time: a country's obligations never sit in memory together.
     */
    @Transactional
    public void eachRow(Selection selection, Consumer<ObligationRow> rows) {
        Query query = entityManager.createNativeQuery(ROWS + selection.from() + ORDER, Tuple.class)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE);
        selection.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        Stream<Tuple> tuples = query.getResultStream();
        try (tuples) {
            tuples.forEach(row -> rows.accept(row(row, selection.now())));
        }
    }

    /** The obligations {@code search} selects that {@code caller} may read; 404 for a unit code nobody bears. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Selection select(ObligationSearch search, Caller caller) {
        ReportingScope scope = scopes.of(caller);
        OffsetDateTime now = Timestamps.now(clock);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        scope.readablePrefix().ifPresent(prefix -> {
            conditions.add("(u.path LIKE :readable OR r.path LIKE :readable)");
            parameters.put("readable", prefix + "%");
        });
        Optional<UnitRef> owedWithin = search.unit().map(this::unit);
        owedWithin.ifPresent(unit -> {
            conditions.add("u.path LIKE :owedWithin");
            parameters.put("owedWithin", unit.path() + "%");
        });
        Optional<UnitRef> receiving = search.receivingUnit().map(this::unit);
        receiving.ifPresent(unit -> {
            conditions.add("o.receiving_unit_id = :receiving");
            parameters.put("receiving", unit.unitId());
        });
        search.plan().ifPresent(plan -> {
            conditions.add("o.plan_id = :plan");
            parameters.put("plan", plan);
        });
        search.year().ifPresent(year -> {
            conditions.add("o.year = :year");
            parameters.put("year", year);
        });
        search.kind().ifPresent(kind -> {
            conditions.add("o.kind = :kind");
            parameters.put("kind", kind.name());
        });
        search.status().ifPresent(status -> {
            conditions.add("o.status = :status");
            parameters.put("status", status.name());
        });
        search.timeliness().ifPresent(timeliness -> {
            conditions.add(ObligationRepository.timelinessCondition(timeliness));
            if (timeliness == Timeliness.PENDING || timeliness == Timeliness.OVERDUE) {
                parameters.put("now", now);
            }
        });
        search.dueBy().ifPresent(day -> {
            conditions.add("o.due_date <= :dueBy");
            parameters.put("dueBy", day);
        });
        String from = " FROM obligation o JOIN plan_view p ON p.plan_id = o.plan_id "
                + "JOIN unit_view u ON u.unit_id = o.unit_id JOIN unit_view r ON r.unit_id = o.receiving_unit_id"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        return new Selection(search, owedWithin, receiving, now, from, Collections.unmodifiableMap(parameters));
    }

    private UnitRef unit(String code) {
        return units.byCode(code).orElseThrow(() -> new NotFoundException("unit.not.found", code));
    }

    private static ObligationRow row(Tuple row, OffsetDateTime now) {
        OffsetDateTime deadline = SqlValues.offsetDateTime(row.get("deadline"));
        OffsetDateTime firstSubmittedAt = SqlValues.offsetDateTime(row.get("first_submitted_at"));
        return new ObligationRow(((Number) row.get("id")).longValue(), ((Number) row.get("plan_id")).longValue(),
                (String) row.get("number"), (String) row.get("unit_code"), (String) row.get("unit_name"),
                (String) row.get("receiving_code"), ObligationKind.valueOf((String) row.get("kind")),
                ((Number) row.get("year")).intValue(), (String) row.get("title"), SqlValues.localDate(row.get("data_from")),
                SqlValues.localDate(row.get("data_to")), SqlValues.localDate(row.get("due_date")),
                ObligationStatus.valueOf((String) row.get("status")), SqlValues.longValue(row.get("report_id")),
                Timeliness.of(deadline, firstSubmittedAt, now), ((Number) row.get("return_count")).intValue());
    }
}
