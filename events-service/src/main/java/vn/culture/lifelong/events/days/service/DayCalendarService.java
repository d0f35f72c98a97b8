package vn.culture.lifelong.events.days.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.culture.lifelong.events.days.domain.CommemorativeDay;
import vn.culture.lifelong.events.days.domain.Occurrence;
import vn.culture.lifelong.events.days.repository.CommemorativeDayRepository;
import vn.culture.lifelong.kit.persistence.VietnamTime;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.repository.UnitViewRepository;

/** The days a unit keeps in a year: the national ones and those of the unit or a unit above it, in date order. */
@ApplicationScoped
public class DayCalendarService {

    /** A day and when it falls in the year asked. */
    public record DayInYear(CommemorativeDay day, Occurrence occurrence) {
    }

    private static final Comparator<DayInYear> IN_DATE_ORDER = Comparator
            .comparing((DayInYear each) -> each.occurrence().start()).thenComparing(each -> each.day().code);

    private final CommemorativeDayRepository days;
    private final UnitViewRepository units;
    private final Clock clock;

    public DayCalendarService(CommemorativeDayRepository days, UnitViewRepository units, Clock clock) {
        this.days = days;
        this.units = units;
        this.clock = clock;
    }

    /** The days of {@code year} (this year in Vietnam when empty), national and of {@code unitCode}'s tree above it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DayInYear> daysIn(Optional<Integer> wantedYear, Optional<String> unitCode) {
        int year = wantedYear.orElseGet(this::thisYear);
        List<String> keepers = unitCode.map(this::keeperCodes).orElse(List.of());
        return days.nationalAndOf(keepers).stream()
                .flatMap(day -> day.occurrenceIn(year).map(occurrence -> new DayInYear(day, occurrence)).stream())
                .sorted(IN_DATE_ORDER)
                .toList();
    }

    /**
     * Every occurrence of the days {@code unit} keeps (national ones only without a unit) that has a day from
     * {@code from} to {@code to}, in date order.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DayInYear> occurrencesBetween(LocalDate from, LocalDate to, Optional<UnitView> unit) {
        List<String> keepers = unit.map(this::keeperCodes).orElse(List.of());
        List<CommemorativeDay> kept = days.nationalAndOf(keepers);
        // A range that starts in one year may end in the next: the year before the window is looked at too.
        return IntStream.rangeClosed(from.getYear() - 1, to.getYear()).boxed()
                .flatMap(year -> kept.stream().flatMap(day -> day.occurrenceIn(year)
                        .filter(occurrence -> !occurrence.end().isBefore(from) && !occurrence.start().isAfter(to))
                        .map(occurrence -> new DayInYear(day, occurrence)).stream()))
                .sorted(IN_DATE_ORDER)
                .toList();
    }

    /** Whether {@code unit} keeps the day {@code code}: a national day, or one of the unit or a unit above it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isKeptBy(String code, UnitView unit) {
        return days.findByCode(code)
                .filter(day -> day.scopeUnitCode == null || keeperCodes(unit).contains(day.scopeUnitCode))
                .isPresent();
    }

    private List<String> keeperCodes(String code) {
        return keeperCodes(units.findByCode(code).orElseThrow(() -> new NotFoundException("unit.not.found", code)));
    }

    /** The codes the unit and the units above it bear today, read from its path of ids: whose days it keeps. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> keeperCodes(UnitView unit) {
        return units.<UnitView>list("unitId in ?1", UnitView.idsOnPath(unit.path)).stream().map(each -> each.code).toList();
    }

    private int thisYear() {
        return VietnamTime.today(clock).getYear();
    }
}
