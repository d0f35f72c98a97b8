package vn.culture.lifelong.kit.inbox;

/**
 * A record that is not an event this consumer can apply; retrying cannot help, so it goes to the dead-letter topic
 * and the partition moves on.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
