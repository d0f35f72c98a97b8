package vn.culture.lifelong.units.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.culture.lifelong.kit.inbox.Inbox;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.messaging.UnitEvent;
import vn.culture.lifelong.units.repository.UnitViewRepository;

/**
 * This service's copy of plans-service's units: each event applied once (the kit's inbox), an older version never
 * overwriting a newer one, units told apart by plans-service's id.
 */
@ApplicationScoped
public class UnitReadModel {

    private final UnitViewRepository units;
    private final Inbox inbox;

    public UnitReadModel(UnitViewRepository units, Inbox inbox) {
        this.units = units;
        this.inbox = inbox;
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
        view.unitId = unit.id();
        view.code = unit.code();
        view.name = unit.name();
        view.kind = unit.kind();
        view.level = unit.level();
        view.parentCode = unit.parentCode();
        view.validFrom = unit.validFrom();
        view.validTo = unit.validTo();
        view.sourceVersion = unit.version();
        view.updatedAt = Timestamps.now();
        if (isNew) {
            units.persist(view);
        }
    }

    /** The unit bearing {@code code} today or, if none does, the one that bore it last. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitView get(String code) {
        return units.findByCode(code).orElseThrow(() -> new NotFoundException("unit-view.not.found", code));
    }
}
