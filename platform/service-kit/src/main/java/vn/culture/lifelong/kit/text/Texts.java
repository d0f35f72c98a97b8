package vn.culture.lifelong.kit.text;

import java.text.Normalizer;
import java.util.OptionalInt;

/** Text as the services take it: Vietnamese stored in Unicode NFC, and no control characters from callers. */
public final class Texts {

    private Texts() {
    }

    /** The text in plain ASCII letters where it had Vietnamese ones: marks dropped, đ as d ({@code Đồng} → {@code Dong}). */
    public static String withoutMarks(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The text as stored: NFC, no surrounding spaces. */
    public static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /**
     * The index of the first control character a caller may not send (PostgreSQL refuses NUL; the others are
     * never meant): any C0 control or DEL, except tab, line feed and carriage return where {@code multiline}.
     */
    public static OptionalInt firstControlCharacter(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowedWhitespace = multiline && (c == '\t' || c == '\n' || c == '\r');
            if ((c < 0x20 || c == 0x7F) && !allowedWhitespace) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
