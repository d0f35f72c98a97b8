package vn.culture.lifelong.kit.testapp;

import java.time.OffsetDateTime;
import java.util.Map;
import vn.culture.lifelong.kit.outbox.OutgoingEvent;

/** The test application's one kind of event: a note was taken. */
public record NoteEvent(String subject, OffsetDateTime time, Map<String, Object> data) implements OutgoingEvent {

    public static final String TOPIC = "kit.test.notes.v1";
    public static final String TYPE = "kit.test.note.taken.v1";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
