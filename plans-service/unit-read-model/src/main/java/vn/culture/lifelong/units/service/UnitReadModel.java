package vn.culture.lifelong.units.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.culture.lifelong.kit.inbox.Inbox;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.units.domain.UnitSuccessor;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.messaging.UnitEvent;
import vn.culture.lifelong.units.repository.UnitViewRepository;

/**
 * This service's copy of plans-service's units: each event applied once (the kit's inbox), an older version never
 * overwriting a newer one, units told apart by plans-service's id. A unit moved under another parent takes its
 * stored descendants with it: their paths change by the same prefix, as in plans-service, which publishes no event
 * for them. Whatever order units' events arrive in, each hangs under its parent as this model holds it: a unit takes
 * its place under a parent already held, and children that arrived before their parent are moved under it.
 *
 * <p>Each time it applies a unit's event (a new unit, or a version not older than the one it holds), it fires
 * {@link UnitViewChanged} synchronously, inside the transaction that applies the event and records it as processed,
 * so that the consuming service can bring its own data in line in the same transaction: an observer's writes commit
 * with the change or not at all, and an observer that throws rolls the change back, to be retried as any failure
 * is. A move fires once, for the moved unit: its descendants are the units under its new path.
 */
@ApplicationScoped
public class UnitReadModel {

    private final UnitViewRepository units;
    private final Inbox inbox;
    private final Event<UnitViewChanged> changed;

    public UnitReadModel(UnitViewRepository units, Inbox inbox, Event<UnitViewChanged> changed) {
        this.units = units;
        this.inbox = inbox;
        this.changed = changed;
    }

    /** Returns false when the event had been applied before. */
    @Transactional
    public boolean apply(UnitEvent event) {
        return inbox.applyOnce(event.envelope(), () -> event.unit().ifPresent(this::upsert));
    }

    private void upsert(UnitEvent.Unit unit) {
        UnitView view = units.findByUnitId(unit.id()).orElse(null);
        boolean isNew = view == null;
        if (isNew) {
            view = new UnitView();
        } else if (view.sourceVersion > unit.version()) {
            return;
        }
        String oldPath = view.path;
        view.unitId = unit.id();
        view.code = unit.code();
        view.name = unit.name();
        view.kind = unit.kind();
        view.level = unit.level();
        view.parentCode = unit.parentCode();
        view.parentUnitId = unit.parentId();
        view.path = placeOf(unit);
        view.validFrom = unit.validFrom();
        view.validTo = unit.validTo();
        view.successors.clear();
        for (UnitEvent.Successor successor : unit.successors()) {
            view.successors.add(new UnitSuccessor(successor.id(), successor.kind()));
        }
        view.sourceVersion = unit.version();
        view.updatedAt = Timestamps.now();
        if (isNew) {
            units.persist(view);
        } else if (!oldPath.equals(view.path)) {
            units.movePaths(view.unitId, oldPath, view.path);
        }
        units.rehangChildren(view.unitId, view.path);
        changed.fire(new UnitViewChanged(view.unitId, view.path, view.validTo));
    }

    /**
     * Where the unit stands: under its parent as this model holds it, when it holds it. Events of different units come
     * in any order, and the path in an event is the one of the day it was published: an ancestor's move applied
     * before it must not be undone by it.
     */
    private String placeOf(UnitEvent.Unit unit) {
        return Optional.ofNullable(unit.parentId()).flatMap(units::findByUnitId)
                .map(parent -> parent.path + unit.id() + "/").orElse(unit.path());
    }

    /** The unit bearing {@code code} today or, if none does, the one that bore it last. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitView get(String code) {
        return units.findByCode(code).orElseThrow(() -> new NotFoundException("unit-view.not.found", code));
    }
}
