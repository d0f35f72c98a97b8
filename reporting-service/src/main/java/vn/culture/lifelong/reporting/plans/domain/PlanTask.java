package vn.culture.lifelong.reporting.plans.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A task (nhiệm vụ) of a plan, with its lead, implementing and coordinating units. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanTask(String key, String content, UnitSelector lead, List<UnitSelector> implementing,
        List<UnitSelector> coordinating) {

    public PlanTask {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(lead, "lead");
        implementing = implementing == null ? List.of() : List.copyOf(implementing);
        coordinating = coordinating == null ? List.of() : List.copyOf(coordinating);
    }

    /** Every unit selector of the task: lead, implementing and coordinating. */
    public Stream<UnitSelector> units() {
        return Stream.of(Stream.of(lead), implementing.stream(), coordinating.stream()).flatMap(selectors -> selectors);
    }
}
