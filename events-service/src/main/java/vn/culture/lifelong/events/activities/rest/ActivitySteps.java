package vn.culture.lifelong.events.activities.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of an activity's steps. */
public final class ActivitySteps {

    private ActivitySteps() {
    }

    @Schema(name = "ActivityHeld")
    public record Held(@Schema(examples = "120") @NotNull @Min(0) @Max(100_000_000) Integer actualParticipants) {
    }

    @Schema(name = "ActivityCancellation")
    public record Cancellation(@Schema(examples = "Mưa bão, hoãn sang dịp khác") @NotBlank @Size(max = 2000) String reason) {
    }
}
