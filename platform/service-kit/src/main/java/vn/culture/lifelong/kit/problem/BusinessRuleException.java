package vn.culture.lifelong.kit.problem;

/**
 * A request that is well formed but breaks a rule of the domain (HTTP 422). {@code messageKey} names the
 * message users see, in their language; {@code field} is the request field at fault.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey + " (" + field + ")");
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
