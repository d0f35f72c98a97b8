package vn.culture.lifelong.plans.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.culture.lifelong.plans.domain.Unit;

/** Publishes unit changes on {@code plans.units.v1} (see the README section of plans-service for the contract). */
@ApplicationScoped
public class UnitEvents {

    public static final String TOPIC = "plans.units.v1";
    public static final String CREATED = "plans.unit.created.v1";
    public static final String UPDATED = "plans.unit.updated.v1";

    /**
     * The payload of both unit events: the unit as it is after the change. {@code id} tells apart units that
     * bore the same code at different times.
     */
    public record UnitData(long id, String code, String name, String kind, String level, String parentCode,
            LocalDate validFrom, LocalDate validTo, List<Successor> successors, Map<Integer, Long> populationByYear,
            long version) {
    }

    public record Successor(long id, String code, String kind) {
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
        UnitData data = new UnitData(unit.id, unit.code, unit.name, unit.kind.name(), unit.level.name(),
                unit.parent == null ? null : unit.parent.code, unit.validFrom, unit.validTo,
                unit.successors.stream()
                        .map(link -> new Successor(link.successor.id, link.successor.code, link.kind.name()))
                        .toList(),
                new TreeMap<>(unit.populationByYear), unit.version);
        outbox.append(TOPIC, CloudEvent.of(type, unit.code, unit.updatedAt, data));
    }
}
