package vn.culture.lifelong.events.lunar.domain;

/** A day of the Vietnamese lunar calendar (âm lịch); {@code leapMonth} for the days of a leap month (tháng nhuận). */
public record LunarDate(int year, int month, int day, boolean leapMonth) {
}
