package vn.culture.lifelong.kit.problem;

/** Nothing of this kind has this code or id (HTTP 404); {@code messageKey} says what was looked for. */
public class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final String code;

    public NotFoundException(String messageKey, String code) {
        super(messageKey + ": " + code);
        this.messageKey = messageKey;
        this.code = code;
    }

    public String messageKey() {
        return messageKey;
    }

    public String code() {
        return code;
    }
}
