package vn.culture.lifelong.plans.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import vn.culture.lifelong.plans.domain.IssueDates;
import vn.culture.lifelong.plans.domain.Plan;
import vn.culture.lifelong.plans.domain.PlanChanges;
import vn.culture.lifelong.plans.domain.PlanDocument;
import vn.culture.lifelong.plans.domain.PlanNumbers;
import vn.culture.lifelong.plans.domain.PlanRevision;
import vn.culture.lifelong.plans.domain.PlanStatus;
import vn.culture.lifelong.plans.domain.Timestamps;
import vn.culture.lifelong.plans.domain.Violation;
import vn.culture.lifelong.plans.messaging.PlanEvents;
import vn.culture.lifelong.plans.repository.PlanRepository;
import vn.culture.lifelong.plans.repository.PlanRevisionRepository;

/**
 * The life of a plan: a draft is written (or imported whole) and edited; issuing freezes it as revision 1; an
 * amendment makes the next revision and records what changed; a plan ends closed or superseded. Each step and
 * its event commit together.
 */
@ApplicationScoped
public class PlanService {

    private final PlanRepository plans;
    private final PlanRevisionRepository revisions;
    private final PlanDocumentChecker checker;
    private final PlanAccess access;
    private final PlanEvents events;
    private final IdempotencyKeys idempotency;

    public PlanService(PlanRepository plans, PlanRevisionRepository revisions, PlanDocumentChecker checker,
            PlanAccess access, PlanEvents events, IdempotencyKeys idempotency) {
        this.plans = plans;
        this.revisions = revisions;
        this.checker = checker;
        this.access = access;
        this.events = events;
        this.idempotency = idempotency;
    }

    /** Creates a draft with every part of {@code document}, or nothing. */
    @Transactional
    public Plan createDraft(PlanDocument document, Caller caller, Optional<IdempotentRequest> request) {
        return idempotency.createOnce(request, "plan", () -> newDraft(document, caller), plan -> plan.id, this::get);
    }

    private Plan newDraft(PlanDocument document, Caller caller) {
        PlanDocumentChecker.Checked checked = checker.check(document, Optional.empty());
        access.checkMayWrite(caller, checked.issuer());
        checkNumberFree(checked, Optional.empty());
        Plan plan = new Plan();
        plan.take(checked.document(), checked.issuer(), checked.parent(), checked.unitIds());
        plan.status = PlanStatus.DRAFT;
        plan.revision = 0;
        plan.createdAt = Timestamps.now();
        plan.createdBy = caller.name();
        touch(plan, caller);
        plans.persist(plan);
        plans.flush();
        events.drafted(plan);
        return plan;
    }

    /** Replaces a draft's document; an issued plan changes only by {@link #amend amendment}. */
    @Transactional
    public Plan updateDraft(long id, PlanDocument document, OptionalLong expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller);
        requireStatus(plan, PlanStatus.DRAFT, "plan.not-draft");
        PlanDocumentChecker.Checked checked = checker.check(document, Optional.of(plan));
        access.checkMayWrite(caller, checked.issuer());
        checkNumberFree(checked, Optional.of(plan.id));
        plan.take(checked.document(), checked.issuer(), checked.parent(), checked.unitIds());
        touch(plan, caller);
        plans.flush();
        events.updated(plan);
        return plan;
    }

    /** Discards a draft; issued plans stay on record. */
    @Transactional
    public void deleteDraft(long id, OptionalLong expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller);
        requireStatus(plan, PlanStatus.DRAFT, "plan.not-draft");
        if (!plans.children(plan).isEmpty()) {
            throw new ConflictException("id", "plan.has-children", id);
        }
        events.deleted(plan, caller.name());
        plans.delete(plan);
    }

    /**
     * Issues a draft: from then on it is frozen. The number and day may be filled in now, as clerks do at
     * signing; an issued plan needs both in official form.
     */
    @Transactional
    public Plan issue(long id, Optional<String> number, Optional<String> issueDate, OptionalLong expectedVersion,
            Caller caller) {
        Plan plan = writable(id, expectedVersion, caller);
        requireStatus(plan, PlanStatus.DRAFT, "plan.not-draft");
        PlanDocument old = plan.document;
        PlanDocument signed = new PlanDocument(number.orElse(old.number()), old.issuingUnit(),
                issueDate.orElse(old.issueDate()), old.title(), old.horizon(), old.programme(), old.parentPlanId(),
                old.legalBases(), old.purposes(), old.requirements(), old.objectives(), old.targets(), old.tasks(),
                old.funding(), old.responsibilities(), old.reporting());
        List<Violation> missing = new ArrayList<>();
        if (!PlanNumbers.isOfficial(signed.number())) {
            missing.add(Violation.of("number", "plan.issue.number", signed.number()));
        }
        if (!IssueDates.isFullDate(signed.issueDate())) {
            missing.add(Violation.of("issueDate", "plan.issue.date", signed.issueDate()));
        }
        if (!missing.isEmpty()) {
            throw new DocumentRejectedException(missing);
        }
        // The reference day may move with the day filled in, so the units are looked up again.
        PlanDocumentChecker.Checked checked = checker.check(signed, Optional.of(plan));
        checkNumberFree(checked, Optional.of(plan.id));
        plan.take(checked.document(), checked.issuer(), checked.parent(), checked.unitIds());
        plan.status = PlanStatus.ISSUED;
        plan.revision = 1;
        touch(plan, caller);
        record(plan, null, IssueDates.firstDay(signed.issueDate()), null, List.of(), caller);
        plans.flush();
        events.issued(plan);
        return plan;
    }

    /** Amends an issued plan: the new document becomes the next revision, with what changed recorded. */
    @Transactional
    public Plan amend(long id, PlanDocument document, Optional<String> amendmentNumber, LocalDate effectiveOn,
            String reason, OptionalLong expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller);
        requireStatus(plan, PlanStatus.ISSUED, "plan.not-issued");
        PlanDocumentChecker.Checked checked = checker.check(document, Optional.of(plan));
        PlanDocument amended = checked.document();
        List<Violation> broken = new ArrayList<>();
        if (!amended.issuingUnit().equals(plan.document.issuingUnit())) {
            broken.add(Violation.of("document.issuingUnit", "plan.amend.issuer"));
        }
        if (!Objects.equals(amended.number(), plan.number) || !Objects.equals(amended.issueDate(), plan.issueDate)) {
            broken.add(Violation.of("document.number", "plan.amend.number"));
        }
        List<String> changes = PlanChanges.between(plan.document, amended);
        if (changes.isEmpty()) {
            broken.add(Violation.of("document", "plan.amend.nothing"));
        }
        if (!broken.isEmpty()) {
            throw new DocumentRejectedException(broken);
        }
        plan.take(amended, checked.issuer(), checked.parent(), checked.unitIds());
        plan.revision++;
        touch(plan, caller);
        record(plan, amendmentNumber.orElse(null), effectiveOn, Texts.nfc(reason), changes, caller);
        plans.flush();
        events.amended(plan, changes);
        return plan;
    }

    /** Ends an issued plan whose horizon is over or which is no longer pursued. */
    @Transactional
    public Plan close(long id, LocalDate endedOn, OptionalLong expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller);
        requireStatus(plan, PlanStatus.ISSUED, "plan.not-issued");
        plan.status = PlanStatus.CLOSED;
        plan.endedOn = endedOn;
        touch(plan, caller);
        plans.flush();
        events.ended(plan);
        return plan;
    }

    /** Ends an issued plan because another issued plan replaces it. */
    @Transactional
    public Plan supersede(long id, long replacementId, LocalDate endedOn, OptionalLong expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller);
        requireStatus(plan, PlanStatus.ISSUED, "plan.not-issued");
        Plan replacement = plans.findByIdOptional(replacementId)
                .orElseThrow(() -> new BusinessRuleException("supersededBy", "plan.not.found", String.valueOf(replacementId)));
        if (replacement.id.equals(plan.id) || replacement.status != PlanStatus.ISSUED) {
            throw new BusinessRuleException("supersededBy", "plan.replacement.not-issued", replacementId);
        }
        plan.status = PlanStatus.SUPERSEDED;
        plan.supersededBy = replacement;
        plan.endedOn = endedOn;
        touch(plan, caller);
        plans.flush();
        events.ended(plan);
        return plan;
    }

    public Plan get(long id) {
        return plans.findByIdOptional(id).orElseThrow(() -> NotFoundException.plan(id));
    }

    public PanacheQuery<Plan> list(PlanRepository.Filter filter) {
        return plans.list(filter);
    }

    public List<PlanRevision> revisions(long id) {
        get(id);
        return revisions.ofPlan(id);
    }

    public PlanRevision revision(long id, int revision) {
        return revisions.findByIdOptional(new PlanRevision.Key(id, revision))
                .orElseThrow(() -> new NotFoundException("plan.revision.not.found", id + "/" + revision));
    }

    /** The plans above {@code id}, nearest first. */
    public List<Plan> ancestors(long id) {
        List<Plan> chain = new ArrayList<>();
        for (Plan above = get(id).parentPlan; above != null; above = above.parentPlan) {
            chain.add(above);
        }
        return chain;
    }

    /** Every plan below {@code id}, each mapped to its parent's id, in one query for the links. */
    public Map<Plan, Long> descendants(long id) {
        get(id);
        Map<Plan, Long> below = new LinkedHashMap<>();
        for (Object[] link : plans.descendantLinks(id)) {
            below.put(plans.findById(((Number) link[0]).longValue()), ((Number) link[1]).longValue());
        }
        return below;
    }

    /** Whether {@code caller} may change the plan, read afresh (the plan given may be from a finished transaction). */
    @Transactional
    public boolean mayWrite(long id, Caller caller) {
        return access.mayWrite(caller, get(id).issuingUnit);
    }

    private Plan writable(long id, OptionalLong expectedVersion, Caller caller) {
        Plan plan = get(id);
        access.checkMayWrite(caller, plan.issuingUnit);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != plan.version) {
            throw new StaleVersionException(expectedVersion.getAsLong(), plan.version);
        }
        return plan;
    }

    private static void requireStatus(Plan plan, PlanStatus wanted, String messageKey) {
        if (plan.status != wanted) {
            throw new ConflictException("status", messageKey, plan.id, plan.status);
        }
    }

    private void checkNumberFree(PlanDocumentChecker.Checked checked, Optional<Long> self) {
        PlanDocument document = checked.document();
        if (document.number() != null && document.issueDate() != null
                && plans.numberTaken(checked.issuer(), document.number(), document.issueDate().substring(0, 4), self)) {
            throw new ConflictException("number", "plan.number.taken", document.number(), document.issuingUnit());
        }
    }

    private void record(Plan plan, String amendmentNumber, LocalDate effectiveOn, String reason, List<String> changes,
            Caller caller) {
        PlanRevision revision = new PlanRevision();
        revision.key = new PlanRevision.Key(plan.id, plan.revision);
        revision.document = plan.document;
        revision.amendmentNumber = amendmentNumber;
        revision.effectiveOn = effectiveOn;
        revision.reason = reason;
        revision.changes = List.copyOf(changes);
        revision.recordedAt = Timestamps.now();
        revision.recordedBy = caller.name();
        revisions.persist(revision);
    }

    private static void touch(Plan plan, Caller caller) {
        plan.updatedAt = Timestamps.now();
        plan.updatedBy = caller.name();
    }
}
