package vn.culture.lifelong.reporting.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.culture.lifelong.kit.inbox.MalformedEventException;

/**
 * This service's copy of an issued plan (from {@code plans.plans.v1}): what obligations and reports are made of.
 * Drafts are not kept: they oblige nobody.
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

    @Column(nullable = false)
    public int revision;

    /** The plan's version in plans-service; an event with an older one changes nothing. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "issuing_unit_id", nullable = false)
    public long issuingUnitId;

    /** The plan this one implements, if any. */
    @Column(name = "parent_plan_id")
    public Long parentPlanId;

    @Column(name = "horizon_from", nullable = false)
    public int horizonFrom;

    @Column(name = "horizon_to", nullable = false)
    public int horizonTo;

    /** The last day of a closed or superseded plan. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RegimeReport> regime;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlanTarget> targets;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlanTask> tasks;

    /** Each unit code of the document → the unit (plans-service id) it named on the plan's reference day. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "unit_ids", nullable = false)
    public Map<String, Long> unitIds;

    @Column(name = "obligations_stale", nullable = false)
    public boolean obligationsStale;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The unit a selector of this plan names. */
    public long unitOf(UnitSelector selector) {
        Long id = unitIds.get(selector.unit());
        if (id == null) {
            // plans-service names every code of the document in the event's units; a missing one is a broken event.
            throw new MalformedEventException("Plan " + planId + " names unit " + selector.unit() + " without its id");
        }
        return id;
    }
}
