package vn.culture.lifelong.events.days.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.culture.lifelong.events.access.EventsScope;
import vn.culture.lifelong.events.access.EventsScopes;
import vn.culture.lifelong.events.days.domain.CommemorativeDay;
import vn.culture.lifelong.events.days.domain.DayCalendar;
import vn.culture.lifelong.events.days.domain.Occurrence;
import vn.culture.lifelong.events.days.repository.CommemorativeDayRepository;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.persistence.VietnamTime;
import vn.culture.lifelong.kit.problem.ConflictException;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.problem.RulesBrokenException;
import vn.culture.lifelong.kit.problem.Violation;
import vn.culture.lifelong.kit.rest.ExpectedVersion;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.repository.UnitViewRepository;

/**
 * Keeping the days: admins the national ones, organisers those of their unit and the units under it. A day's rule is
 * checked as a whole (a 30/2 solar day, a lunar 31st, half a range…) and nothing is written when it breaks.
 */
@ApplicationScoped
public class DayMaintenance {

    /** A day and when it falls this year, if it is kept this year. */
    public record KeptDay(CommemorativeDay day, Optional<Occurrence> thisYear) {
    }

    private final CommemorativeDayRepository days;
    private final UnitViewRepository units;
    private final EventsScopes scopes;
    private final Clock clock;

    public DayMaintenance(CommemorativeDayRepository days, UnitViewRepository units, EventsScopes scopes, Clock clock) {
        this.days = days;
        this.units = units;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional
    public KeptDay create(DayContent content, Caller caller) {
        if (days.findByCode(content.code()).isPresent()) {
            throw new ConflictException("code", "day.code.taken", content.code());
        }
        CommemorativeDay day = new CommemorativeDay();
        write(day, content, scopes.of(caller), caller);
        try {
            days.persist(day);
            days.flush();
        } catch (PersistenceException e) {
            // Created by someone else since the check above: the unique code is the only constraint left to break.
            throw new ConflictException("code", "day.code.taken", content.code());
        }
        return kept(day);
    }

    @Transactional
    public KeptDay update(String code, DayContent content, ExpectedVersion expected, Caller caller) {
        // Locked, so that two changes at once meet here, the second seeing the first's version.
        CommemorativeDay day = days.find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("day.not.found", code));
        EventsScope scope = scopes.of(caller);
        if (!mayKeep(scope, day.scopeUnitCode)) {
            throw new ForbiddenException("May not keep day " + code);
        }
        expected.check(day.version);
        if (!content.code().equals(code)) {
            throw new RulesBrokenException("problem.day.detail", List.of(Violation.of("code", "day.code.changed", code)));
        }
        write(day, content, scope, caller);
        days.flush();
        return kept(day);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KeptDay read(String code) {
        return kept(days.findByCode(code).orElseThrow(() -> new NotFoundException("day.not.found", code)));
    }

    private KeptDay kept(CommemorativeDay day) {
        return new KeptDay(day, day.occurrenceIn(VietnamTime.today(clock).getYear()));
    }

    private boolean mayKeep(EventsScope scope, String scopeUnitCode) {
        if (scopeUnitCode == null) {
            return scope.isAdmin();
        }
        return scope.isAdmin() || units.findByCode(scopeUnitCode).filter(scope::mayOrganise).isPresent();
    }

    private void write(CommemorativeDay day, DayContent content, EventsScope scope, Caller caller) {
        List<Violation> broken = new ArrayList<>(ruleFaults(content));
        String scopeUnit = content.scopeUnitCode() == null || content.scopeUnitCode().isBlank() ? null
                : content.scopeUnitCode().strip();
        Optional<UnitView> keeper = Optional.ofNullable(scopeUnit).flatMap(units::findByCode);
        if (scopeUnit != null && keeper.isEmpty()) {
            broken.add(Violation.of("scopeUnitCode", "unit.not.found", scopeUnit));
        } else if (scopeUnit == null && !scope.isAdmin()) {
            broken.add(Violation.of("scopeUnitCode", "day.national.admins-only"));
        } else if (keeper.isPresent() && !scope.mayOrganise(keeper.get())) {
            broken.add(Violation.of("scopeUnitCode", "unit.outside", scopeUnit));
        }
        if (!broken.isEmpty()) {
            throw new RulesBrokenException("problem.day.detail", broken);
        }
        day.code = content.code();
        day.nameVi = Texts.nfc(content.nameVi().strip());
        day.nameEn = Texts.nfc(content.nameEn().strip());
        day.calendar = content.calendar();
        day.startMonth = content.startMonth();
        day.startDay = content.startDay();
        day.endMonth = content.endMonth();
        day.endDay = content.endDay();
        day.scopeUnitCode = keeper.map(unit -> unit.code).orElse(null);
        day.legalSource = Texts.nfc(content.legalSource().strip());
        day.sectors = content.sectors().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        day.validFromYear = content.validFromYear();
        day.validToYear = content.validToYear();
        day.updatedBy = caller.name();
        day.updatedAt = Timestamps.now(clock);
    }

    /** What is wrong with the day's yearly rule. */
    private static List<Violation> ruleFaults(DayContent content) {
        List<Violation> broken = new ArrayList<>();
        if ((content.endMonth() == null) != (content.endDay() == null)) {
            broken.add(Violation.of(content.endMonth() == null ? "endMonth" : "endDay", "day.range.half"));
        }
        checkDay(content.calendar(), content.startMonth(), content.startDay(), "startDay", broken);
        if (content.endMonth() != null && content.endDay() != null) {
            checkDay(content.calendar(), content.endMonth(), content.endDay(), "endDay", broken);
            // A solar range may run into the next year (25/12–5/1); a lunar one runs into the next lunar year only
            // from a later month (12th month to 1st), since a lunar year's months are counted anew.
            if (content.calendar() == DayCalendar.LUNAR && content.endMonth().equals(content.startMonth())
                    && content.endDay() < content.startDay()) {
                broken.add(Violation.of("endDay", "day.range.reversed"));
            }
        }
        if (content.validFromYear() != null && content.validToYear() != null
                && content.validToYear() < content.validFromYear()) {
            broken.add(Violation.of("validToYear", "day.years.reversed", content.validFromYear(), content.validToYear()));
        }
        return broken;
    }

    private static void checkDay(DayCalendar calendar, int month, int day, String field, List<Violation> broken) {
        if (calendar == DayCalendar.LUNAR) {
            if (day > 30) {
                broken.add(Violation.of(field, "day.lunar.no-such-day", day, month));
            }
            return;
        }
        try {
            MonthDay.of(month, day);
        } catch (DateTimeException e) {
            broken.add(Violation.of(field, "day.solar.no-such-day", day, month));
        }
    }
}
