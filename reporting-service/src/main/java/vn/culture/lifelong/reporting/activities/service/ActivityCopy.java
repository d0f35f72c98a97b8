package vn.culture.lifelong.reporting.activities.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.culture.lifelong.kit.inbox.Inbox;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.reporting.activities.domain.ActivityView;
import vn.culture.lifelong.reporting.activities.messaging.ActivityEvent;
import vn.culture.lifelong.reporting.activities.repository.ActivityViewRepository;

/**
 * This service's copy of the activities units hold: each event applied once, an older version never winning. Each
 * change counts the calendar's lines of the drafts it concerns again, in the same transaction.
 */
@ApplicationScoped
public class ActivityCopy {

    private final ActivityViewRepository activities;
    private final CalendarCounts calendar;
    private final Inbox inbox;

    public ActivityCopy(ActivityViewRepository activities, CalendarCounts calendar, Inbox inbox) {
        this.activities = activities;
        this.calendar = calendar;
        this.inbox = inbox;
    }

    @Transactional
    public boolean apply(ActivityEvent event) {
        return inbox.applyOnce(event.envelope(), () -> event.activity().ifPresent(this::upsert));
    }

    private void upsert(ActivityEvent.Activity incoming) {
        ActivityView activity = activities.findById(incoming.id());
        boolean isNew = activity == null;
        if (isNew) {
            activity = new ActivityView();
            activity.activityId = incoming.id();
        } else if (activity.sourceVersion >= incoming.version()) {
            return;
        }
        Long formerUnit = isNew ? null : activity.unitId;
        activity.unitId = incoming.unitId();
        activity.kind = incoming.kind();
        activity.startDate = incoming.startDate();
        activity.endDate = incoming.endDate();
        activity.status = incoming.status();
        activity.actualParticipants = incoming.actualParticipants();
        activity.sourceVersion = incoming.version();
        activity.updatedAt = Timestamps.now();
        if (isNew) {
            activities.persist(activity);
        }
        // The drafts that counted (or should now count) it, in the same transaction as the change.
        calendar.recountAbove(activity.unitId);
        if (formerUnit != null && formerUnit != activity.unitId) {
            calendar.recountAbove(formerUnit);
        }
    }
}
