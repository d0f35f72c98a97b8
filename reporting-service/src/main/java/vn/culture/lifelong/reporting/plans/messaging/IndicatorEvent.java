package vn.culture.lifelong.reporting.plans.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.culture.lifelong.kit.inbox.IncomingEvent;

/**
 * An event of {@code plans.indicators.v1} (contract: {@code events/plans.indicator.v1.schema.json}); {@code indicator}
 * is empty for types this version does not know.
 */
public record IndicatorEvent(IncomingEvent envelope, Optional<Indicator> indicator) {

    private static final Set<String> KNOWN = Set.of("plans.indicator.created.v1", "plans.indicator.updated.v1");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String nameVi, String nameEn, String unitOfMeasure, String valueType,
            String acrossUnits, String overTime, String direction, long version) {

        public Indicator {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(nameVi, "nameVi");
            Objects.requireNonNull(nameEn, "nameEn");
            Objects.requireNonNull(unitOfMeasure, "unitOfMeasure");
            Objects.requireNonNull(valueType, "valueType");
            Objects.requireNonNull(acrossUnits, "acrossUnits");
            Objects.requireNonNull(overTime, "overTime");
            Objects.requireNonNull(direction, "direction");
        }
    }

    public static IndicatorEvent of(IncomingEvent envelope, ObjectMapper json) {
        if (!KNOWN.contains(envelope.type())) {
            return new IndicatorEvent(envelope, Optional.empty());
        }
        return new IndicatorEvent(envelope, Optional.of(envelope.dataAs(json, Indicator.class, Indicator::code)));
    }
}
