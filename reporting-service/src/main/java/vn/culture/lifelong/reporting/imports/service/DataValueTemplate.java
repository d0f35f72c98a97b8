package vn.culture.lifelong.reporting.imports.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.reporting.access.ReportingScope;
import vn.culture.lifelong.reporting.access.ReportingScopes;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.obligations.repository.ObligationRepository;
import vn.culture.lifelong.reporting.plans.domain.IndicatorView;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.reporting.plans.repository.PlanViewRepository;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;
import vn.culture.lifelong.reporting.reports.domain.ReportValue;
import vn.culture.lifelong.reporting.reports.domain.ValueType;
import vn.culture.lifelong.reporting.reports.repository.ReportRepository;
import vn.culture.lifelong.reporting.reports.service.ReportLayout;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;
import vn.culture.lifelong.units.domain.UnitView;

/**
 * The lines a bulk import of a plan's period in a unit's tree can fill, with their values where there are some: every
 * line of the reports the caller may write into (drafts and returned reports, and the drafts not yet started, laid
 * out as they would be) for the units of the tree, each in the report an import of its unit writes into (the unit's
 * own, or that of the nearest unit above it owing one). Nothing is kept: drafts are laid out, not saved.
 */
@ApplicationScoped
public class DataValueTemplate {

    /** Obligations whose reports are read, or laid out, at a time. */
    private static final int CHUNK = 100;

    /** A template asked for, checked and allowed before any line is read. */
    public record Template(PlanView plan, UnitRef unit, ObligationKind kind, int year, Caller caller,
            boolean hasYesNo) {
    }

    /** A line to fill: the import's columns, and what helps a person fill it. */
    public record Line(long plan, UnitRef unit, int year, ObligationKind kind, String indicator, String indicatorName,
            String target, ValueType valueType, BigDecimal number, Boolean yesNo, BigDecimal numerator,
            BigDecimal denominator, Long reportId, ReportStatus reportStatus) {
    }

    private final PlanViewRepository plans;
    private final IndicatorViewRepository indicators;
    private final ReportingScopes scopes;
    private final UnitDirectory units;
    private final ObligationRepository obligations;
    private final ReportRepository reports;
    private final ReportLayout layout;
    private final EntityManager entityManager;

    public DataValueTemplate(PlanViewRepository plans, IndicatorViewRepository indicators, ReportingScopes scopes,
            UnitDirectory units, ObligationRepository obligations, ReportRepository reports, ReportLayout layout,
            EntityManager entityManager) {
        this.plans = plans;
        this.indicators = indicators;
        this.scopes = scopes;
        this.units = units;
        this.obligations = obligations;
        this.reports = reports;
        this.layout = layout;
        this.entityManager = entityManager;
    }

    /** The template of a plan's period in {@code unitCode}'s tree (the caller's unit by default): 400, 403, 404 here. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Template template(long planId, int year, ObligationKind kind, Optional<String> unitCode, Caller caller) {
        if (kind == ObligationKind.AD_HOC) {
            throw new InvalidRequestException("kind", "import.kind.periodic");
        }
        PlanView plan = plans.findForReading(planId)
                .orElseThrow(() -> new NotFoundException("plan.not.found", Long.toString(planId)));
        UnitRef unit = scopes.treeToRead(unitCode, caller);
        boolean hasYesNo = plan.targets.stream().map(target -> indicators.findById(target.indicator()))
                .anyMatch(indicator -> indicator != null && ValueType.YES_NO.name().equals(indicator.valueType));
        return new Template(plan, unit, kind, year, caller, hasYesNo);
    }

    /** Every line, in one read transaction (rolled back: nothing laid out is kept). */
    @Transactional
    public List<Line> lines(Template template) {
        List<Line> lines = new ArrayList<>();
        eachLine(template, lines::add);
        return lines;
    }

    /**
     * Every line, reports in the order of their units' paths, lines in each report's order; read, or laid out, a
     * hundred reports at a time, so that a country's lines never sit in memory together.
     */
    @Transactional
    public void eachLine(Template template, Consumer<Line> lines) {
        try {
            readLines(template, lines);
        } finally {
            QuarkusTransaction.setRollbackOnly();
        }
    }

    private void readLines(Template template, Consumer<Line> lines) {
        ReportingScope scope = scopes.of(template.caller());
        PlanView plan = plans.findForReading(template.plan().planId)
                .orElseThrow(() -> new NotFoundException("plan.not.found", Long.toString(template.plan().planId)));
        Map<Long, Long> owedBy = owedBy(template);
        Map<String, Optional<IndicatorView>> named = new HashMap<>();
        List<Long> ids = List.copyOf(owedBy.values());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, Obligation> owed = obligations.list("id in ?1", chunk).stream()
                    .collect(Collectors.toMap(obligation -> obligation.id, obligation -> obligation));
            Map<Long, UnitRef> reporters = units.byIds(owed.values().stream().map(obligation -> obligation.unitId).toList());
            List<Long> started = owed.values().stream().map(obligation -> obligation.reportId).filter(id -> id != null)
                    .toList();
            Map<Long, Report> existing = started.isEmpty() ? Map.of() : reports.list("id in ?1", started).stream()
                    .collect(Collectors.toMap(report -> report.id, report -> report));
            List<Fillable> toFill = new ArrayList<>();
            for (Long id : chunk) {
                Obligation obligation = owed.get(id);
                UnitRef reporter = obligation == null ? null : reporters.get(obligation.unitId);
                if (reporter == null || !scope.mayReport(reporter)) {
                    continue;
                }
                if (obligation.reportId == null) {
                    // The lines the draft an import lays out would have (ReportDrafts.layOut), without its tasks.
                    toFill.add(new Fillable(obligation, null, layout.lines(plan, obligation, reporter)));
                } else {
                    Optional.ofNullable(existing.get(obligation.reportId))
                            .filter(report -> ReportStatus.Step.EDIT.isAllowedFrom(report.status))
                            .ifPresent(report -> toFill.add(new Fillable(obligation, report, report.values)));
                }
            }
            Map<Long, UnitRef> lineUnits = units.byIds(toFill.stream().flatMap(fillable -> fillable.lines().stream())
                    .map(line -> line.unitId).distinct().toList());
            for (Fillable fillable : toFill) {
                for (ReportValue line : fillable.lines()) {
                    UnitRef unit = lineUnits.get(line.unitId);
                    if (unit != null && unit.isInSubtreeOf(template.unit()) && unit.nearestIn(owedBy)
                            .filter(obligation -> obligation == fillable.obligation().id).isPresent()) {
                        lines.accept(line(line, unit, fillable, named));
                    }
                }
            }
            // What this chunk read is not needed again.
            entityManager.clear();
        }
    }

    /**
     * The periodic obligations of the template's plan and period owed in its unit's tree or above it, the first of each
     * unit as the import takes them (by regime key), by unit id, in the order of their units' paths.
     */
    private Map<Long, Long> owedBy(Template template) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("SELECT o.id, o.unit_id FROM obligation o "
                        + "JOIN unit_view u ON u.unit_id = o.unit_id WHERE o.plan_id = :plan AND o.kind = :kind "
                        + "AND o.year = :year AND o.regime_key IS NOT NULL "
                        + "AND (u.path LIKE :subtree OR o.unit_id = ANY (cast(:above AS bigint[]))) "
                        + "ORDER BY u.path, o.regime_key", Tuple.class)
                .setParameter("plan", template.plan().planId).setParameter("kind", template.kind().name())
                .setParameter("year", template.year()).setParameter("subtree", template.unit().path() + "%")
                .setParameter("above", UnitView.idsOnPath(template.unit().path()).toArray(Long[]::new))
                .getResultList();
        Map<Long, Long> owedBy = new LinkedHashMap<>();
        rows.forEach(row -> owedBy.putIfAbsent(((Number) row.get("unit_id")).longValue(),
                ((Number) row.get("id")).longValue()));
        return owedBy;
    }

    /** An obligation's report (none yet: its lines laid out) and its lines. */
    private record Fillable(Obligation obligation, Report report, List<ReportValue> lines) {
    }

    private Line line(ReportValue line, UnitRef unit, Fillable fillable, Map<String, Optional<IndicatorView>> named) {
        Function<String, Optional<IndicatorView>> find = code -> Optional.ofNullable(indicators.findById(code));
        String indicatorName = named.computeIfAbsent(line.indicator, find).map(indicator -> indicator.nameVi).orElse(null);
        Optional<Report> report = Optional.ofNullable(fillable.report());
        return new Line(line.planId, unit, fillable.obligation().year, fillable.obligation().kind, line.indicator,
                indicatorName, line.targetKey, line.valueType, line.numberValue, line.yesNo, line.numerator,
                line.denominator, report.map(found -> found.id).orElse(null), report.map(found -> found.status).orElse(null));
    }
}
