package vn.culture.lifelong.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Who the security suites call as: every role of the realm in the victim province (Lạng Sơn, 20) and its commune Đồng
 * Đăng (06184), the roles of a commune in a sibling commune of Lạng Sơn (Đông Kinh, 05977), the same roles in another
 * province (Cần Thơ, 92, and its commune 31120), and the national administrator. The demo logins of the realm where it has them; the others are
 * added to the stack's Keycloak through its admin API on first use. Every token is a real one from Keycloak.
 */
enum Identity {

    ADMIN("admin.demo", "admin", "BVHTTDL", Place.NATION),
    PLANNER_OF_LANG_SON("planner.langson", "planner", "20", Place.VICTIM_PROVINCE),
    REVIEWER_OF_LANG_SON("reviewer.langson", "reviewer", "20", Place.VICTIM_PROVINCE),
    VIEWER_OF_LANG_SON("e2e.viewer.langson", "viewer", "20", Place.VICTIM_PROVINCE),
    INTEGRATION_OF_LANG_SON("e2e.integration.langson", "integration", "20", Place.VICTIM_PROVINCE),
    REPORTER_OF_LANG_SON("e2e.reporter.langson", "reporter", "20", Place.VICTIM_PROVINCE),
    ORGANISER_OF_LANG_SON("e2e.organiser.langson", "organiser", "20", Place.VICTIM_PROVINCE),
    REPORTER_OF_DONG_DANG("reporter.dongdang", "reporter", "06184", Place.VICTIM_COMMUNE),
    ORGANISER_OF_DONG_DANG("organiser.dongdang", "organiser", "06184", Place.VICTIM_COMMUNE),
    PLANNER_OF_DONG_DANG("e2e.planner.dongdang", "planner", "06184", Place.VICTIM_COMMUNE),
    REVIEWER_OF_DONG_DANG("e2e.reviewer.dongdang", "reviewer", "06184", Place.VICTIM_COMMUNE),
    VIEWER_OF_DONG_DANG("e2e.viewer.dongdang", "viewer", "06184", Place.VICTIM_COMMUNE),
    REPORTER_OF_DONG_KINH("e2e.reporter.dongkinh", "reporter", "05977", Place.SIBLING_COMMUNE),
    ORGANISER_OF_DONG_KINH("e2e.organiser.dongkinh", "organiser", "05977", Place.SIBLING_COMMUNE),
    PLANNER_OF_CAN_THO("planner.cantho", "planner", "92", Place.OTHER_PROVINCE),
    REVIEWER_OF_CAN_THO("e2e.reviewer.cantho", "reviewer", "92", Place.OTHER_PROVINCE),
    VIEWER_OF_CAN_THO("viewer.cantho", "viewer", "92", Place.OTHER_PROVINCE),
    INTEGRATION_OF_CAN_THO("service-account-provincial-system", "integration", "92", Place.OTHER_PROVINCE),
    REPORTER_OF_CAN_THO("e2e.reporter.cantho", "reporter", "31120", Place.OTHER_PROVINCE),
    ORGANISER_OF_CAN_THO("e2e.organiser.cantho", "organiser", "31120", Place.OTHER_PROVINCE);

    /** Where a caller's unit stands to the victim's objects, which Đồng Đăng holds and Lạng Sơn receives. */
    enum Place {
        NATION, VICTIM_PROVINCE, VICTIM_COMMUNE, SIBLING_COMMUNE, OTHER_PROVINCE
    }

    /** Keycloak's access tokens live five minutes (the realm's accessTokenLifespan); one is used for four at most. */
    private static final Duration TOKEN_USE = Duration.ofMinutes(4);

    final String username;
    final String role;
    final String orgUnit;
    final Place place;
    private String token;
    private Instant tokenTakenAt;

    Identity(String username, String role, String orgUnit, Place place) {
        this.username = username;
        this.role = role;
        this.orgUnit = orgUnit;
        this.place = place;
    }

    synchronized String token() {
        if (token == null || tokenTakenAt.plus(TOKEN_USE).isBefore(Instant.now())) {
            tokenTakenAt = Instant.now();
            token = login();
        }
        return token;
    }

    private String login() {
        if (this == INTEGRATION_OF_CAN_THO) {
            return Keycloak.provincialSystemToken();
        }
        if (username.startsWith("e2e.")) {
            Keycloak.addUser(username, orgUnit, role);
        }
        return Keycloak.userToken(username);
    }

    /** The people of Đồng Đăng's line (the commune, the province above it) and the nation's administrator. */
    boolean isOfTheVictimsLine() {
        return place == Place.NATION || place == Place.VICTIM_PROVINCE || place == Place.VICTIM_COMMUNE;
    }

    static Set<Identity> all() {
        return EnumSet.allOf(Identity.class);
    }

    static Set<Identity> where(Predicate<Identity> condition) {
        return Arrays.stream(values()).filter(condition).collect(Collectors.toCollection(() -> EnumSet.noneOf(Identity.class)));
    }

    /** Everyone of the victim's line. */
    static Set<Identity> victimsLine() {
        return where(Identity::isOfTheVictimsLine);
    }

    /** The administrator and everyone whose unit is the victim province itself. */
    static Set<Identity> victimProvince() {
        return where(identity -> identity.place == Place.NATION || identity.place == Place.VICTIM_PROVINCE);
    }

    /** The administrator and these. */
    static Set<Identity> adminAnd(Identity... others) {
        return EnumSet.of(ADMIN, others);
    }
}
