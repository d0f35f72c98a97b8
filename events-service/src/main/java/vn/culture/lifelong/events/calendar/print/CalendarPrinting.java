package vn.culture.lifelong.events.calendar.print;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.culture.lifelong.documents.PrintablePage;
import vn.culture.lifelong.events.activities.domain.Activity;
import vn.culture.lifelong.events.activities.domain.ActivityStatus;
import vn.culture.lifelong.events.calendar.service.CalendarEntry;
import vn.culture.lifelong.events.calendar.service.CalendarQuery;
import vn.culture.lifelong.events.calendar.service.CalendarService;
import vn.culture.lifelong.events.calendar.service.CalendarService.UnitCalendar;
import vn.culture.lifelong.events.days.domain.Occurrence;
import vn.culture.lifelong.kit.persistence.VietnamTime;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.kit.text.Texts;

/**
 * A unit's calendar on paper, what a cultural house pins on its board: the same days and activities as the JSON
 * calendar (as the caller may read them), cancelled activities left out, a section per month of the period (a month
 * with nothing says so), each thing in the month it starts in (or the period's first month, if it started before).
 */
@ApplicationScoped
public class CalendarPrinting {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DATE_IN_FILE_NAME = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String TITLE = "Lịch ngày kỷ niệm và hoạt động";

    private final CalendarService calendars;
    private final Clock clock;

    public CalendarPrinting(CalendarService calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The calendar {@code query} asks for, as {@code caller} may read it, written as a page ready to print. */
    public PrintablePage print(CalendarQuery query, Caller caller) {
        UnitCalendar calendar = calendars.between(query, caller);
        return new PrintablePage(baseName(calendar), page(calendar, VietnamTime.today(clock)).render());
    }

    static CalendarPage page(UnitCalendar calendar, LocalDate printedOn) {
        boolean oneYear = calendar.from().getYear() == calendar.to().getYear();
        boolean wholeYear = oneYear && calendar.from().getDayOfYear() == 1
                && calendar.to().equals(LocalDate.of(calendar.to().getYear(), 12, 31));
        String period = "từ ngày " + DATE.format(calendar.from()) + " đến ngày " + DATE.format(calendar.to());
        String title = oneYear ? TITLE + " năm " + calendar.from().getYear() : TITLE;
        String unitName = text(calendar.unit().name);
        return new CalendarPage(
                (wholeYear ? title : title + " " + period) + " – " + unitName,
                title.toUpperCase(VIETNAMESE),
                unitName,
                wholeYear ? "" : "(" + Character.toUpperCase(period.charAt(0)) + period.substring(1) + ")",
                months(calendar, oneYear),
                DATE.format(printedOn));
    }

    private static List<CalendarPage.Month> months(UnitCalendar calendar, boolean oneYear) {
        Map<YearMonth, List<CalendarPage.Line>> lines = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(calendar.from()); !month.isAfter(YearMonth.from(calendar.to()));
                month = month.plusMonths(1)) {
            lines.put(month, new ArrayList<>());
        }
        for (CalendarEntry entry : calendar.entries()) {
            if (entry instanceof CalendarEntry.ActivityEntry activity
                    && activity.held().activity().status == ActivityStatus.CANCELLED) {
                continue;
            }
            LocalDate shownOn = entry.startDate().isBefore(calendar.from()) ? calendar.from() : entry.startDate();
            lines.get(YearMonth.from(shownOn)).add(line(entry));
        }
        List<CalendarPage.Month> months = new ArrayList<>();
        lines.forEach((month, itsLines) -> months.add(new CalendarPage.Month(
                "Tháng " + month.getMonthValue() + (oneYear ? "" : "/" + month.getYear()), itsLines)));
        return months;
    }

    private static CalendarPage.Line line(CalendarEntry entry) {
        if (entry instanceof CalendarEntry.ActivityEntry held) {
            Activity activity = held.held().activity();
            String when = activity.allDay ? days(activity.startDate, activity.endDate)
                    : times(activity.startsAt, activity.endsAt);
            return new CalendarPage.Line(false, when, text(activity.title), text(activity.place),
                    text(held.held().holder().name));
        }
        CalendarEntry.DayEntry day = (CalendarEntry.DayEntry) entry;
        Occurrence occurrence = day.day().occurrence();
        return new CalendarPage.Line(true, days(occurrence.start(), occurrence.end()), text(day.day().day().nameVi), "", "");
    }

    private static String days(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return DAY.format(start);
        }
        DateTimeFormatter format = start.getYear() == end.getYear() ? DAY : DATE;
        return format.format(start) + " – " + format.format(end);
    }

    private static String times(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        ZonedDateTime start = startsAt.atZoneSameInstant(VietnamTime.ZONE);
        ZonedDateTime end = endsAt.atZoneSameInstant(VietnamTime.ZONE);
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return DAY.format(start) + ", " + TIME.format(start) + " – " + TIME.format(end);
        }
        return DAY.format(start) + " " + TIME.format(start) + " – " + DAY.format(end) + " " + TIME.format(end);
    }

    /** The file name: {@code Lịch năm 2027 - Xã Đồng Đăng}, or with the period's dates when it is not a whole year. */
    static String baseName(UnitCalendar calendar) {
        boolean wholeYear = calendar.from().getDayOfYear() == 1
                && calendar.to().equals(LocalDate.of(calendar.from().getYear(), 12, 31));
        String period = wholeYear ? "năm " + calendar.from().getYear()
                : DATE_IN_FILE_NAME.format(calendar.from()) + " đến " + DATE_IN_FILE_NAME.format(calendar.to());
        return "Lịch " + period + " - " + text(calendar.unit().name).replaceAll("[\\\\/:*?\"<>|]", "").strip();
    }

    /** {@code value} in NFC (the font's precomposed letters); empty for none. */
    private static String text(String value) {
        return value == null ? "" : Texts.nfc(value);
    }
}
