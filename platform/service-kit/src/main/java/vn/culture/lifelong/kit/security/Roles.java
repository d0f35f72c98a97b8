package vn.culture.lifelong.kit.security;

/** Realm roles of the Keycloak realm (deploy/keycloak/lifelong-realm.json), the single source of roles. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String PLANNER = "planner";
    /** Drafts and submits the reports of their unit and the units under it. */
    public static final String REPORTER = "reporter";
    /** Returns or accepts the reports their unit (or a unit under it) receives. */
    public static final String REVIEWER = "reviewer";
    /** Holds activities and keeps the days of their unit and the units under it. */
    public static final String ORGANISER = "organiser";
    /** Other provincial systems, with client credentials. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
