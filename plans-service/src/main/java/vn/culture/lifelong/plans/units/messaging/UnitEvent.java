package vn.culture.lifelong.plans.units.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.culture.lifelong.kit.outbox.OutgoingEvent;
import vn.culture.lifelong.plans.units.domain.AdministrativeLevel;
import vn.culture.lifelong.plans.units.domain.Unit;
import vn.culture.lifelong.plans.units.domain.UnitKind;

/**
 * The events of {@code plans.units.v1}, keyed by unit code; each carries the unit as it is after the change (the
 * contract: the README section of plans-service and {@code events/plans.unit.v1.schema.json}).
 */
public sealed interface UnitEvent extends OutgoingEvent permits UnitEvent.Created, UnitEvent.Updated {

    String TOPIC = "plans.units.v1";

    /**
     * The payload of both unit events. {@code id} tells apart units that bore the same code at different times, and
     * {@code parentId} names the parent the same way, where {@code parentCode} may name a later bearer of its code.
     * {@code path} is the unit's materialized path of ids from the root ({@code /1/7/42/}): a unit moved under another
     * parent carries its new path, and its descendants, which get no event of their own, change by the same prefix.
     */
    record Data(long id, String code, String name, String kind, String level, String parentCode, Long parentId,
            String path, LocalDate validFrom, LocalDate validTo, List<Successor> successors,
            Map<Integer, Long> populationByYear, long version) {

        static Data of(Unit unit) {
            return new Data(unit.id, unit.code, unit.name, unit.kind.name(), unit.level.name(),
                    unit.parent == null ? null : unit.parent.code, unit.parent == null ? null : unit.parent.id,
                    unit.path, unit.validFrom, unit.validTo,
                    unit.successors.stream()
                            .map(link -> new Successor(link.successor.id, link.successor.code, link.kind.name()))
                            .toList(),
                    new TreeMap<>(unit.populationByYear), unit.version);
        }
    }

    record Successor(long id, String code, String kind) {
    }

    /** A unit was created, one at a time or by a bulk import. */
    record Created(Data data, OffsetDateTime time) implements UnitEvent {

        public static final String TYPE = "plans.unit.created.v1";

        public static Created of(Unit unit) {
            return new Created(Data.of(unit), unit.updatedAt);
        }

        /**
         * A unit the bulk import inserted as a row rather than an entity: open, with no successors or population
         * yet, at version 0.
         */
        public static Created ofInserted(long id, String code, String name, UnitKind kind, AdministrativeLevel level,
                String parentCode, Long parentId, String path, LocalDate validFrom, OffsetDateTime time) {
            return new Created(new Data(id, code, name, kind.name(), level.name(), parentCode, parentId, path, validFrom,
                    null, List.of(), Map.of(), 0), time);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A unit was changed, closed, or got a population figure. */
    record Updated(Data data, OffsetDateTime time) implements UnitEvent {

        public static final String TYPE = "plans.unit.updated.v1";

        public static Updated of(Unit unit) {
            return new Updated(Data.of(unit), unit.updatedAt);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    @Override
    Data data();

    @Override
    default String topic() {
        return TOPIC;
    }

    @Override
    default String subject() {
        return data().code();
    }
}
