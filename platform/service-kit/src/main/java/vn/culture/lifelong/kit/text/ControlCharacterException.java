package vn.culture.lifelong.kit.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string holding a control character; Jackson adds the JSON path, so the answer names the field. */
public class ControlCharacterException extends MismatchedInputException {

    public ControlCharacterException(JsonParser parser, int index) {
        super(parser, "Control character at index " + index + " of a string", String.class);
    }
}
