package vn.culture.lifelong.events.lunar.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.culture.lifelong.events.lunar.domain.CanChi;
import vn.culture.lifelong.events.lunar.domain.LunarDate;
import vn.culture.lifelong.events.lunar.domain.VietnameseLunarCalendar;
import vn.culture.lifelong.kit.problem.InvalidRequestException;

/** Solar days to the Vietnamese lunar calendar, for anyone (the public calendar). */
@ApplicationScoped
public class LunarConversions {

    /** A solar day, its lunar day and their sexagenary names. */
    public record Conversion(LocalDate date, LunarDate lunar, CanChi canChi) {
    }

    /** {@code date} as {@code yyyy-mm-dd}, from 1900 to 2100; anything else is a 400 naming {@code field}. */
    public Conversion ofSolar(String date, String field) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "lunar.date.invalid");
        }
        if (!VietnameseLunarCalendar.isSupported(day)) {
            throw new InvalidRequestException(field, "lunar.date.out-of-range");
        }
        LunarDate lunar = VietnameseLunarCalendar.toLunar(day);
        return new Conversion(day, lunar, CanChi.of(day, lunar));
    }
}
