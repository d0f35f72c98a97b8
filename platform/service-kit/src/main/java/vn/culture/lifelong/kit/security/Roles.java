package vn.culture.lifelong.kit.security;

/** Realm roles of the Keycloak realm (deploy/keycloak/lifelong-realm.json), the single source of roles. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String PLANNER = "planner";
    /** Other provincial systems, with client credentials. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
