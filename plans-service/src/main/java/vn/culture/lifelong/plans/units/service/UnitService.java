package vn.culture.lifelong.plans.units.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.culture.lifelong.kit.idempotency.IdempotencyKeys;
import vn.culture.lifelong.kit.idempotency.IdempotentRequest;
import vn.culture.lifelong.kit.outbox.Outbox;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.BusinessRuleException;
import vn.culture.lifelong.kit.problem.ConflictException;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.rest.ExpectedVersion;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.plans.units.domain.CommunePredecessor;
import vn.culture.lifelong.plans.units.domain.Succession;
import vn.culture.lifelong.plans.units.domain.Unit;
import vn.culture.lifelong.plans.units.messaging.UnitEvent;
import vn.culture.lifelong.plans.units.repository.CommunePredecessorRepository;
import vn.culture.lifelong.plans.units.repository.UnitRepository;

/** Creates and changes units; every change and its event commit together or not at all. */
@ApplicationScoped
public class UnitService {

    private final UnitRepository units;
    private final CommunePredecessorRepository predecessors;
    private final Outbox outbox;
    private final IdempotencyKeys idempotency;

    public UnitService(UnitRepository units, CommunePredecessorRepository predecessors, Outbox outbox,
            IdempotencyKeys idempotency) {
        this.units = units;
        this.predecessors = predecessors;
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    /** Creates a unit; with an Idempotency-Key, a retry gets the unit the first request created. */
    @Transactional
    public Unit create(UnitDraft draft, Optional<IdempotentRequest> request) {
        return idempotency.createOnce(request, "unit", () -> createNew(draft), unit -> unit.id, units::findWithDetails);
    }

    private Unit createNew(UnitDraft draft) {
        if (draft.validTo() == null && !draft.successors().isEmpty()) {
            throw new BusinessRuleException("successors", "unit.successors.without.last-day");
        }
        if (draft.validTo() != null && draft.validFrom() != null && draft.validTo().isBefore(draft.validFrom())) {
            throw new BusinessRuleException("validTo", "unit.close.before.start", draft.validTo(), draft.validFrom());
        }
        if (units.codeTaken(draft.code(), Optional.ofNullable(draft.validFrom()), Optional.ofNullable(draft.validTo()))) {
            throw new ConflictException("code", "unit.code.taken", draft.code());
        }
        // The parent as it is on a day the unit exists: its first, else its last, else today.
        LocalDate dayItExists = draft.validFrom() != null ? draft.validFrom()
                : draft.validTo() != null ? draft.validTo() : LocalDate.now();
        Unit parent = parentOf(draft, dayItExists);
        checkLevel(draft, parent);

        Unit unit = new Unit();
        unit.id = units.nextId();
        unit.code = draft.code();
        unit.name = Texts.nfc(draft.name());
        unit.kind = draft.kind();
        unit.level = draft.level();
        unit.validFrom = draft.validFrom();
        unit.validTo = draft.validTo();
        unit.createdAt = Timestamps.now();
        unit.updatedAt = unit.createdAt;
        unit.placeUnder(parent);
        if (draft.validTo() != null) {
            addSuccessors(unit, draft.validTo(), draft.successors());
        }
        units.persist(unit);
        outbox.append(UnitEvent.Created.of(unit));
        return unit;
    }

    @Transactional
    public Unit update(String code, UnitDraft draft, ExpectedVersion expectedVersion) {
        Unit unit = get(code);
        expectedVersion.check(unit.version);
        Unit parent = parentOf(draft, firstDayOrToday(unit.validFrom));
        checkLevel(draft, parent);
        if (parent != null && parent.isInSubtreeOf(unit)) {
            throw new BusinessRuleException("parentCode", "unit.parent.cycle", parent.code, unit.code);
        }

        unit.name = Texts.nfc(draft.name());
        unit.kind = draft.kind();
        unit.level = draft.level();
        unit.updatedAt = Timestamps.now();
        if (unit.parent != parent) {
            String oldPath = unit.path;
            unit.placeUnder(parent);
            units.flush();
            units.movePaths(oldPath, unit.path);
        }
        return published(unit);
    }

    /**
     * Closes a unit: {@code lastDay} is its last day, and each successor (existing the day after) takes it over.
     * Its children must be closed or moved first, so that no open unit hangs under a closed one.
     */
    @Transactional
    public Unit close(String code, LocalDate lastDay, List<SuccessorDraft> successors) {
        Unit unit = get(code);
        if (unit.validTo != null) {
            throw new ConflictException("lastDay", "unit.already.closed", unit.code, unit.validTo);
        }
        if (unit.validFrom != null && lastDay.isBefore(unit.validFrom)) {
            throw new BusinessRuleException("lastDay", "unit.close.before.start", lastDay, unit.validFrom);
        }
        if (units.childrenValidAfter(unit, lastDay) > 0) {
            throw new BusinessRuleException("lastDay", "unit.close.children.open", unit.code);
        }
        addSuccessors(unit, lastDay, successors);
        unit.validTo = lastDay;
        unit.updatedAt = Timestamps.now();
        return published(unit);
    }

    /** Successors are named by their code on the day after {@code lastDay}, when they take over. */
    private void addSuccessors(Unit unit, LocalDate lastDay, List<SuccessorDraft> successors) {
        LocalDate dayAfter = lastDay.plusDays(1);
        for (int i = 0; i < successors.size(); i++) {
            SuccessorDraft wanted = successors.get(i);
            String field = "successors[" + i + "].code";
            Unit successor = units.findByCode(wanted.code(), dayAfter)
                    .orElseThrow(() -> new BusinessRuleException(field, "unit.successor.unknown", wanted.code(), dayAfter));
            if (successor.id.equals(unit.id)) {
                throw new BusinessRuleException(field, "unit.successor.itself", unit.code);
            }
            unit.successors.add(new Succession(successor, wanted.kind()));
        }
    }

    @Transactional
    public Unit setPopulation(String code, int year, long population) {
        Unit unit = get(code);
        unit.populationByYear.put(year, population);
        unit.updatedAt = Timestamps.now();
        return published(unit);
    }

    /** The event carries the version this change produces, so the change is flushed before it is read. */
    private Unit published(Unit unit) {
        units.flush();
        outbox.append(UnitEvent.Updated.of(unit));
        return unit;
    }

    /** The unit bearing {@code code} today, or the last one that bore it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit get(String code) {
        return units.findByCode(code).orElseThrow(() -> new NotFoundException("unit.not.found", code));
    }

    /** The unit that bore {@code code} on {@code day}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit get(String code, LocalDate day) {
        return units.findByCode(code, day).orElseThrow(() -> new NotFoundException("unit.not.found", code));
    }

    /** Units existing on {@code day}, filtered as {@link UnitRepository#search} says. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<Unit> list(Optional<String> parentCode, Optional<String> text, LocalDate day) {
        return units.search(parentCode, words(text), day);
    }

    /**
     * Rows of the 2025 commune mapping: of an old commune code, or into a 2025 commune, or whose old commune,
     * district and province contain every word of {@code text} (diacritics and case ignored).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<CommunePredecessor> communeMapping(Optional<String> oldCode, Optional<String> newCode,
            Optional<String> text) {
        Optional<Long> newUnit = newCode.map(code -> get(code, ReferenceUnitsImporter.IN_FORCE_FROM).id);
        return predecessors.search(oldCode, newUnit, words(text));
    }

    private static List<String> words(Optional<String> text) {
        return text.stream()
                .flatMap(query -> Arrays.stream(Texts.nfc(query).split("\\s+")))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<Unit> children(String code, LocalDate day) {
        return units.children(get(code, day), day);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<Unit> descendants(String code, LocalDate day) {
        return units.descendants(get(code, day), day);
    }

    private Unit parentOf(UnitDraft draft, LocalDate day) {
        if (draft.parentCode() == null) {
            return null;
        }
        return units.findByCode(draft.parentCode(), day)
                .orElseThrow(() -> new BusinessRuleException("parentCode", "unit.parent.unknown", draft.parentCode()));
    }

    private static LocalDate firstDayOrToday(LocalDate validFrom) {
        return validFrom == null ? LocalDate.now() : validFrom;
    }

    private static void checkLevel(UnitDraft draft, Unit parent) {
        if (parent != null && !draft.level().canBeUnder(parent.level)) {
            throw new BusinessRuleException("level", "unit.level.above.parent", draft.level(), parent.level);
        }
    }
}
