package vn.culture.lifelong.gateway.limits;

/** The kinds of request that have limits of their own. */
public enum RouteClass {

    /** Anyone reading the public calendar, counted per address. */
    PUBLIC_CALENDAR("public-calendar"),
    /** A signed-in caller reading. */
    READS("reads"),
    /** A signed-in caller changing something. */
    WRITES("writes");

    /** The name in configuration and metrics. */
    public final String label;

    RouteClass(String label) {
        this.label = label;
    }
}
