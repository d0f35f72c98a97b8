package vn.culture.lifelong.plans.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.culture.lifelong.plans.domain.Indicator;

/** Publishes indicator changes on {@code plans.indicators.v1} (see the README section of plans-service). */
@ApplicationScoped
public class IndicatorEvents {

    public static final String TOPIC = "plans.indicators.v1";
    public static final String CREATED = "plans.indicator.created.v1";
    public static final String UPDATED = "plans.indicator.updated.v1";

    /** The payload of both indicator events: the indicator as it is after the change. */
    public record IndicatorData(String code, String nameVi, String nameEn, String unitOfMeasure, String valueType,
            String acrossUnits, String overTime, String direction, String sector, String description, long version) {
    }

    private final Outbox outbox;

    public IndicatorEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(Indicator indicator) {
        publish(CREATED, indicator);
    }

    public void updated(Indicator indicator) {
        publish(UPDATED, indicator);
    }

    private void publish(String type, Indicator indicator) {
        IndicatorData data = new IndicatorData(indicator.code, indicator.nameVi, indicator.nameEn,
                indicator.unitOfMeasure, indicator.valueType.name(), indicator.acrossUnits.name(),
                indicator.overTime.name(), indicator.direction.name(), indicator.sector.name(), indicator.description,
                indicator.version);
        outbox.append(TOPIC, CloudEvent.of(type, indicator.code, indicator.updatedAt, data));
    }
}
