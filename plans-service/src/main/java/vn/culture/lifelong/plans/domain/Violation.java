package vn.culture.lifelong.plans.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** One broken rule of a document: the JSON path at fault, and the message (key and arguments) users see. */
public record Violation(String field, String messageKey, List<Object> arguments) {

    public static Violation of(String field, String messageKey, Object... arguments) {
        // Arguments may be null: a blank number is shown as it is.
        return new Violation(field, messageKey, Collections.unmodifiableList(Arrays.asList(arguments)));
    }
}
