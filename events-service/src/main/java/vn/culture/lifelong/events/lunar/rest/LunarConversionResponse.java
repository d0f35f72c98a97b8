package vn.culture.lifelong.events.lunar.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.events.lunar.service.LunarConversions;

@Schema(name = "LunarConversion", description = "A solar day in the Vietnamese lunar calendar (âm lịch)")
public record LunarConversionResponse(
        @Schema(examples = "2026-02-17") LocalDate date,
        Lunar lunar,
        @Schema(description = "Sexagenary names (can chi) of the lunar year, month and day") CanChi canChi) {

    @Schema(name = "LunarDate")
    public record Lunar(@Schema(examples = "2026") int year, @Schema(examples = "1") int month,
            @Schema(examples = "1") int day, @Schema(description = "A day of a leap month (tháng nhuận)") boolean leapMonth) {
    }

    @Schema(name = "CanChi")
    public record CanChi(@Schema(examples = "Bính Ngọ") String year, @Schema(examples = "Canh Dần") String month,
            String day) {
    }

    public static LunarConversionResponse of(LunarConversions.Conversion conversion) {
        return new LunarConversionResponse(conversion.date(),
                new Lunar(conversion.lunar().year(), conversion.lunar().month(), conversion.lunar().day(),
                        conversion.lunar().leapMonth()),
                new CanChi(conversion.canChi().year(), conversion.canChi().month(), conversion.canChi().day()));
    }
}
