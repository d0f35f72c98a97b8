package vn.culture.lifelong.events.lunar.domain;

import java.time.LocalDate;

/**
 * The sexagenary names (can chi) of a lunar year, month and day: a heavenly stem (can) and an earthly branch (chi),
 * e.g. the year Bính Ngọ (2026).
 */
public record CanChi(String year, String month, String day) {

    private static final String[] STEMS = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    private static final String[] BRANCHES = {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu",
        "Tuất", "Hợi"};

    /** The names of {@code lunar}, the lunar day of {@code solar}; a leap month bears the name of its month. */
    public static CanChi of(LocalDate solar, LunarDate lunar) {
        long julianDay = VietnameseLunarCalendar.julianDay(solar);
        return new CanChi(
                STEMS[Math.floorMod(lunar.year() + 6, 10)] + " " + BRANCHES[Math.floorMod(lunar.year() + 8, 12)],
                STEMS[Math.floorMod(lunar.year() * 12 + lunar.month() + 3, 10)] + " " + BRANCHES[(lunar.month() + 1) % 12],
                STEMS[(int) Math.floorMod(julianDay + 9, 10)] + " " + BRANCHES[(int) Math.floorMod(julianDay + 1, 12)]);
    }
}
