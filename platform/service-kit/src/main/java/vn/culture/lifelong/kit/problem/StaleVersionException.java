package vn.culture.lifelong.kit.problem;

/** The caller's If-Match names a version that is no longer current (HTTP 412): someone changed it since. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(long expected, long actual) {
        super("Expected version " + expected + " but the current version is " + actual);
    }
}
