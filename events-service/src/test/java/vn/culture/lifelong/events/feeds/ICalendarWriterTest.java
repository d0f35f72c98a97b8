package vn.culture.lifelong.events.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.culture.lifelong.events.feeds.ICalendarFeeds.checkedLines;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.events.feeds.domain.ICalendarWriter;

/** Folding by octets: the rule ical4j breaks, tested on the edges. */
class ICalendarWriterTest {

    private static List<String> lines(byte[] written) {
        return checkedLines(written).stream().map(line -> new String(line, StandardCharsets.UTF_8)).toList();
    }

    @Test
    void aLineOfExactly75OctetsIsNotFoldedAndGetsNoEmptyContinuation() {
        String value = "x".repeat(75 - "SUMMARY:".length());
        assertThat(lines(new ICalendarWriter(128).property("SUMMARY", value).toBytes())).containsExactly("SUMMARY:" + value);
        assertThat(lines(new ICalendarWriter(128).property("SUMMARY", value + "y").toBytes()))
                .containsExactly("SUMMARY:" + value, " y");
    }

    @Test
    void vietnameseIsFoldedByOctetsNeverInsideALetter() {
        // "ệ" takes three octets: 25 of them fill 75 octets, but the name comes first.
        String value = "ệ".repeat(40);
        List<String> lines = lines(new ICalendarWriter(256).text("SUMMARY", value).toBytes());
        assertThat(lines).hasSize(2);
        // "SUMMARY:" is 8 octets, so 22 letters (66 octets) fit; the continuation's space leaves room for 24 more.
        assertThat(lines.get(0)).isEqualTo("SUMMARY:" + "ệ".repeat(22));
        assertThat(lines.get(1)).isEqualTo(" " + "ệ".repeat(18));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("SUMMARY:" + value);
    }

    @Test
    void textIsEscaped() {
        assertThat(lines(new ICalendarWriter(64).text("DESCRIPTION", "Hội sách; đường sách, \\ sân\r\nkhấu").toBytes()))
                .containsExactly("DESCRIPTION:Hội sách\\; đường sách\\, \\\\ sân\\nkhấu");
        assertThat(lines(new ICalendarWriter(64).text("DESCRIPTION", "Sáng\rchiều\r").toBytes()))
                .containsExactly("DESCRIPTION:Sáng\\nchiều\\n");
    }
}
