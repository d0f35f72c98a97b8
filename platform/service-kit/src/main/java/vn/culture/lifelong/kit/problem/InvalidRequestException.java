package vn.culture.lifelong.kit.problem;

/**
 * A request part outside the body that cannot be taken (HTTP 400): a header ({@code If-Match}) or a query or
 * path parameter. {@code field} names it as the caller sent it.
 */
public class InvalidRequestException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidRequestException(String field, String messageKey) {
        super(messageKey + " (" + field + ")");
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
