package vn.culture.lifelong.reporting.reports.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.culture.lifelong.kit.outbox.OutgoingEvent;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;
import vn.culture.lifelong.reporting.units.domain.UnitRef;

/**
 * The events of {@code reporting.reports.v1}, keyed by report id so that one report's steps keep their order. Each
 * carries the report as it is after the step, with its lines ({@code events/reporting.report.v1.schema.json}).
 */
public sealed interface ReportEvent extends OutgoingEvent permits ReportEvent.Submitted, ReportEvent.Returned,
        ReportEvent.Accepted, ReportEvent.Reopened {

    String TOPIC = "reporting.reports.v1";

    /** The payload of every report event; {@code reason} is the return's or reopening's. */
    record Data(long id, long obligationId, long planId, String planNumber, String kind, int year, LocalDate dataFrom,
            LocalDate dataTo, LocalDate dueDate, long unitId, String unitCode, long receivingUnitId,
            String receivingUnitCode, String status, long version, OffsetDateTime firstSubmittedAt, int returnCount,
            List<Line> lines, List<Task> tasks, String reason, String changedBy) {

        public static Data of(Report report, Obligation obligation, PlanView plan, Map<Long, UnitRef> units, String reason) {
            return new Data(report.id, obligation.id, plan.planId, plan.number, obligation.kind.name(), obligation.year,
                    obligation.dataFrom, obligation.dataTo, obligation.dueDate, obligation.unitId,
                    units.get(obligation.unitId).code(), obligation.receivingUnitId,
                    units.get(obligation.receivingUnitId).code(), report.status.name(), report.version,
                    report.firstSubmittedAt, report.returnCount,
                    report.values.stream().map(value -> new Line(value.targetKey, value.indicator, value.unitId,
                            units.get(value.unitId).code(), value.valueType.name(), value.numberValue, value.yesNo,
                            value.numerator, value.denominator)).toList(),
                    report.tasks.stream().map(task -> new Task(task.taskKey, task.progress.name(), task.note)).toList(),
                    reason, report.updatedBy);
        }
    }

    /** One value: {@code number} for NUMBER, {@code yesNo} for YES_NO, numerator and denominator for RATIO. */
    record Line(String target, String indicator, long unitId, String unitCode, String valueType, BigDecimal number,
            Boolean yesNo, BigDecimal numerator, BigDecimal denominator) {
    }

    record Task(String task, String progress, String note) {
    }

    record Submitted(Data data, OffsetDateTime time) implements ReportEvent {

        public static final String TYPE = "reporting.report.submitted.v1";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record Returned(Data data, OffsetDateTime time) implements ReportEvent {

        public static final String TYPE = "reporting.report.returned.v1";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record Accepted(Data data, OffsetDateTime time) implements ReportEvent {

        public static final String TYPE = "reporting.report.accepted.v1";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record Reopened(Data data, OffsetDateTime time) implements ReportEvent {

        public static final String TYPE = "reporting.report.reopened.v1";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The event a step of the report's life publishes, built from the report as the step left it. */
    static ReportEvent after(ReportStatus.Step step, Data data, OffsetDateTime time) {
        return switch (step) {
            case SUBMIT -> new Submitted(data, time);
            case RETURN -> new Returned(data, time);
            case ACCEPT -> new Accepted(data, time);
            case REOPEN -> new Reopened(data, time);
            case EDIT -> throw new IllegalArgumentException("Edits of a draft are not published");
        };
    }

    @Override
    Data data();

    @Override
    default String topic() {
        return TOPIC;
    }

    @Override
    default String subject() {
        return Long.toString(data().id());
    }
}
