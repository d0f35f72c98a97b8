package vn.culture.lifelong.events.activities.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import vn.culture.lifelong.events.access.EventsScope;
import vn.culture.lifelong.events.access.EventsScopes;
import vn.culture.lifelong.events.activities.domain.Activity;
import vn.culture.lifelong.events.activities.domain.ActivityStatus;
import vn.culture.lifelong.events.activities.domain.ActivityTime;
import vn.culture.lifelong.events.activities.domain.UnitActivity;
import vn.culture.lifelong.events.activities.domain.Visibility;
import vn.culture.lifelong.events.activities.messaging.ActivityEvent;
import vn.culture.lifelong.events.activities.repository.ActivityFilter;
import vn.culture.lifelong.events.activities.repository.ActivityRepository;
import vn.culture.lifelong.events.days.service.DayCalendarService;
import vn.culture.lifelong.events.plans.service.TaskParticipation;
import vn.culture.lifelong.kit.idempotency.IdempotencyKeys;
import vn.culture.lifelong.kit.idempotency.IdempotentRequest;
import vn.culture.lifelong.kit.outbox.Outbox;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.persistence.VietnamTime;
import vn.culture.lifelong.kit.problem.ConflictException;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.problem.RulesBrokenException;
import vn.culture.lifelong.kit.problem.Violation;
import vn.culture.lifelong.kit.rest.ExpectedVersion;
import vn.culture.lifelong.kit.rest.PageRequest;
import vn.culture.lifelong.kit.rest.PageResponse;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.repository.UnitViewRepository;

/**
 * Activities units hold: created, changed, held or cancelled by organisers of the unit or a unit above it (and admins),
 * each change checked as a whole (nothing written when a rule is broken) and published through the outbox in the same
 * transaction.
 */
@ApplicationScoped
public class ActivityService {

    private final ActivityRepository activities;
    private final UnitViewRepository units;
    private final EventsScopes scopes;
    private final DayCalendarService days;
    private final TaskParticipation tasks;
    private final IdempotencyKeys idempotencyKeys;
    private final Outbox outbox;
    private final Clock clock;

    public ActivityService(ActivityRepository activities, UnitViewRepository units, EventsScopes scopes,
            DayCalendarService days, TaskParticipation tasks, IdempotencyKeys idempotencyKeys, Outbox outbox, Clock clock) {
        this.activities = activities;
        this.units = units;
        this.scopes = scopes;
        this.days = days;
        this.tasks = tasks;
        this.idempotencyKeys = idempotencyKeys;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new planned activity; a retry with the same Idempotency-Key gets the one created first. */
    @Transactional
    public UnitActivity create(ActivityContent content, Caller caller, Optional<IdempotentRequest> request) {
        EventsScope scope = scopes.of(caller);
        return idempotencyKeys.createOnce(request, "activity", () -> createNow(content, scope),
                created -> created.activity().id, id -> readable(id, scope, LockModeType.NONE));
    }

    private UnitActivity createNow(ActivityContent content, EventsScope scope) {
        Caller caller = scope.caller();
        Activity activity = new Activity();
        UnitView holder = write(activity, content, scope);
        OffsetDateTime now = Timestamps.now(clock);
        activity.createdBy = caller.name();
        activity.createdAt = now;
        stamp(activity, caller, now);
        activities.persist(activity);
        activities.flush();
        outbox.append(new ActivityEvent.Created(ActivityEvent.Data.of(activity, holder), now));
        return new UnitActivity(activity, holder);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitActivity read(long id, Caller caller) {
        return readable(id, scopes.of(caller), LockModeType.NONE);
    }

    /** Replaces what the activity says; its status changes only by {@link #hold} and {@link #cancel}. */
    @Transactional
    public UnitActivity update(long id, ActivityContent content, ExpectedVersion expected, Caller caller) {
        EventsScope scope = scopes.of(caller);
        UnitActivity current = organised(id, scope, expected);
        if (current.activity().status == ActivityStatus.CANCELLED) {
            throw new ConflictException("status", "activity.cancelled");
        }
        UnitView holder = write(current.activity(), content, scope);
        return publish(current.activity(), holder, caller, ActivityEvent.Updated::new);
    }

    /** Records that a planned activity took place, with how many took part; not before its first day. */
    @Transactional
    public UnitActivity hold(long id, int actualParticipants, ExpectedVersion expected, Caller caller) {
        UnitActivity current = organised(id, scopes.of(caller), expected);
        Activity activity = current.activity();
        if (activity.status != ActivityStatus.PLANNED) {
            throw new ConflictException("status", "activity.step.not-allowed", "held", activity.status);
        }
        if (activity.startDate.isAfter(VietnamTime.today(clock))) {
            throw new RulesBrokenException(List.of(Violation.of("start", "activity.held.not-started", activity.startDate)));
        }
        activity.status = ActivityStatus.HELD;
        activity.actualParticipants = actualParticipants;
        return publish(activity, current.holder(), caller, ActivityEvent.Held::new);
    }

    /** Cancels a planned activity, saying why; it stays in calendars as cancelled. */
    @Transactional
    public UnitActivity cancel(long id, String reason, ExpectedVersion expected, Caller caller) {
        UnitActivity current = organised(id, scopes.of(caller), expected);
        Activity activity = current.activity();
        if (activity.status != ActivityStatus.PLANNED) {
            throw new ConflictException("status", "activity.step.not-allowed", "cancellation", activity.status);
        }
        activity.status = ActivityStatus.CANCELLED;
        activity.cancellationReason = Texts.nfc(reason.strip());
        return publish(activity, current.holder(), caller, ActivityEvent.Cancelled::new);
    }

    /** A page of the activities of a unit's subtree the caller may read, in date order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<UnitActivity> list(ActivityQuery query, PageRequest page, Caller caller) {
        EventsScope scope = scopes.of(caller);
        UnitView unit = scopes.unitAsked(query.unitCode(), scope);
        LocalDate from = query.from().orElse(ActivityTime.FIRST_DAY);
        LocalDate to = query.to().orElse(ActivityTime.LAST_DAY);
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "period.reversed");
        }
        ActivityFilter filter = new ActivityFilter(unit.path, from, to, query.kind(), query.dayCode(), query.planId(), query.status(),
                scope.readers());
        int offset = (int) Math.min(Integer.MAX_VALUE, (long) page.page() * page.size());
        return PageResponse.of(activities.search(filter, offset, page.size()), page, activities.count(filter));
    }

    private UnitActivity publish(Activity activity, UnitView holder, Caller caller,
            BiFunction<ActivityEvent.Data, OffsetDateTime, ActivityEvent> event) {
        OffsetDateTime now = Timestamps.now(clock);
        stamp(activity, caller, now);
        activities.flush();
        outbox.append(event.apply(ActivityEvent.Data.of(activity, holder), now));
        return new UnitActivity(activity, holder);
    }

    private static void stamp(Activity activity, Caller caller, OffsetDateTime now) {
        activity.updatedBy = caller.name();
        activity.updatedAt = now;
    }

    /**
     * Writes {@code content} into {@code activity} once every rule holds, or nothing (422 listing every fault); answers
     * the unit holding it.
     */
    private UnitView write(Activity activity, ActivityContent content, EventsScope scope) {
        List<Violation> broken = new ArrayList<>();
        Optional<UnitView> holder = holderOf(content.unitCode(), scope, broken);
        Optional<ActivityTime> time = ActivityTime.parse(content.start(), content.end(), broken);
        String dayCode = blankToNull(content.dayCode());
        String taskKey = blankToNull(content.taskKey());
        holder.ifPresent(unit -> {
            if (dayCode != null && !days.isKeptBy(dayCode, unit)) {
                broken.add(Violation.of("dayCode", "activity.day.unknown", dayCode, unit.code));
            }
            boolean namedAlready = content.planId() != null && content.planId().equals(activity.planId);
            tasks.check(content.planId(), taskKey, unit, namedAlready, broken);
        });
        if (content.actualParticipants() != null && activity.status != ActivityStatus.HELD) {
            broken.add(Violation.of("actualParticipants", "activity.actual.before-held"));
        }
        if (activity.status == ActivityStatus.HELD && time.isPresent()
                && time.get().startDate().isAfter(VietnamTime.today(clock))) {
            broken.add(Violation.of("start", "activity.held.not-started", time.get().startDate()));
        }
        if (!broken.isEmpty()) {
            throw new RulesBrokenException("problem.activity.detail", broken);
        }
        activity.unitId = holder.orElseThrow().unitId;
        activity.kind = content.kind();
        activity.title = Texts.nfc(content.title().strip());
        activity.place = Optional.ofNullable(blankToNull(content.place())).map(Texts::nfc).orElse(null);
        activity.reschedule(time.orElseThrow());
        activity.dayCode = dayCode;
        activity.planId = content.planId();
        activity.taskKey = taskKey;
        activity.expectedParticipants = content.expectedParticipants();
        if (activity.status == ActivityStatus.HELD && content.actualParticipants() != null) {
            activity.actualParticipants = content.actualParticipants();
        }
        activity.visibility = content.visibility() == null ? Visibility.INTERNAL : content.visibility();
        return holder.get();
    }

    private Optional<UnitView> holderOf(String unitCode, EventsScope scope, List<Violation> broken) {
        Optional<UnitView> unit = units.findByCode(unitCode.strip());
        if (unit.isEmpty()) {
            broken.add(Violation.of("unitCode", "unit.not.found", unitCode));
        } else if (unit.get().validTo != null && unit.get().validTo.isBefore(VietnamTime.today(clock))) {
            broken.add(Violation.of("unitCode", "activity.unit.closed", unitCode, unit.get().validTo));
        } else if (!scope.mayOrganise(unit.get())) {
            broken.add(Violation.of("unitCode", "unit.outside", unitCode));
        } else {
            return unit;
        }
        return Optional.empty();
    }

    /** The activity if the caller may read it; 404 otherwise, so that other units' internal activities stay unseen. */
    private UnitActivity readable(long id, EventsScope scope, LockModeType lock) {
        Activity activity = activities.findByIdOptional(id, lock)
                .orElseThrow(() -> new NotFoundException("activity.not.found", Long.toString(id)));
        UnitView holder = units.findByUnitId(activity.unitId)
                .orElseThrow(() -> new IllegalStateException("Activity " + id + " of unknown unit " + activity.unitId));
        if (!scope.mayRead(holder, activity.visibility)) {
            throw new NotFoundException("activity.not.found", Long.toString(id));
        }
        return new UnitActivity(activity, holder);
    }

    /**
     * The activity if the caller may change it (403 if they only read it), at the version they read (412 if not).
     * Locked, so that two changes at once meet here, the second seeing the first's version and status.
     */
    private UnitActivity organised(long id, EventsScope scope, ExpectedVersion expected) {
        UnitActivity current = readable(id, scope, LockModeType.PESSIMISTIC_WRITE);
        if (!scope.mayOrganise(current.holder())) {
            throw new ForbiddenException("May not organise for " + current.holder().code);
        }
        expected.check(current.activity().version);
        return current;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
