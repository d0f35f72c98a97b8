package vn.culture.lifelong.plans.rest;

/** Realm roles of the Keycloak realm (deploy/keycloak/lifelong-realm.json). */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String PLANNER = "planner";

    private Roles() {
    }
}
