package vn.culture.lifelong.events.days.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.culture.lifelong.events.days.domain.CommemorativeDay;
import vn.culture.lifelong.events.days.domain.Occurrence;
import vn.culture.lifelong.events.days.repository.CommemorativeDayRepository;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.repository.UnitViewRepository;

/** The days a unit keeps in a year: the national ones and those of the unit or a unit above it, in date order. */
@ApplicationScoped
public class DayCalendarService {

    /** A day and when it falls in the year asked. */
    public record DayInYear(CommemorativeDay day, Occurrence occurrence) {
    }

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
        List<String> keepers = unitCode.map(this::unitAndAncestorCodes).orElse(List.of());
        return days.nationalAndOf(keepers).stream()
                .flatMap(day -> day.occurrenceIn(year).map(occurrence -> new DayInYear(day, occurrence)).stream())
                .sorted(Comparator.comparing((DayInYear each) -> each.occurrence().start()).thenComparing(each -> each.day().code))
                .toList();
    }

    /** The codes the unit and the units above it bear today, read from its path of ids. */
    private List<String> unitAndAncestorCodes(String code) {
        UnitView unit = units.findByCode(code).orElseThrow(() -> new NotFoundException("unit.not.found", code));
        List<Long> ids = Arrays.stream(unit.path.split("/")).filter(id -> !id.isEmpty()).map(Long::valueOf).toList();
        return units.<UnitView>list("unitId in ?1", ids).stream().map(each -> each.code).toList();
    }

    private int thisYear() {
        return LocalDate.now(clock.withZone(VIETNAM)).getYear();
    }
}
