package vn.culture.lifelong.events.calendar.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.events.activities.domain.Activity;
import vn.culture.lifelong.events.activities.domain.ActivityKind;
import vn.culture.lifelong.events.activities.domain.ActivityStatus;
import vn.culture.lifelong.events.activities.domain.Visibility;
import vn.culture.lifelong.events.calendar.service.CalendarEntry;
import vn.culture.lifelong.events.days.domain.CommemorativeDay;

@Schema(name = "CalendarEntry", description = "A day's occurrence or an activity; fields of the other type are empty")
public record CalendarEntryResponse(
        @Schema(description = "DAY or ACTIVITY") String type,
        @Schema(examples = "Ngày Sách và Văn hóa đọc Việt Nam") String title,
        boolean allDay,
        @Schema(description = "A date, or a date-time for a timed activity", examples = "2027-04-21") String start,
        @Schema(description = "The last date (inclusive) or the end date-time", examples = "2027-04-21") String end,
        @Schema(description = "The day, or the day an activity celebrates", examples = "BOOK_AND_READING_DAY") String dayCode,
        Long activityId,
        @Schema(description = "The unit holding the activity, or keeping the day (empty for a national day)") String unitCode,
        ActivityKind kind,
        ActivityStatus status,
        Visibility visibility,
        String place) {

    public static CalendarEntryResponse of(CalendarEntry entry) {
        if (entry instanceof CalendarEntry.ActivityEntry activityEntry) {
            Activity activity = activityEntry.held().activity();
            return new CalendarEntryResponse("ACTIVITY", activity.title, activity.allDay, activity.time().startText(),
                    activity.time().endText(), activity.dayCode, activity.id, activityEntry.held().holder().code,
                    activity.kind, activity.status, activity.visibility, activity.place);
        }
        CalendarEntry.DayEntry dayEntry = (CalendarEntry.DayEntry) entry;
        CommemorativeDay day = dayEntry.day().day();
        return new CalendarEntryResponse("DAY", day.nameVi, true, dayEntry.day().occurrence().start().toString(),
                dayEntry.day().occurrence().end().toString(), day.code, null, day.scopeUnitCode, null, null,
                Visibility.PUBLIC, null);
    }
}
