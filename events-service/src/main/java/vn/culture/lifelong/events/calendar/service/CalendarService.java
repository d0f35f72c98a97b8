package vn.culture.lifelong.events.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.culture.lifelong.events.access.EventsScope;
import vn.culture.lifelong.events.access.EventsScopes;
import vn.culture.lifelong.events.activities.repository.ActivityFilter;
import vn.culture.lifelong.events.activities.repository.ActivityRepository;
import vn.culture.lifelong.events.days.service.DayCalendarService;
import vn.culture.lifelong.kit.persistence.VietnamTime;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.units.domain.UnitView;

/**
 * A unit's calendar: the days it keeps (national ones, its own and its ancestors') and the activities of its subtree
 * the reader may see, in date order.
 */
@ApplicationScoped
public class CalendarService {

    /** The longest period one calendar answers, in days: three years. */
    private static final long LONGEST_PERIOD = 3 * 366;

    private final DayCalendarService days;
    private final ActivityRepository activities;
    private final EventsScopes scopes;
    private final Clock clock;

    public CalendarService(DayCalendarService days, ActivityRepository activities, EventsScopes scopes, Clock clock) {
        this.days = days;
        this.activities = activities;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** A unit's calendar over a period: the unit, the period's first and last days, and what falls in it. */
    public record UnitCalendar(UnitView unit, LocalDate from, LocalDate to, List<CalendarEntry> entries) {
    }

    /**
     * The calendar {@code query} asks for: of a unit (the caller's by default), over a year or from {@code from} to
     * {@code to} (this year by default; without {@code to}, a year from {@code from}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitCalendar between(CalendarQuery query, Caller caller) {
        if (query.year().isPresent() && (query.from().isPresent() || query.to().isPresent())) {
            throw new InvalidRequestException("year", "period.year-and-dates");
        }
        int year = query.year().orElseGet(() -> VietnamTime.today(clock).getYear());
        Optional<LocalDate> from = query.from();
        LocalDate first = from.orElse(LocalDate.of(year, 1, 1));
        LocalDate last = query.to().orElseGet(() -> from.isPresent() ? first.plusYears(1).minusDays(1) : LocalDate.of(year, 12, 31));
        if (last.isBefore(first)) {
            throw new InvalidRequestException("to", "period.reversed");
        }
        if (ChronoUnit.DAYS.between(first, last) >= LONGEST_PERIOD) {
            throw new InvalidRequestException("to", "period.too-long");
        }
        EventsScope scope = scopes.of(caller);
        UnitView unit = scopes.unitAsked(query.unit(), scope);
        return new UnitCalendar(unit, first, last, entries(Optional.of(unit), first, last, scope.readers()));
    }

    /** What comes in the next {@code days} days, today included, for reminders. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarEntry> upcoming(Optional<String> unitCode, int days, Caller caller) {
        LocalDate today = VietnamTime.today(clock);
        EventsScope scope = scopes.of(caller);
        return entries(Optional.of(scopes.unitAsked(unitCode, scope)), today, today.plusDays(days - 1L), scope.readers());
    }

    /** The calendar of {@code unit} (national days only without one) from {@code from} to {@code to}, as {@code readers} see it. */
    public List<CalendarEntry> entries(Optional<UnitView> unit, LocalDate from, LocalDate to, ActivityFilter.Readers readers) {
        Stream<CalendarEntry> dayEntries = days.occurrencesBetween(from, to, unit).stream().map(CalendarEntry.DayEntry::new);
        Stream<CalendarEntry> activityEntries = unit.stream()
                .flatMap(root -> activities.search(ActivityFilter.window(root.path, from, to, readers), 0, Integer.MAX_VALUE)
                        .stream())
                .map(CalendarEntry.ActivityEntry::new);
        return Stream.concat(dayEntries, activityEntries).sorted(CalendarEntry.IN_DATE_ORDER).toList();
    }
}
