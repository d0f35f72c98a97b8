package vn.culture.lifelong.plans.service;

/** Nothing of this kind has this code (HTTP 404); {@code messageKey} says what was looked for. */
public class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final String code;

    public NotFoundException(String messageKey, String code) {
        super(messageKey + ": " + code);
        this.messageKey = messageKey;
        this.code = code;
    }

    public static NotFoundException unit(String code) {
        return new NotFoundException("unit.not.found", code);
    }

    public static NotFoundException indicator(String code) {
        return new NotFoundException("indicator.not.found", code);
    }

    public static NotFoundException plan(long id) {
        return new NotFoundException("plan.not.found", Long.toString(id));
    }

    public String messageKey() {
        return messageKey;
    }

    public String code() {
        return code;
    }
}
