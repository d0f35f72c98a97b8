package vn.culture.lifelong.plans.service;

public class UnitNotFoundException extends RuntimeException {

    private final String code;

    public UnitNotFoundException(String code) {
        super("No unit with code " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
