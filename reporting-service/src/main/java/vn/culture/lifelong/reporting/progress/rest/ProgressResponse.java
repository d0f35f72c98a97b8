package vn.culture.lifelong.reporting.progress.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.reporting.consolidation.domain.Basis;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;
import vn.culture.lifelong.reporting.progress.domain.AddUp;
import vn.culture.lifelong.reporting.progress.domain.Status;
import vn.culture.lifelong.reporting.progress.service.PlanProgress;
import vn.culture.lifelong.reporting.reports.domain.TaskProgress;

@Schema(name = "PlanProgress", description = "How far a plan's targets and tasks have come in a year, in a unit's tree")
public record ProgressResponse(
        long planId,
        @Schema(examples = "1133/KH-UBND") String planNumber,
        String planTitle,
        int year,
        @Schema(examples = "12") String unitCode,
        String unitName,
        @Schema(description = "ACCEPTED: accepted reports only; SUBMITTED: submitted ones too") Basis counted,
        @Schema(description = "The day (Vietnam) the statuses were judged on") LocalDate asOf,
        List<TargetLine> targets,
        List<TaskLine> tasks) {

    @Schema(name = "TargetProgress")
    public record TargetLine(
            @Schema(examples = "T01") String target,
            @Schema(examples = "LIB_READER_VISITS") String indicator,
            @Schema(examples = "RANGE") String kind,
            @Schema(description = "The values hold for each unit of the scope: the actual counts the units meeting them")
            boolean eachUnit,
            @Schema(description = "The target for the year: at least this (percent for coverage, share and growth)")
            BigDecimal targetMin,
            @Schema(description = "At most this (ranges)") BigDecimal targetMax,
            boolean exclusiveMin,
            @Schema(description = "Count out of a total: the total") Integer outOf,
            @Schema(description = "What the year asks for when computed: a growth compounded from its baseline; "
                    + "a recurring target's times per cycle") BigDecimal required,
            @Schema(description = "Milestones: the day it must be done by") LocalDate dueBy,
            @Schema(description = "The consolidated actual over the target's scope, in the target's terms") BigDecimal actual,
            @Schema(description = "ANNUAL, or HALF_YEAR while the year's reports are not in") String basis,
            @Schema(description = "The half-year's actual projected to the year (summed numbers doubled)") BigDecimal projected,
            Status status,
            @Schema(description = "Units of the scope whose values are behind the actual") int unitsReported,
            @Schema(description = "Units of the scope, as they stood on the period's last day") long unitsInScope,
            @Schema(description = "The plans implementing this one: their targets on the same indicator") List<ChildLine> children,
            @Schema(description = "Whether the children's targets add up to this one (summed targets only)") AddUp childrenAddUp) {
    }

    @Schema(name = "TargetProgressOfChildPlan")
    public record ChildLine(long planId, String planNumber, String planTitle, TargetLine target) {
    }

    @Schema(name = "TaskProgressLine")
    public record TaskLine(
            @Schema(examples = "NV01") String task,
            String content,
            @Schema(description = "How many units reported each progress") Map<TaskProgress.Progress, Long> byProgress,
            List<ReportedLine> reported) {
    }

    @Schema(name = "TaskProgressReported")
    public record ReportedLine(String unitCode, String unitName, PlanProgress.Role role, TaskProgress.Progress progress,
            String note, long reportId, @Schema(description = "HALF_YEAR or ANNUAL") String kind) {
    }

    public static ProgressResponse of(PlanProgress progress) {
        return new ProgressResponse(progress.plan().planId, progress.plan().number, progress.plan().title, progress.year(),
                progress.unit().code(), progress.unit().name(), progress.basis(), progress.asOf(),
                progress.targets().stream().map(ProgressResponse::line).toList(),
                progress.tasks().stream().map(ProgressResponse::task).toList());
    }

    private static TargetLine line(PlanProgress.Target progress) {
        PlanTarget target = progress.target();
        PlanTarget.Value value = progress.value().orElse(null);
        return new TargetLine(target.key(), target.indicator(), target.kind(), target.eachUnit(),
                value == null ? null : value.min(), value == null ? null : value.max(),
                value != null && value.exclusiveMin(), value == null ? null : value.outOf(),
                progress.evaluation().required(), target.dueBy(), progress.evaluation().actual(),
                progress.evaluation().basis(), progress.evaluation().projected(), progress.evaluation().status(),
                progress.unitsReported(), progress.unitsInScope(),
                progress.children().stream().map(child -> new ChildLine(child.plan().planId, child.plan().number,
                        child.plan().title, line(child))).toList(),
                progress.addUp().orElse(null));
    }

    private static TaskLine task(PlanProgress.Task task) {
        Map<TaskProgress.Progress, Long> byProgress = new TreeMap<>();
        task.reported().forEach(reported -> byProgress.merge(reported.progress(), 1L, Long::sum));
        return new TaskLine(task.task().key(), task.task().content(), byProgress, task.reported().stream()
                .map(reported -> new ReportedLine(reported.unit().code(), reported.unit().name(), reported.role(),
                        reported.progress(), reported.note(), reported.reportId(), reported.kind()))
                .toList());
    }
}
