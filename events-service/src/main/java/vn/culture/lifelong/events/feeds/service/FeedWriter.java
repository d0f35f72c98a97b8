package vn.culture.lifelong.events.feeds.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import vn.culture.lifelong.events.activities.domain.Activity;
import vn.culture.lifelong.events.activities.domain.ActivityStatus;
import vn.culture.lifelong.events.activities.domain.UnitActivity;
import vn.culture.lifelong.events.activities.domain.Visibility;
import vn.culture.lifelong.events.activities.repository.ActivityFilter;
import vn.culture.lifelong.events.calendar.service.CalendarEntry;
import vn.culture.lifelong.events.days.domain.CommemorativeDay;
import vn.culture.lifelong.events.days.service.DayCalendarService.DayInYear;
import vn.culture.lifelong.events.feeds.domain.ICalendarWriter;
import vn.culture.lifelong.units.domain.UnitView;

/**
 * A calendar as an iCalendar object: each day's occurrence and each activity a VEVENT with a stable UID. Every value
 * comes from the data (DTSTAMP is the last change), so the same data always gives the same bytes. Lunar days have no
 * RRULE (RRULE has no lunar rule), so every day is written occurrence by occurrence.
 */
@ApplicationScoped
public class FeedWriter {

    private static final String UID_DOMAIN = "@events.lifelong.culture.vn";
    /** About what one event takes, to size the buffer once. */
    private static final int BYTES_PER_EVENT = 450;

    public byte[] write(Optional<UnitView> unit, ActivityFilter.Readers readers, List<CalendarEntry> entries,
            Duration refreshInterval) {
        ICalendarWriter ics = new ICalendarWriter(1024 + entries.size() * BYTES_PER_EVENT);
        ics.property("BEGIN", "VCALENDAR")
                .property("VERSION", "2.0")
                .property("PRODID", "-//Bo VHTTDL//Hoc tap suot doi events-service//VI")
                .property("CALSCALE", "GREGORIAN")
                .property("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", calendarName(unit, readers))
                .property("X-WR-TIMEZONE", "Asia/Ho_Chi_Minh")
                .property("REFRESH-INTERVAL;VALUE=DURATION", refreshInterval.toString())
                .property("X-PUBLISHED-TTL", refreshInterval.toString());
        for (CalendarEntry entry : entries) {
            if (entry instanceof CalendarEntry.ActivityEntry activity) {
                writeActivity(ics, activity.held());
            } else {
                writeDay(ics, ((CalendarEntry.DayEntry) entry).day());
            }
        }
        return ics.property("END", "VCALENDAR").toBytes();
    }

    private static String calendarName(Optional<UnitView> unit, ActivityFilter.Readers readers) {
        String audience = readers.equals(ActivityFilter.Readers.PUBLIC) ? "Lịch công khai" : "Lịch";
        return unit.map(root -> audience + " hoạt động và ngày kỷ niệm - " + root.name)
                .orElse("Ngày kỷ niệm toàn quốc (văn hóa đọc, di sản, học tập suốt đời)");
    }

    private static void writeDay(ICalendarWriter ics, DayInYear inYear) {
        CommemorativeDay day = inYear.day();
        ics.property("BEGIN", "VEVENT")
                .property("UID", "day-" + day.code + "-" + inYear.occurrence().start().getYear() + UID_DOMAIN)
                .instant("DTSTAMP", day.updatedAt)
                .property("SEQUENCE", Long.toString(day.version))
                .date("DTSTART", inYear.occurrence().start())
                // DTEND of an all-day event is exclusive: the day after the last.
                .date("DTEND", inYear.occurrence().end().plusDays(1))
                .text("SUMMARY", day.nameVi)
                .text("DESCRIPTION", day.nameEn + "\n" + day.legalSource)
                .property("CATEGORIES", "COMMEMORATIVE_DAY")
                .property("TRANSP", "TRANSPARENT")
                .property("END", "VEVENT");
    }

    private static void writeActivity(ICalendarWriter ics, UnitActivity held) {
        Activity activity = held.activity();
        ics.property("BEGIN", "VEVENT")
                .property("UID", "activity-" + activity.id + UID_DOMAIN)
                .instant("DTSTAMP", activity.updatedAt)
                .property("SEQUENCE", Long.toString(activity.version));
        if (activity.allDay) {
            ics.date("DTSTART", activity.startDate).date("DTEND", activity.endDate.plusDays(1));
        } else {
            ics.instant("DTSTART", activity.startsAt).instant("DTEND", activity.endsAt);
        }
        ics.text("SUMMARY", activity.title);
        if (activity.place != null) {
            ics.text("LOCATION", activity.place);
        }
        ics.text("DESCRIPTION", description(held))
                .property("CATEGORIES", activity.kind.name())
                .property("STATUS", activity.status == ActivityStatus.CANCELLED ? "CANCELLED" : "CONFIRMED")
                .property("CLASS", activity.visibility == Visibility.PUBLIC ? "PUBLIC" : "PRIVATE")
                .property("END", "VEVENT");
    }

    private static String description(UnitActivity held) {
        Activity activity = held.activity();
        StringJoiner lines = new StringJoiner("\n");
        lines.add(activity.kind.nameVi() + " - " + held.holder().name);
        if (activity.status == ActivityStatus.CANCELLED) {
            lines.add("Đã hủy: " + activity.cancellationReason);
        } else if (activity.status == ActivityStatus.HELD && activity.actualParticipants != null) {
            lines.add("Đã tổ chức, " + activity.actualParticipants + " người tham gia");
        } else if (activity.expectedParticipants != null) {
            lines.add("Dự kiến " + activity.expectedParticipants + " người tham gia");
        }
        return lines.toString();
    }
}
