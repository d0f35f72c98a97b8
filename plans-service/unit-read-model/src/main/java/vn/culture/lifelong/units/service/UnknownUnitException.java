package vn.culture.lifelong.units.service;

/** No unit with this code has reached this service (yet). */
public class UnknownUnitException extends RuntimeException {

    private final String code;

    public UnknownUnitException(String code) {
        super("No unit with code " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
