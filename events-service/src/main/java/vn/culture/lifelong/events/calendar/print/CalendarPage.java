package vn.culture.lifelong.events.calendar.print;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/**
 * The calendar on paper ({@code templates/calendar-page.html}): a heading, the unit, then a section per month listing
 * its days and activities in date order. Every text is written here, ready to print; the template only lays it out.
 *
 * @param documentTitle the PDF's title
 * @param heading       e.g. {@code LỊCH NGÀY KỶ NIỆM VÀ HOẠT ĐỘNG NĂM 2027}
 * @param unitName      the unit whose calendar it is
 * @param period        the period when it is not a whole year, else empty
 * @param months        every month of the period, in order, empty ones included
 * @param printedOn     the date it was printed, {@code dd/MM/yyyy}
 */
@CheckedTemplate(defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
public record CalendarPage(String documentTitle, String heading, String unitName, String period, List<Month> months,
        String printedOn) implements TemplateInstance {

    /** A month's section: {@code Tháng 4} (with the year when the period spans two), and its lines in date order. */
    public record Month(String heading, List<Line> lines) {
    }

    /**
     * A day's occurrence ({@code day}: its name only) or an activity (its title, place and organising unit), with
     * when it takes place ({@code 21/04}, {@code 19/04 – 23/04}, {@code 20/04, 08:00 – 10:00}).
     */
    public record Line(boolean day, String when, String title, String place, String organiser) {
    }
}
