package vn.culture.lifelong.events.days.domain;

/** Which calendar a day's rule counts in: the solar (Gregorian) one, or the Vietnamese lunar one. */
public enum DayCalendar {
    SOLAR,
    LUNAR
}
