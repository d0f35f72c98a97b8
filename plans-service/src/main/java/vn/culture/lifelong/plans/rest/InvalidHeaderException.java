package vn.culture.lifelong.plans.rest;

/** A request header that cannot be understood (HTTP 400). */
class InvalidHeaderException extends RuntimeException {

    private final String header;
    private final String messageKey;

    InvalidHeaderException(String header, String messageKey) {
        super(messageKey + " (" + header + ")");
        this.header = header;
        this.messageKey = messageKey;
    }

    String header() {
        return header;
    }

    String messageKey() {
        return messageKey;
    }
}
