package vn.culture.lifelong.kit.problem;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** One broken rule: the request field at fault (a JSON path), and the message (key and arguments) users see. */
public record Violation(String field, String messageKey, List<Object> arguments) {

    public static Violation of(String field, String messageKey, Object... arguments) {
        // Arguments may be null: a blank number is shown as it is.
        return new Violation(field, messageKey, Collections.unmodifiableList(Arrays.asList(arguments)));
    }
}
