package vn.culture.lifelong.events.activities.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.culture.lifelong.events.activities.domain.Activity;
import vn.culture.lifelong.kit.outbox.OutgoingEvent;
import vn.culture.lifelong.units.domain.UnitView;

/**
 * The events of {@code events.activities.v1}, keyed by activity id so that one activity's changes keep their order.
 * Each carries the activity as the change left it ({@code events/events.activity.v1.schema.json}), so that reporting
 * can count activities held by unit, kind, day, plan and task.
 */
public sealed interface ActivityEvent extends OutgoingEvent permits ActivityEvent.Created, ActivityEvent.Updated,
        ActivityEvent.Held, ActivityEvent.Cancelled {

    String TOPIC = "events.activities.v1";

    /** The payload of every activity event; {@code start} and {@code end} as the API writes them. */
    record Data(long id, long unitId, String unitCode, String kind, String title, String place, boolean allDay,
            String start, String end, LocalDate startDate, LocalDate endDate, String dayCode, Long planId,
            String taskKey, Integer expectedParticipants, Integer actualParticipants, String status, String visibility,
            String cancellationReason, long version, String changedBy) {

        public static Data of(Activity activity, UnitView holder) {
            return new Data(activity.id, activity.unitId, holder.code, activity.kind.name(), activity.title,
                    activity.place, activity.allDay, activity.time().startText(), activity.time().endText(),
                    activity.startDate, activity.endDate, activity.dayCode, activity.planId, activity.taskKey,
                    activity.expectedParticipants, activity.actualParticipants, activity.status.name(),
                    activity.visibility.name(), activity.cancellationReason, activity.version, activity.updatedBy);
        }
    }

    record Created(Data data, OffsetDateTime time) implements ActivityEvent {

        public static final String TYPE = "events.activity.created.v1";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record Updated(Data data, OffsetDateTime time) implements ActivityEvent {

        public static final String TYPE = "events.activity.updated.v1";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record Held(Data data, OffsetDateTime time) implements ActivityEvent {

        public static final String TYPE = "events.activity.held.v1";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record Cancelled(Data data, OffsetDateTime time) implements ActivityEvent {

        public static final String TYPE = "events.activity.cancelled.v1";

        @Override
        public String type() {
            return TYPE;
        }
    }

    @Override
    Data data();

    @Override
    default String topic() {
        return TOPIC;
    }

    @Override
    default String subject() {
        return Long.toString(data().id());
    }
}
