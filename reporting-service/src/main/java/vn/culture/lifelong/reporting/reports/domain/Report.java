package vn.culture.lifelong.reporting.reports.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * A report answering one obligation: a value per target and unit it answers for, progress per task, and the
 * narrative (results, difficulties, proposals). Its lines are laid out when the draft is created and only their
 * values change afterwards.
 */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "obligation_id", nullable = false, unique = true, updatable = false)
    public long obligationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status = ReportStatus.DRAFT;

    /** Kết quả thực hiện. */
    public String results;

    /** Khó khăn, vướng mắc. */
    public String difficulties;

    /** Đề xuất, kiến nghị. */
    public String proposals;

    /** Timeliness is judged by the first submission: a return and a second one do not make a late report on time. */
    @Column(name = "first_submitted_at")
    public OffsetDateTime firstSubmittedAt;

    @Column(name = "last_submitted_at")
    public OffsetDateTime lastSubmittedAt;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "return_count", nullable = false)
    public int returnCount;

    @Version
    public long version;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Read back in one order, by target and unit: the lines' indices in problems ({@code lines[2]}) stay put. */
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "report_value", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("targetKey, unitId")
    public List<ReportValue> values = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "report_task", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("taskKey")
    public List<TaskProgress> tasks = new ArrayList<>();
}
