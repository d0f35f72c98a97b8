package vn.culture.lifelong.reporting.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How far a task of the plan has come, as the reporting unit tells it. */
@Embeddable
public class TaskProgress {

    public enum Progress {
        NOT_STARTED,
        IN_PROGRESS,
        DONE,
        BLOCKED
    }

    @Column(name = "task_key", nullable = false)
    public String taskKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Progress progress = Progress.NOT_STARTED;

    public String note;
}
