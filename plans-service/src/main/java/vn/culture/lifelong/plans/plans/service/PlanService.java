package vn.culture.lifelong.plans.plans.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.culture.lifelong.kit.idempotency.IdempotencyKeys;
import vn.culture.lifelong.kit.idempotency.IdempotentRequest;
import vn.culture.lifelong.kit.outbox.Outbox;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.BusinessRuleException;
import vn.culture.lifelong.kit.problem.ConflictException;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.problem.RulesBrokenException;
import vn.culture.lifelong.kit.problem.Violation;
import vn.culture.lifelong.kit.rest.ExpectedVersion;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.plans.plans.domain.IssueDates;
import vn.culture.lifelong.plans.plans.domain.Plan;
import vn.culture.lifelong.plans.plans.domain.PlanChanges;
import vn.culture.lifelong.plans.plans.domain.PlanDocument;
import vn.culture.lifelong.plans.plans.domain.PlanNumbers;
import vn.culture.lifelong.plans.plans.domain.PlanRevision;
import vn.culture.lifelong.plans.plans.domain.PlanStatus;
import vn.culture.lifelong.plans.plans.messaging.PlanEvent;
import vn.culture.lifelong.plans.plans.repository.PlanRepository;
import vn.culture.lifelong.plans.plans.repository.PlanRevisionRepository;
import vn.culture.lifelong.plans.units.domain.Unit;
import vn.culture.lifelong.plans.units.service.UnitService;

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
    private final Outbox outbox;
    private final IdempotencyKeys idempotency;
    private final UnitService units;

    public PlanService(PlanRepository plans, PlanRevisionRepository revisions, PlanDocumentChecker checker,
            PlanAccess access, Outbox outbox, IdempotencyKeys idempotency, UnitService units) {
        this.plans = plans;
        this.revisions = revisions;
        this.checker = checker;
        this.access = access;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.units = units;
    }

    /** Creates a draft with every part of {@code document}, or nothing. */
    @Transactional
    public PlanWithAccess createDraft(PlanDocument document, Caller caller, Optional<IdempotentRequest> request) {
        Plan plan = idempotency.createOnce(request, "plan", () -> newDraft(document, caller), created -> created.id,
                this::get);
        return withAccess(plan, caller);
    }

    private Plan newDraft(PlanDocument document, Caller caller) {
        PlanDocumentChecker.Checked checked = checker.check(document, Optional.empty());
        access.checkMayDraft(caller, checked.issuer());
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
        outbox.append(PlanEvent.Drafted.of(plan));
        return plan;
    }

    /** Replaces a draft's document; an issued plan changes only by {@link #amend amendment}. */
    @Transactional
    public PlanWithAccess updateDraft(long id, PlanDocument document, ExpectedVersion expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller);
        requireStatus(plan, PlanStatus.DRAFT, "plan.not-draft");
        PlanDocumentChecker.Checked checked = checker.check(document, Optional.of(plan));
        access.checkMayWrite(caller, checked.issuer());
        checkNumberFree(checked, Optional.of(plan.id));
        plan.take(checked.document(), checked.issuer(), checked.parent(), checked.unitIds());
        touch(plan, caller);
        plans.flush();
        outbox.append(PlanEvent.Updated.of(plan));
        return withAccess(plan, caller);
    }

    /** Discards a draft; issued plans stay on record. */
    @Transactional
    public void deleteDraft(long id, ExpectedVersion expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller);
        requireStatus(plan, PlanStatus.DRAFT, "plan.not-draft");
        if (!plans.children(plan).isEmpty()) {
            throw new ConflictException("id", "plan.has-children", id);
        }
        outbox.append(PlanEvent.Deleted.of(plan, caller.name()));
        plans.delete(plan);
    }

    /**
     * Issues a draft: from then on it is frozen. The number and day may be filled in now, as clerks do at
     * signing; an issued plan needs both in official form.
     */
    @Transactional
    public PlanWithAccess issue(long id, Optional<String> number, Optional<String> issueDate, ExpectedVersion expectedVersion,
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
            throw new RulesBrokenException(PlanDocumentChecker.DOCUMENT_REJECTED, missing);
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
        outbox.append(PlanEvent.Issued.of(plan));
        return withAccess(plan, caller);
    }

    /** Amends an issued plan: the new document becomes the next revision, with what changed recorded. */
    @Transactional
    public PlanWithAccess amend(long id, PlanDocument document, Optional<String> amendmentNumber, LocalDate effectiveOn,
            String reason, ExpectedVersion expectedVersion, Caller caller) {
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
            throw new RulesBrokenException(PlanDocumentChecker.DOCUMENT_REJECTED, broken);
        }
        plan.take(amended, checked.issuer(), checked.parent(), checked.unitIds());
        plan.revision++;
        touch(plan, caller);
        record(plan, amendmentNumber.orElse(null), effectiveOn, Texts.nfc(reason), changes, caller);
        plans.flush();
        outbox.append(PlanEvent.Amended.of(plan, changes));
        return withAccess(plan, caller);
    }

    /** Ends an issued plan whose horizon is over or which is no longer pursued. */
    @Transactional
    public PlanWithAccess close(long id, LocalDate endedOn, ExpectedVersion expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller);
        requireStatus(plan, PlanStatus.ISSUED, "plan.not-issued");
        plan.status = PlanStatus.CLOSED;
        plan.endedOn = endedOn;
        touch(plan, caller);
        plans.flush();
        outbox.append(PlanEvent.Ended.of(plan));
        return withAccess(plan, caller);
    }

    /** Ends an issued plan because another issued plan replaces it. */
    @Transactional
    public PlanWithAccess supersede(long id, long replacementId, LocalDate endedOn, ExpectedVersion expectedVersion, Caller caller) {
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
        outbox.append(PlanEvent.Ended.of(plan));
        return withAccess(plan, caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan get(long id) {
        return plans.findByIdOptional(id).orElseThrow(() -> new NotFoundException("plan.not.found", Long.toString(id)));
    }

    /** Plans matching {@code search}, newest horizon first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<Plan> list(PlanSearch search) {
        Optional<Unit> issuedWithin = search.issuedWithin()
                .map(code -> search.on().map(day -> units.get(code, day)).orElseGet(() -> units.get(code)));
        return plans.list(new PlanRepository.Filter(issuedWithin, search.status(), search.programme(), search.year()));
    }

    /** The plan, and whether {@code caller} may change it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanWithAccess read(long id, Caller caller) {
        return withAccess(get(id), caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanRevision> revisions(long id) {
        get(id);
        return revisions.ofPlan(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanRevision revision(long id, int revision) {
        return revisions.findByIdOptional(new PlanRevision.Key(id, revision))
                .orElseThrow(() -> new NotFoundException("plan.revision.not.found", id + "/" + revision));
    }

    /** The plans above {@code id} (nearest first) and the tree of plans below it, the tree's links in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanLineage lineage(long id) {
        Plan plan = get(id);
        List<Plan> ancestors = new ArrayList<>();
        for (Plan above = plan.parentPlan; above != null; above = above.parentPlan) {
            ancestors.add(above);
        }
        Map<Long, List<Plan>> childrenOf = new HashMap<>();
        for (Object[] link : plans.descendantLinks(id)) {
            Plan child = plans.findById(((Number) link[0]).longValue());
            childrenOf.computeIfAbsent(((Number) link[1]).longValue(), parent -> new ArrayList<>()).add(child);
        }
        return new PlanLineage(ancestors, branchesUnder(id, childrenOf));
    }

    private static List<PlanLineage.Branch> branchesUnder(long id, Map<Long, List<Plan>> childrenOf) {
        return childrenOf.getOrDefault(id, List.of()).stream()
                .map(child -> new PlanLineage.Branch(child, branchesUnder(child.id, childrenOf)))
                .toList();
    }

    private PlanWithAccess withAccess(Plan plan, Caller caller) {
        return new PlanWithAccess(plan, access.mayWrite(caller, plan.issuingUnit));
    }

    private Plan writable(long id, ExpectedVersion expectedVersion, Caller caller) {
        Plan plan = get(id);
        access.checkMayWrite(caller, plan.issuingUnit);
        expectedVersion.check(plan.version);
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
