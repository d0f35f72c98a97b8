package vn.culture.lifelong.reporting.imports.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.RulesBrokenException;
import vn.culture.lifelong.kit.problem.Violation;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.reporting.access.ReportingScope;
import vn.culture.lifelong.reporting.access.ReportingScopes;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.obligations.repository.ObligationRepository;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.plans.repository.PlanViewRepository;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;
import vn.culture.lifelong.reporting.reports.domain.ReportValue;
import vn.culture.lifelong.reporting.reports.domain.ValueType;
import vn.culture.lifelong.reporting.reports.repository.ReportRepository;
import vn.culture.lifelong.reporting.reports.service.ReportChecks;
import vn.culture.lifelong.reporting.reports.service.ReportDrafts;
import vn.culture.lifelong.reporting.reports.service.ReportLines;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;
import vn.culture.lifelong.units.domain.UnitView;

/**
 * Values pushed in bulk (by a provincial system or an officer) into the reports of the units they are of: each row
 * goes into the line of the report answering for its unit in its plan and period — the unit's own or that of the
 * nearest unit above it that owes one — a draft being laid out where none exists yet. Rows are checked as a whole
 * first: by default one refused row refuses the import and nothing is written; otherwise the others are written.
 * Every change is in its report's history. A dry run answers the same summary and writes nothing.
 */
@ApplicationScoped
public class DataValueImport {

    private final ReportingScopes scopes;
    private final UnitDirectory units;
    private final PlanViewRepository plans;
    private final ObligationRepository obligations;
    private final ReportRepository reports;
    private final ReportDrafts drafts;
    private final ReportLines lines;
    private final Clock clock;

    public DataValueImport(ReportingScopes scopes, UnitDirectory units, PlanViewRepository plans,
            ObligationRepository obligations, ReportRepository reports, ReportDrafts drafts, ReportLines lines, Clock clock) {
        this.scopes = scopes;
        this.units = units;
        this.plans = plans;
        this.obligations = obligations;
        this.reports = reports;
        this.drafts = drafts;
        this.lines = lines;
        this.clock = clock;
    }

    /** A row that can be written: the value, the line it goes into, and the report (maybe a draft not yet kept). */
    private record Write(Target target, ReportValue line, String unitCode, ReportLines.Value value) {
    }

    /** A report rows are written into, with its obligation; {@code kept} is false for a draft laid out here. */
    private static final class Target {
        final Obligation obligation;
        final Report report;
        boolean kept;

        Target(Obligation obligation, Report report, boolean kept) {
            this.obligation = obligation;
            this.report = report;
            this.kept = kept;
        }
    }

    private record Period(long plan, ObligationKind kind, int year) {
    }

    @Transactional
    public ImportSummary run(List<DataValue> rows, boolean dryRun, boolean atomic, Caller caller) {
        return run(rows, IntUnaryOperator.identity(), dryRun, atomic, caller);
    }

    /**
     * As {@link #run(List, boolean, boolean, Caller)}, each row named by its place among the rows of an upload
     * ({@code values[place]}, {@code positions} giving the place of each), some of which were left out (a
     * spreadsheet's lines left blank).
     */
    @Transactional
    public ImportSummary run(List<DataValue> rows, IntUnaryOperator positions, boolean dryRun, boolean atomic,
            Caller caller) {
        Lookup lookup = new Lookup(scopes.of(caller), caller, rows);
        List<ImportSummary.Refusal> refused = new ArrayList<>();
        List<Write> writes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = positions.applyAsInt(i);
            String at = "values[" + row + "]";
            List<Violation> broken = new ArrayList<>();
            Optional<Write> write = lookup.resolve(rows.get(i), at, broken);
            if (write.isPresent()) {
                Write found = write.get();
                if (seen.add(found.target().obligation.id + "/" + found.line().targetKey + "/" + found.line().unitId)) {
                    writes.add(found);
                } else {
                    broken.add(Violation.of(at, "report.line.twice", found.line().targetKey, found.unitCode()));
                }
            }
            broken.forEach(violation -> refused.add(new ImportSummary.Refusal(row, violation)));
        }
        if (atomic && !dryRun && !refused.isEmpty()) {
            throw new RulesBrokenException("problem.import.refused",
                    refused.stream().map(ImportSummary.Refusal::violation).toList());
        }
        Map<ReportLines.Change, Integer> changes = write(writes, caller);
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        int imported = changes.getOrDefault(ReportLines.Change.FILLED, 0);
        int updated = changes.getOrDefault(ReportLines.Change.CHANGED, 0);
        return new ImportSummary(rows.size(), imported, updated, changes.getOrDefault(ReportLines.Change.UNCHANGED, 0),
                refused, dryRun, !dryRun && imported + updated > 0);
    }

    private Map<ReportLines.Change, Integer> write(List<Write> writes, Caller caller) {
        OffsetDateTime now = Timestamps.now(clock);
        Map<ReportLines.Change, Integer> changes = new HashMap<>();
        for (Write write : writes) {
            Target target = write.target();
            if (!target.kept) {
                drafts.keep(target.report, target.obligation, caller);
                target.kept = true;
            }
            ReportLines.Change change = lines.write(target.report.id, write.line(), write.unitCode(), write.value(), caller, now);
            changes.merge(change, 1, Integer::sum);
            if (change != ReportLines.Change.UNCHANGED) {
                target.report.updatedBy = caller.name();
                target.report.updatedAt = now;
            }
        }
        reports.flush();
        return changes;
    }

    /** What the rows name, looked up a set at a time: units by code, plans, and the reports answering for each unit. */
    private final class Lookup {

        private final ReportingScope scope;
        private final Caller caller;
        private final Map<String, UnitRef> unitsByCode;
        private final Map<Long, Optional<PlanView>> plansById = new HashMap<>();
        private final Map<Period, Map<Long, Obligation>> obligationsByPeriod = new HashMap<>();
        private final Map<Long, Target> targetsByObligation = new HashMap<>();
        /** The units owing reports, if the caller may report for them. */
        private final Map<Long, Optional<UnitRef>> reportersById = new HashMap<>();

        Lookup(ReportingScope scope, Caller caller, List<DataValue> rows) {
            this.scope = scope;
            this.caller = caller;
            this.unitsByCode = units.byCodes(rows.stream().map(DataValue::unit).filter(code -> code != null).collect(Collectors.toSet()));
            Map<Period, Set<Long>> unitsOnPaths = new LinkedHashMap<>();
            for (DataValue row : rows) {
                UnitRef unit = row.unit() == null ? null : unitsByCode.get(row.unit());
                if (unit != null && row.plan() != null && row.kind() != null && row.year() != null) {
                    unitsOnPaths.computeIfAbsent(new Period(row.plan(), row.kind(), row.year()), period -> new HashSet<>())
                            .addAll(UnitView.idsOnPath(unit.path()));
                }
            }
            unitsOnPaths.forEach((period, unitIds) -> obligationsByPeriod.put(period, owedBy(period, unitIds)));
            List<Long> reportIds = obligationsByPeriod.values().stream().flatMap(owed -> owed.values().stream())
                    .map(obligation -> obligation.reportId).filter(id -> id != null).toList();
            Map<Long, Report> existing = reportIds.isEmpty() ? Map.of()
                    : reports.list("id in ?1", reportIds).stream().collect(Collectors.toMap(report -> report.id, report -> report));
            obligationsByPeriod.values().forEach(owed -> owed.values().stream().filter(obligation -> obligation.reportId != null)
                    .forEach(obligation -> targetsByObligation.put(obligation.id,
                            new Target(obligation, existing.get(obligation.reportId), true))));
        }

        private Map<Long, Obligation> owedBy(Period period, Collection<Long> unitIds) {
            Map<Long, Obligation> owed = new HashMap<>();
            obligations.periodicFor(period.plan(), period.kind(), period.year(), unitIds)
                    .forEach(obligation -> owed.putIfAbsent(obligation.unitId, obligation));
            return owed;
        }

        /** The write {@code row} asks for, or nothing, with what it breaks added to {@code broken}. */
        Optional<Write> resolve(DataValue row, String at, List<Violation> broken) {
            required(row.plan(), at + ".plan", broken);
            required(row.unit(), at + ".unit", broken);
            required(row.year(), at + ".year", broken);
            required(row.kind(), at + ".kind", broken);
            required(row.indicator(), at + ".indicator", broken);
            if (!broken.isEmpty()) {
                return Optional.empty();
            }
            if (row.kind() == ObligationKind.AD_HOC) {
                broken.add(Violation.of(at + ".kind", "import.kind.periodic"));
                return Optional.empty();
            }
            UnitRef unit = unitsByCode.get(row.unit());
            if (unit == null || !scope.covers(unit)) {
                // Another province's unit is answered as an unknown one: probing codes tells nothing.
                broken.add(Violation.of(at + ".unit", "import.unit.outside", row.unit()));
                return Optional.empty();
            }
            if (plansById.computeIfAbsent(row.plan(), plans::findForReading).isEmpty()) {
                broken.add(Violation.of(at + ".plan", "plan.not.found", row.plan()));
                return Optional.empty();
            }
            Optional<Target> target = reportFor(unit, new Period(row.plan(), row.kind(), row.year()));
            if (target.isEmpty()) {
                broken.add(Violation.of(at + ".unit", "import.report.none", row.unit(), row.plan(), row.kind(), row.year()));
                return Optional.empty();
            }
            Report report = target.get().report;
            if (!ReportStatus.Step.EDIT.isAllowedFrom(report.status)) {
                broken.add(Violation.of(at, "import.report.locked", report.id, report.status));
                return Optional.empty();
            }
            List<ReportValue> candidates = report.values.stream()
                    .filter(line -> line.unitId == unit.unitId() && line.indicator.equals(row.indicator())
                            && (row.target() == null || line.targetKey.equals(row.target())))
                    .toList();
            if (candidates.size() != 1) {
                broken.add(candidates.isEmpty()
                        ? Violation.of(at + (row.target() == null ? ".indicator" : ".target"), "report.line.unknown",
                                row.target() == null ? row.indicator() : row.target(), row.unit())
                        : Violation.of(at + ".target", "import.target.ambiguous", row.indicator(), row.unit()));
                return Optional.empty();
            }
            ReportValue line = candidates.get(0);
            ReportLines.Value value = new ReportLines.Value(row.value(), row.numerator(), row.denominator());
            broken.addAll(ReportChecks.ofValue(value, line.valueType, at));
            if (broken.isEmpty()) {
                checkWhole(value, line.valueType, at, broken);
            }
            return broken.isEmpty() ? Optional.of(new Write(target.get(), line, unit.code(), value)) : Optional.empty();
        }

        /** The report answering for {@code unit}: of the unit itself, else of the nearest unit above it that owes one. */
        private Optional<Target> reportFor(UnitRef unit, Period period) {
            return unit.nearestIn(obligationsByPeriod.getOrDefault(period, Map.of())).flatMap(obligation -> {
                Optional<UnitRef> reporter = reportersById.computeIfAbsent(obligation.unitId,
                        id -> units.byIds(List.of(id)).values().stream().findFirst().filter(scope::mayReport));
                return reporter.map(found -> targetsByObligation.computeIfAbsent(obligation.id, id -> new Target(obligation,
                        drafts.layOut(obligation, plansById.get(period.plan()).orElseThrow(), found, caller), false)));
            });
        }
    }

    /** A pushed value must be whole: a value, or a numerator with a denominator it does not exceed. */
    private static void checkWhole(ReportLines.Value value, ValueType type, String at, List<Violation> broken) {
        if (type != ValueType.RATIO) {
            if (value.value() == null || value.value().isNull()) {
                broken.add(Violation.of(at + ".value", "import.value.missing"));
            }
        } else if (value.numerator() == null || value.denominator() == null) {
            broken.add(Violation.of(at + (value.numerator() == null ? ".numerator" : ".denominator"), "report.value.ratio"));
        } else if (value.numerator().compareTo(value.denominator()) > 0) {
            broken.add(Violation.of(at + ".numerator", "import.value.numerator-above", value.numerator().toPlainString(),
                    value.denominator().toPlainString()));
        }
    }

    private static void required(Object given, String field, List<Violation> broken) {
        if (given == null || given instanceof String text && text.isBlank()) {
            broken.add(Violation.of(field, "import.field.required"));
        }
    }
}
