package vn.culture.lifelong.units.messaging;

/** A record that is not a unit event we can apply; retrying cannot help, so it goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
