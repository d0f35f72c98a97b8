package vn.culture.lifelong.plans.indicators.messaging;

import java.time.OffsetDateTime;
import vn.culture.lifelong.kit.outbox.OutgoingEvent;
import vn.culture.lifelong.plans.indicators.domain.Indicator;

/**
 * The events of {@code plans.indicators.v1}, keyed by indicator code; each carries the indicator as it is after
 * the change ({@code events/plans.indicator.v1.schema.json}).
 */
public sealed interface IndicatorEvent extends OutgoingEvent permits IndicatorEvent.Created, IndicatorEvent.Updated {

    String TOPIC = "plans.indicators.v1";

    /** The payload of both indicator events. */
    record Data(String code, String nameVi, String nameEn, String unitOfMeasure, String valueType, String acrossUnits,
            String overTime, String direction, String sector, String description, long version) {

        static Data of(Indicator indicator) {
            return new Data(indicator.code, indicator.nameVi, indicator.nameEn, indicator.unitOfMeasure,
                    indicator.valueType.name(), indicator.acrossUnits.name(), indicator.overTime.name(),
                    indicator.direction.name(), indicator.sector.name(), indicator.description, indicator.version);
        }
    }

    /** An indicator was added to the catalogue. */
    record Created(Data data, OffsetDateTime time) implements IndicatorEvent {

        public static final String TYPE = "plans.indicator.created.v1";

        public static Created of(Indicator indicator) {
            return new Created(Data.of(indicator), indicator.updatedAt);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An indicator of the catalogue was changed. */
    record Updated(Data data, OffsetDateTime time) implements IndicatorEvent {

        public static final String TYPE = "plans.indicator.updated.v1";

        public static Updated of(Indicator indicator) {
            return new Updated(Data.of(indicator), indicator.updatedAt);
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
