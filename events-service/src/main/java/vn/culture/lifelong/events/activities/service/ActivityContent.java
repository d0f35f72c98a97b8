package vn.culture.lifelong.events.activities.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.events.activities.domain.ActivityKind;
import vn.culture.lifelong.events.activities.domain.Visibility;

/** What a unit's organiser writes about an activity, to create it or replace what it says. */
@Schema(name = "ActivityContent")
public record ActivityContent(
        @Schema(description = "The unit holding it", examples = "06184") @NotBlank @Size(max = 40) String unitCode,
        @NotNull ActivityKind kind,
        @Schema(examples = "Trưng bày sách chào mừng Ngày Sách và Văn hóa đọc Việt Nam") @NotBlank @Size(max = 500) String title,
        @Schema(examples = "Nhà văn hóa xã Đồng Đăng") @Size(max = 500) String place,
        @Schema(description = "A date for an all-day activity, or a date-time (Vietnam's time without an offset)",
                examples = "2027-04-21") @NotBlank @Size(max = 40) String start,
        @Schema(description = "Its last date (inclusive) or its end date-time, of the same form as start",
                examples = "2027-04-23") @NotBlank @Size(max = 40) String end,
        @Schema(description = "The commemorative day it celebrates", examples = "BOOK_AND_READING_DAY") @Size(max = 60) String dayCode,
        @Schema(description = "The issued plan it carries out") Long planId,
        @Schema(description = "The plan's task it carries out; the unit must take part in it", examples = "NV3") @Size(max = 60) String taskKey,
        @Min(0) @Max(100_000_000) Integer expectedParticipants,
        @Schema(description = "Only once held") @Min(0) @Max(100_000_000) Integer actualParticipants,
        @Schema(description = "INTERNAL unless said otherwise") Visibility visibility) {
}
