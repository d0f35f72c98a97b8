package vn.culture.lifelong.events.feeds.domain;

import java.util.Arrays;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar object (RFC 5545) as UTF-8, the way strict clients want it: CRLF line ends, content lines folded
 * so that no physical line exceeds 75 octets (bytes of UTF-8, never splitting a character), no empty continuation
 * line, TEXT values escaped. Libraries fold by characters (and Vietnamese letters take two or three octets each), so
 * this is done here.
 */
public final class ICalendarWriter {

    static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    /** The octets written so far: a plain growing array, since a feed writes millions of them one by one. */
    private byte[] octets;
    private int size;

    public ICalendarWriter(int expectedBytes) {
        this.octets = new byte[Math.max(expectedBytes, 64)];
    }

    /** A property whose value is written as it is (a date, a code, a number). */
    public ICalendarWriter property(String name, String value) {
        return line(name + ":" + value);
    }

    /** A TEXT property: backslash, semicolon, comma and line breaks escaped. */
    public ICalendarWriter text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    /** An all-day date, e.g. {@code DTSTART;VALUE=DATE:20270421}. */
    public ICalendarWriter date(String name, LocalDate date) {
        return line(name + ";VALUE=DATE:" + DATE.format(date));
    }

    /** An instant in UTC, e.g. {@code DTSTART:20270421T010000Z}. */
    public ICalendarWriter instant(String name, OffsetDateTime instant) {
        return line(name + ":" + UTC_DATE_TIME.format(instant.withOffsetSameInstant(ZoneOffset.UTC)));
    }

    public byte[] toBytes() {
        return Arrays.copyOf(octets, size);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    // A CR of a CRLF pair is left to its LF; a lone one is a line break of its own.
                    if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** One content line, folded: a fold is CRLF and a space, and the space counts towards the next line's 75 octets. */
    private ICalendarWriter line(String content) {
        int used = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            i += Character.charCount(codePoint);
            int length = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (used + length > MAX_OCTETS) {
                write('\r');
                write('\n');
                write(' ');
                used = 1;
            }
            writeUtf8(codePoint, length);
            used += length;
        }
        write('\r');
        write('\n');
        return this;
    }

    private void writeUtf8(int codePoint, int length) {
        switch (length) {
            case 1 -> write(codePoint);
            case 2 -> {
                write(0xC0 | codePoint >> 6);
                write(0x80 | codePoint & 0x3F);
            }
            case 3 -> {
                write(0xE0 | codePoint >> 12);
                write(0x80 | codePoint >> 6 & 0x3F);
                write(0x80 | codePoint & 0x3F);
            }
            default -> {
                write(0xF0 | codePoint >> 18);
                write(0x80 | codePoint >> 12 & 0x3F);
                write(0x80 | codePoint >> 6 & 0x3F);
                write(0x80 | codePoint & 0x3F);
            }
        }
    }

    private void write(int octet) {
        if (size == octets.length) {
            octets = Arrays.copyOf(octets, size * 2);
        }
        octets[size++] = (byte) octet;
    }
}
