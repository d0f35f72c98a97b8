package vn.culture.lifelong.events.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * This service's copy of an issued plan (from {@code plans.plans.v1}): its tasks and the units they name, which an
 * activity carrying out a task is checked against. Drafts are not kept.
 */
@Entity
@Table(name = "plan_view")
public class PlanView {

    public static final String ISSUED = "ISSUED";

    @Id
    @Column(name = "plan_id")
    public long planId;

    public String number;

    @Column(nullable = false)
    public String title;

    /** ISSUED, CLOSED or SUPERSEDED. */
    @Column(nullable = false)
    public String status;

    /** The plan's version in plans-service; an event with an older one changes nothing. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlanTask> tasks;

    /** Each unit code of the document → the unit (plans-service id) it named on the plan's reference day. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "unit_ids", nullable = false)
    public Map<String, Long> unitIds;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public Optional<PlanTask> task(String key) {
        return tasks.stream().filter(task -> task.key().equals(key)).findFirst();
    }
}
