package vn.culture.lifelong.events.activities.rest;

import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.events.activities.domain.Activity;
import vn.culture.lifelong.events.activities.domain.ActivityKind;
import vn.culture.lifelong.events.activities.domain.ActivityStatus;
import vn.culture.lifelong.events.activities.domain.UnitActivity;
import vn.culture.lifelong.events.activities.domain.Visibility;
import vn.culture.lifelong.kit.rest.ExpectedVersion;

@Schema(name = "Activity", description = "An activity a unit holds; its ETag is its version")
public record ActivityResponse(
        long id,
        @Schema(examples = "06184") String unitCode,
        @Schema(examples = "Xã Đồng Đăng") String unitName,
        ActivityKind kind,
        String title,
        String place,
        @Schema(description = "Whether start and end are dates (end inclusive) rather than date-times") boolean allDay,
        @Schema(examples = "2027-04-21") String start,
        @Schema(examples = "2027-04-23") String end,
        @Schema(examples = "BOOK_AND_READING_DAY") String dayCode,
        Long planId,
        String taskKey,
        Integer expectedParticipants,
        Integer actualParticipants,
        ActivityStatus status,
        Visibility visibility,
        String cancellationReason,
        long version,
        String createdBy,
        OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt) {

    public static ActivityResponse of(UnitActivity held) {
        Activity activity = held.activity();
        return new ActivityResponse(activity.id, held.holder().code, held.holder().name, activity.kind, activity.title,
                activity.place, activity.allDay, activity.time().startText(), activity.time().endText(),
                activity.dayCode, activity.planId, activity.taskKey, activity.expectedParticipants,
                activity.actualParticipants, activity.status, activity.visibility, activity.cancellationReason,
                activity.version, activity.createdBy, activity.createdAt, activity.updatedBy, activity.updatedAt);
    }

    /** The activity as the body of {@code response}, with its version as ETag. */
    public static Response answer(UnitActivity held, Response.ResponseBuilder response) {
        return response.entity(of(held)).tag(ExpectedVersion.etag(held.activity().version)).build();
    }
}
