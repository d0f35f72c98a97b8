package vn.culture.lifelong.events.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** Reads a feed back as strict clients do: octet by octet for its lines, then with a real parser (ical4j). */
final class ICalendarFeeds {

    private ICalendarFeeds() {
    }

    /**
     * The physical lines of {@code feed}, once checked: every one ends in CRLF, holds at most 75 octets and whole UTF-8
     * characters, and no continuation line is empty.
     */
    static List<byte[]> checkedLines(byte[] feed) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < feed.length; i++) {
            if (feed[i] == '\n') {
                assertThat(i > start && feed[i - 1] == '\r').as("the line ending at %d is CRLF", i).isTrue();
                byte[] line = Arrays.copyOfRange(feed, start, i - 1);
                assertThat(line.length).as("octets of line %d", lines.size() + 1).isLessThanOrEqualTo(75);
                assertThat(new String(line, StandardCharsets.UTF_8).isBlank()).as("line %d is empty", lines.size() + 1).isFalse();
                decodeStrictly(line);
                lines.add(line);
                start = i + 1;
            } else if (feed[i] == '\r') {
                assertThat(i + 1 < feed.length && feed[i + 1] == '\n').as("CR at %d without LF", i).isTrue();
            }
        }
        assertThat(start).as("the feed ends with CRLF").isEqualTo(feed.length);
        return lines;
    }

    private static void decodeStrictly(byte[] line) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
        } catch (CharacterCodingException e) {
            throw new AssertionError("A fold splits a UTF-8 character: " + new String(line, StandardCharsets.UTF_8), e);
        }
    }

    static Calendar parse(byte[] feed) {
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(feed));
        } catch (Exception e) {
            throw new AssertionError("ical4j cannot read the feed", e);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT");
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(found -> found.getValue()).orElse(null);
    }

    static VEvent withUid(Calendar calendar, String uid) {
        return events(calendar).stream().filter(event -> uid.equals(value(event, "UID"))).findFirst()
                .orElseThrow(() -> new AssertionError("No event " + uid));
    }
}
