package vn.culture.lifelong.events.lunar.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Vietnamese lunar calendar, from Hồ Ngọc Đức's published astronomical algorithm: new moons and the sun's
 * longitude (for the major solar terms) computed for UTC+7, the meridian 105°E. Month 11 holds the winter solstice;
 * a year of 13 months takes as leap month the first month without a major solar term. Vietnam's calendar differs from
 * China's (UTC+8) in the years where a new moon or a solar term falls near midnight, as Tết 1985 (21 January in
 * Vietnam, 20 February in China). Valid from 1900 to 2100, where the algorithm's approximations hold.
 */
public final class VietnameseLunarCalendar {

    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    /** Vietnam's time zone offset in hours (UTC+7), which places new moons and solar terms on their days. */
    private static final double TIME_ZONE = 7.0;
    /** The Julian day number of 1970-01-01, to pass between Java's epoch days and the algorithm's day numbers. */
    private static final long JULIAN_DAY_OF_EPOCH = 2440588;
    /** The Julian day of the new moon of 1 January 1900, the algorithm's origin. */
    private static final double NEW_MOON_ORIGIN = 2415021.076998695;
    private static final double SYNODIC_MONTH = 29.530588853;

    private VietnameseLunarCalendar() {
    }

    /** The lunar day of a solar one, from 1900 to 2100. */
    public static LunarDate toLunar(LocalDate date) {
        checkRange(date);
        long dayNumber = julianDay(date);
        // The last new moon on or before the day: the mean month places it within a month, the true moon may lie
        // a day beyond (the published algorithm checks one month back only, which misses 7 May 2054).
        long k = (long) Math.floor((dayNumber - NEW_MOON_ORIGIN) / SYNODIC_MONTH) + 1;
        long monthStart = newMoonDay(k);
        while (monthStart > dayNumber) {
            k--;
            monthStart = newMoonDay(k);
        }
        long a11 = lunarMonth11(date.getYear());
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = date.getYear();
            a11 = lunarMonth11(date.getYear() - 1);
        } else {
            lunarYear = date.getYear() + 1;
            b11 = lunarMonth11(date.getYear() + 1);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
    }

    /**
     * The solar day of a lunar one; empty when there is no such day: a leap month the year does not have, or a
     * 30th of a month of 29 days.
     */
    public static Optional<LocalDate> toSolar(LunarDate lunar) {
        if (lunar.month() < 1 || lunar.month() > 12 || lunar.day() < 1 || lunar.day() > 30) {
            return Optional.empty();
        }
        long a11;
        long b11;
        if (lunar.month() < 11) {
            a11 = lunarMonth11(lunar.year() - 1);
            b11 = lunarMonth11(lunar.year());
        } else {
            a11 = lunarMonth11(lunar.year());
            b11 = lunarMonth11(lunar.year() + 1);
        }
        int offset = lunar.month() - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = leapOffset - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (lunar.leapMonth() && lunar.month() != leapMonth) {
                return Optional.empty();
            }
            if (lunar.leapMonth() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (lunar.leapMonth()) {
            return Optional.empty();
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_ORIGIN) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + offset);
        LocalDate solar = solarDate(monthStart + lunar.day() - 1);
        // A 30th that falls on the next month's first day does not exist.
        if (lunar.day() == 30 && !toLunar(solar).equals(lunar)) {
            return Optional.empty();
        }
        return Optional.of(solar);
    }

    public static boolean isSupported(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    private static void checkRange(LocalDate date) {
        if (!isSupported(date)) {
            throw new IllegalArgumentException(date + " is outside " + FIRST_DAY + " – " + LAST_DAY);
        }
    }

    /** The Julian day number of a solar day, which the algorithm and the sexagenary day names count in. */
    public static long julianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_DAY_OF_EPOCH;
    }

    private static LocalDate solarDate(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH);
    }

    /** The day (Julian day number, UTC+7) of the k-th new moon after the one of 1 January 1900. */
    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** The major solar term the sun is in at the start of a day (UTC+7): its longitude in 30° sectors, 0 to 11. */
    private static int sunLongitudeSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** The first day of the lunar month 11 (the one holding the winter solstice) that begins in solar year {@code year}. */
    private static long lunarMonth11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunLongitudeSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** Which month after month 11 starting on {@code a11} is the leap one: the first without a major solar term. */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_ORIGIN) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** The Julian day (UTC) of the k-th new moon after the one of 1 January 1900 (Meeus' approximation). */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m)
                - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr)
                - 0.0004 * Math.sin(dr * 3 * mpr)
                + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr))
                - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m))
                - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr))
                + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** The sun's apparent longitude, in radians from 0 to 2π, at Julian day {@code jdn} (UTC). */
    private static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m)
                + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }
}
