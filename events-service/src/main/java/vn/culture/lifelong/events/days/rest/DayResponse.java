package vn.culture.lifelong.events.days.rest;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.events.days.domain.CommemorativeDay;
import vn.culture.lifelong.events.days.domain.DayCalendar;
import vn.culture.lifelong.events.days.domain.Occurrence;
import vn.culture.lifelong.events.days.service.DayCalendarService;
import vn.culture.lifelong.events.days.service.DayMaintenance;
import vn.culture.lifelong.kit.rest.ExpectedVersion;

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
        @Schema(description = "First day in the year asked; empty when the day is not kept that year") LocalDate start,
        @Schema(description = "Last day in the year asked (inclusive)") LocalDate end,
        long version) {

    /** Each year, this day (or from this day to that one) of the solar or lunar calendar. */
    @Schema(name = "DayRule")
    public record Rule(DayCalendar calendar, int startMonth, int startDay, Integer endMonth, Integer endDay) {
    }

    public static DayResponse of(DayCalendarService.DayInYear inYear) {
        return of(inYear.day(), Optional.of(inYear.occurrence()));
    }

    public static DayResponse of(CommemorativeDay day, Optional<Occurrence> occurrence) {
        return new DayResponse(day.code, day.nameVi, day.nameEn,
                new Rule(day.calendar, day.startMonth, day.startDay, day.endMonth, day.endDay), day.scopeUnitCode,
                day.legalSource, day.sectorList(), day.validFromYear, day.validToYear,
                occurrence.map(Occurrence::start).orElse(null), occurrence.map(Occurrence::end).orElse(null), day.version);
    }

    /** The day as the body of {@code response}, with its version as ETag. */
    public static Response answer(DayMaintenance.KeptDay kept, Response.ResponseBuilder response) {
        return response.entity(of(kept.day(), kept.thisYear())).tag(ExpectedVersion.etag(kept.day().version)).build();
    }
}
