package vn.culture.lifelong.events.days.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.events.days.domain.CommemorativeDay;
import vn.culture.lifelong.events.days.domain.DayCalendar;
import vn.culture.lifelong.events.days.service.DayCalendarService;

@Schema(name = "CommemorativeDay", description = "A commemorative day or season and when it falls in the year asked")
public record DayResponse(
        @Schema(examples = "BOOK_AND_READING_DAY") String code,
        @Schema(examples = "Ngày Sách và Văn hóa đọc Việt Nam") String nameVi,
        @Schema(examples = "Vietnam Book and Reading Culture Day") String nameEn,
        Rule rule,
        @Schema(description = "The unit whose subtree keeps it; empty for a national day") String scopeUnitCode,
        @Schema(examples = "Quyết định số 1862/QĐ-TTg ngày 04/11/2021") String legalSource,
        List<String> sectors,
        Integer validFromYear,
        Integer validToYear,
        @Schema(description = "First day this year") LocalDate start,
        @Schema(description = "Last day this year (inclusive)") LocalDate end) {

    /** Each year, this day (or from this day to that one) of the solar or lunar calendar. */
    @Schema(name = "DayRule")
    public record Rule(DayCalendar calendar, int startMonth, int startDay, Integer endMonth, Integer endDay) {
    }

    public static DayResponse of(DayCalendarService.DayInYear inYear) {
        CommemorativeDay day = inYear.day();
        return new DayResponse(day.code, day.nameVi, day.nameEn,
                new Rule(day.calendar, day.startMonth, day.startDay, day.endMonth, day.endDay), day.scopeUnitCode,
                day.legalSource, day.sectorList(), day.validFromYear, day.validToYear, inYear.occurrence().start(),
                inYear.occurrence().end());
    }
}
