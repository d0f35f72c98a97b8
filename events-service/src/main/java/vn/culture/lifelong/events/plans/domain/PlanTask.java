package vn.culture.lifelong.events.plans.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A task of a plan with the units taking part in it: lead, implementing and coordinating. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanTask(String key, UnitSelector lead, List<UnitSelector> implementing, List<UnitSelector> coordinating) {

    public PlanTask {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lead, "lead");
        implementing = implementing == null ? List.of() : List.copyOf(implementing);
        coordinating = coordinating == null ? List.of() : List.copyOf(coordinating);
    }

    public Stream<UnitSelector> units() {
        return Stream.of(Stream.of(lead), implementing.stream(), coordinating.stream()).flatMap(selectors -> selectors);
    }
}
