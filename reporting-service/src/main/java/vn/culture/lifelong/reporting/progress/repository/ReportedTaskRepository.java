package vn.culture.lifelong.reporting.progress.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import vn.culture.lifelong.reporting.reports.domain.TaskProgress;

/** The progress of a plan's tasks as its reports tell it. */
@ApplicationScoped
public class ReportedTaskRepository {

    /** A task's progress as a unit last reported it in a year. */
    public record ReportedTask(String taskKey, long unitId, TaskProgress.Progress progress, String note, long reportId,
            String kind) {
    }

    private final EntityManager entityManager;

    public ReportedTaskRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * For each task and reporting unit under {@code pathPrefix}, the progress told by its latest report of the plan for
     * {@code year} in one of {@code statuses} (the annual report after the half-year's).
     */
    public List<ReportedTask> latest(long planId, int year, String pathPrefix, List<String> statuses) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("SELECT DISTINCT ON (t.task_key, o.unit_id) t.task_key, "
                        + "o.unit_id, t.progress, t.note, r.id AS report_id, o.kind FROM report_task t "
                        + "JOIN report r ON r.id = t.report_id JOIN obligation o ON o.id = r.obligation_id "
                        + "JOIN unit_view u ON u.unit_id = o.unit_id "
                        + "WHERE o.plan_id = :plan AND o.year = :year AND r.status = ANY (cast(:statuses AS text[])) "
                        + "AND u.path LIKE :subtree "
                        + "ORDER BY t.task_key, o.unit_id, coalesce(r.accepted_at, r.last_submitted_at) DESC, r.id DESC",
                        Tuple.class)
                .setParameter("plan", planId).setParameter("year", year).setParameter("subtree", pathPrefix + "%")
                .setParameter("statuses", statuses.toArray(String[]::new)).getResultList();
        return rows.stream().map(row -> new ReportedTask((String) row.get("task_key"), ((Number) row.get("unit_id")).longValue(),
                TaskProgress.Progress.valueOf((String) row.get("progress")), (String) row.get("note"),
                ((Number) row.get("report_id")).longValue(), (String) row.get("kind"))).toList();
    }
}
