package vn.culture.lifelong.plans.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.culture.lifelong.plans.domain.Unit;
import vn.culture.lifelong.plans.messaging.UnitEvents;
import vn.culture.lifelong.plans.repository.UnitRepository;

/** Creates and changes units; every change and its event commit together or not at all. */
@ApplicationScoped
public class UnitService {

    private final UnitRepository units;
    private final UnitEvents events;

    public UnitService(UnitRepository units, UnitEvents events) {
        this.units = units;
        this.events = events;
    }

    @Transactional
    public Unit create(UnitDraft draft) {
        if (units.findByCode(draft.code()).isPresent()) {
            throw new ConflictException("code", "unit.code.taken", draft.code());
        }
        Unit parent = parentOf(draft);
        checkLevel(draft, parent);

        Unit unit = new Unit();
        unit.id = units.nextId();
        unit.code = draft.code();
        unit.name = nfc(draft.name());
        unit.kind = draft.kind();
        unit.level = draft.level();
        unit.createdAt = OffsetDateTime.now();
        unit.updatedAt = unit.createdAt;
        unit.placeUnder(parent);
        units.persist(unit);
        events.created(unit);
        return unit;
    }

    @Transactional
    public Unit update(String code, UnitDraft draft, OptionalLong expectedVersion) {
        Unit unit = get(code);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != unit.version) {
            throw new StaleVersionException(expectedVersion.getAsLong(), unit.version);
        }
        Unit parent = parentOf(draft);
        checkLevel(draft, parent);
        if (parent != null && parent.isInSubtreeOf(unit)) {
            throw new BusinessRuleException("parentCode", "unit.parent.cycle", parent.code, unit.code);
        }

        unit.name = nfc(draft.name());
        unit.kind = draft.kind();
        unit.level = draft.level();
        unit.updatedAt = OffsetDateTime.now();
        if (unit.parent != parent) {
            String oldPath = unit.path;
            unit.placeUnder(parent);
            units.flush();
            units.movePaths(oldPath, unit.path);
        }
        // The event carries the version this change produces, so flush before reading it.
        units.flush();
        events.updated(unit);
        return unit;
    }

    public Unit get(String code) {
        return units.findByCode(code).orElseThrow(() -> new UnitNotFoundException(code));
    }

    public PanacheQuery<Unit> list(Optional<String> parentCode, Optional<String> text) {
        List<String> words = text.stream()
                .flatMap(query -> Arrays.stream(nfc(query).split("\\s+")))
                .filter(word -> !word.isEmpty())
                .toList();
        return units.search(parentCode, words);
    }

    public PanacheQuery<Unit> children(String code) {
        return units.children(get(code));
    }

    public PanacheQuery<Unit> descendants(String code) {
        return units.descendants(get(code));
    }

    private Unit parentOf(UnitDraft draft) {
        if (draft.parentCode() == null) {
            return null;
        }
        return units.findByCode(draft.parentCode())
                .orElseThrow(() -> new BusinessRuleException("parentCode", "unit.parent.unknown", draft.parentCode()));
    }

    private static void checkLevel(UnitDraft draft, Unit parent) {
        if (parent != null && !draft.level().canBeUnder(parent.level)) {
            throw new BusinessRuleException("level", "unit.level.above.parent", draft.level(), parent.level);
        }
    }

    static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
