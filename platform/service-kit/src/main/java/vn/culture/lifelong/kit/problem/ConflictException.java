package vn.culture.lifelong.kit.problem;

/** The request clashes with the current state (HTTP 409), e.g. a code that is already taken. */
public class ConflictException extends BusinessRuleException {

    public ConflictException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
