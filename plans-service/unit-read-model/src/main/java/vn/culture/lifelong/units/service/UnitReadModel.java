package vn.culture.lifelong.units.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import vn.culture.lifelong.units.domain.ProcessedEvent;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.messaging.UnitEvent;
import vn.culture.lifelong.units.repository.ProcessedEventRepository;
import vn.culture.lifelong.units.repository.UnitViewRepository;

/** Applies unit events exactly once each: the event id is recorded in the transaction that applies it. */
@ApplicationScoped
public class UnitReadModel {

    private final UnitViewRepository units;
    private final ProcessedEventRepository processed;

    public UnitReadModel(UnitViewRepository units, ProcessedEventRepository processed) {
        this.units = units;
        this.processed = processed;
    }

    /** Returns false when the event had been applied before. */
    @Transactional
    public boolean apply(UnitEvent event) {
        if (processed.findById(event.id()) != null) {
            return false;
        }
        event.unit().ifPresent(this::upsert);
        ProcessedEvent record = new ProcessedEvent();
        record.id = event.id();
        record.eventType = event.type();
        record.processedAt = OffsetDateTime.now();
        processed.persist(record);
        return true;
    }

    private void upsert(UnitEvent.Unit unit) {
        UnitView view = units.findForEvent(unit.id(), unit.code()).orElse(null);
        boolean isNew = view == null;
        if (isNew) {
            view = new UnitView();
        } else if (view.sourceVersion > unit.version()) {
            return;
        }
        view.unitId = unit.id().orElse(null);
        view.code = unit.code();
        view.name = unit.name();
        view.kind = unit.kind();
        view.level = unit.level();
        view.parentCode = unit.parentCode();
        view.validFrom = unit.validFrom();
        view.validTo = unit.validTo();
        view.sourceVersion = unit.version();
        view.updatedAt = OffsetDateTime.now();
        if (isNew) {
            units.persist(view);
        }
    }

    public UnitView get(String code) {
        return units.findByCode(code).orElseThrow(() -> new UnknownUnitException(code));
    }
}
