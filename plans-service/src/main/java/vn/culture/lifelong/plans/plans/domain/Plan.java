package vn.culture.lifelong.plans.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.culture.lifelong.plans.units.domain.Unit;

/**
 * An implementation plan (Kế hoạch). What is searched and joined on has columns; the rest of the document —
 * targets, tasks, funding, responsibilities, reporting regime — is one value, replaced as a whole, since a plan
 * is written, issued and amended as one document.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Eager: every answer about a plan names its issuer. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "issuing_unit_id")
    public Unit issuingUnit;

    public String number;

    @Column(name = "issue_date")
    public String issueDate;

    @Column(nullable = false)
    public String title;

    @Column(name = "horizon_from", nullable = false)
    public int horizonFrom;

    @Column(name = "horizon_to", nullable = false)
    public int horizonTo;

    @Column(name = "programme_code")
    public String programmeCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_plan_id")
    public Plan parentPlan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    /** 1 when issued; each amendment adds one. Drafts are revision 0. */
    @Column(nullable = false)
    public int revision;

    /** The document as given (unit codes and all), with its header fields kept in the columns above too. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public PlanDocument document;

    /** The unit each code of the document named on its reference day, for consumers of the plan's events. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "unit_ids", nullable = false)
    public Map<String, Long> unitIds;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    public Plan supersededBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** Copies the document's header into the columns; the caller has checked the document. */
    public void take(PlanDocument newDocument, Unit issuer, Plan parent, Map<String, Long> resolvedUnits) {
        document = newDocument;
        issuingUnit = issuer;
        number = newDocument.number();
        issueDate = newDocument.issueDate();
        title = newDocument.title();
        horizonFrom = newDocument.horizon().fromYear();
        horizonTo = newDocument.horizon().toYear();
        programmeCode = newDocument.programme();
        parentPlan = parent;
        unitIds = Map.copyOf(resolvedUnits);
    }
}
