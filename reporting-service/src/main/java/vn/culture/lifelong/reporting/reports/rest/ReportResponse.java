package vn.culture.lifelong.reporting.reports.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.kit.rest.ExpectedVersion;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.obligations.domain.Timeliness;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;
import vn.culture.lifelong.reporting.plans.domain.PlanTask;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;
import vn.culture.lifelong.reporting.reports.domain.ReportValue;
import vn.culture.lifelong.reporting.reports.domain.TaskProgress;
import vn.culture.lifelong.reporting.reports.domain.ValueType;
import vn.culture.lifelong.reporting.reports.service.ReportContext;
import vn.culture.lifelong.reporting.reports.service.ReportDetails;

@Schema(name = "Report", description = "A report answering one obligation; its ETag is its version")
public record ReportResponse(
        long id, long obligationId, long planId,
        @Schema(examples = "207/KH-UBND") String planNumber,
        @Schema(examples = "06184") String unitCode,
        @Schema(examples = "20") String receivingUnitCode,
        ObligationKind kind, int year, String title, LocalDate dataFrom, LocalDate dataTo,
        @Schema(description = "Empty where the plan sets no deadline") LocalDate dueDate,
        ReportStatus status, long version, Timeliness timeliness,
        @Schema(description = "Timeliness is judged by this one") OffsetDateTime firstSubmittedAt,
        OffsetDateTime lastSubmittedAt, OffsetDateTime acceptedAt, int returnCount,
        List<Line> lines, List<Task> tasks,
        @Schema(description = "Kết quả thực hiện") String results,
        @Schema(description = "Khó khăn, vướng mắc") String difficulties,
        @Schema(description = "Đề xuất, kiến nghị") String proposals,
        String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {

    /** One target's value for one unit, with what the plan sets for the year. */
    @Schema(name = "ReportLine")
    public record Line(
            @Schema(examples = "T01") String target,
            @Schema(examples = "LIB_READER_VISITS") String indicator,
            @Schema(examples = "06184") String unitCode,
            String unitName,
            ValueType valueType,
            @Schema(description = "A number (NUMBER) or true/false (YES_NO); empty until answered",
                    oneOf = {BigDecimal.class, Boolean.class}) Object value,
            @Schema(description = "RATIO only") BigDecimal numerator,
            @Schema(description = "RATIO only") BigDecimal denominator,
            @Schema(description = "The plan's target for the year: at least") BigDecimal targetMin,
            @Schema(description = "The plan's target for the year: at most") BigDecimal targetMax,
            @Schema(description = "Counted from the calendar: the activities held by the unit and the units under it "
                    + "in the data window; false once the reporter writes a value of their own") boolean fromCalendar,
            @Schema(description = "The activities counted, by id (events-service's)") List<Long> activities) {
    }

    @Schema(name = "ReportTask")
    public record Task(@Schema(examples = "NV01") String task, String content, TaskProgress.Progress progress, String note) {
    }

    /** {@code builder} with the report as body and its version as ETag. */
    public static Response answer(ReportDetails details, Response.ResponseBuilder builder) {
        return builder.entity(of(details)).tag(ExpectedVersion.etag(details.context().report().version)).build();
    }

    public static ReportResponse of(ReportDetails details) {
        ReportContext context = details.context();
        Report report = context.report();
        Obligation obligation = context.obligation();
        Map<String, PlanTarget> targets = context.plan().targets.stream()
                .collect(Collectors.toMap(PlanTarget::key, Function.identity(), (first, second) -> first));
        Map<String, PlanTask> tasks = context.plan().tasks.stream()
                .collect(Collectors.toMap(PlanTask::key, Function.identity(), (first, second) -> first));
        return new ReportResponse(report.id, obligation.id, obligation.planId, context.plan().number,
                context.reporter().code(), context.receiver().code(), obligation.kind, obligation.year, obligation.title,
                obligation.dataFrom, obligation.dataTo, obligation.dueDate, report.status, report.version,
                details.timeliness(), report.firstSubmittedAt, report.lastSubmittedAt, report.acceptedAt,
                report.returnCount,
                report.values.stream().map(value -> line(value, context, targets.get(value.targetKey))).toList(),
                report.tasks.stream().map(task -> new Task(task.taskKey,
                        Optional.ofNullable(tasks.get(task.taskKey)).map(PlanTask::content).orElse(null), task.progress,
                        task.note)).toList(),
                report.results, report.difficulties, report.proposals, report.createdBy, report.createdAt,
                report.updatedBy, report.updatedAt);
    }

    private static Line line(ReportValue value, ReportContext context, PlanTarget target) {
        Optional<PlanTarget.Value> forYear = Optional.ofNullable(target).flatMap(t -> t.valueIn(value.year));
        Object answer = switch (value.valueType) {
            case NUMBER -> value.numberValue == null ? null : value.numberValue.stripTrailingZeros();
            case YES_NO -> value.yesNo;
            case RATIO -> null;
        };
        var unit = context.units().get(value.unitId);
        return new Line(value.targetKey, value.indicator, unit == null ? null : unit.code(),
                unit == null ? null : unit.name(), value.valueType, answer,
                value.numerator == null ? null : value.numerator.stripTrailingZeros(),
                value.denominator == null ? null : value.denominator.stripTrailingZeros(),
                forYear.map(PlanTarget.Value::min).orElse(null), forYear.map(PlanTarget.Value::max).orElse(null),
                value.fromCalendar, value.fromCalendar ? value.calendarActivities : List.of());
    }
}
