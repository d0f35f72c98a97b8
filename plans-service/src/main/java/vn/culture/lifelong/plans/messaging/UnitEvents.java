package vn.culture.lifelong.plans.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.culture.lifelong.plans.domain.Unit;

/** Publishes unit changes on {@code plans.units.v1} (see the README section of plans-service for the contract). */
@ApplicationScoped
public class UnitEvents {

    public static final String TOPIC = "plans.units.v1";
    public static final String CREATED = "plans.unit.created.v1";
    public static final String UPDATED = "plans.unit.updated.v1";

    /** The payload of both unit events: the unit as it is after the change. */
    public record UnitData(String code, String name, String kind, String level, String parentCode, long version) {
    }

    private final Outbox outbox;

    public UnitEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(Unit unit) {
        publish(CREATED, unit);
    }

    public void updated(Unit unit) {
        publish(UPDATED, unit);
    }

    private void publish(String type, Unit unit) {
        UnitData data = new UnitData(unit.code, unit.name, unit.kind.name(), unit.level.name(),
                unit.parent == null ? null : unit.parent.code, unit.version);
        outbox.append(TOPIC, CloudEvent.of(type, unit.code, unit.updatedAt, data));
    }
}
