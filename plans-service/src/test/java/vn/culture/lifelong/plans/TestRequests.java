package vn.culture.lifelong.plans;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.atomic.AtomicInteger;
import vn.culture.lifelong.stack.quarkus.TestBodies;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * What plans-service's tests send: requests of a caller with a signed token of a role and unit, codes no other test
 * uses (tests share one database, so each owns its data).
 */
public final class TestRequests {

    /** The unit of callers whose unit does not matter to a test. */
    public static final String ANY_UNIT = "T";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestRequests() {
    }

    public static String uniqueCode(String prefix) {
        return prefix + System.nanoTime() % 100_000 + SEQUENCE.incrementAndGet();
    }

    public static RequestSpecification as(String role, String orgUnit) {
        return given().auth().oauth2(TestTokens.forRole(role, orgUnit)).contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String role) {
        return as(role, ANY_UNIT);
    }

    /** An administrator of the ministry, as in the realm's demo users. */
    public static RequestSpecification asAdmin() {
        return as("admin", "BVHTTDL");
    }

    public static void createUnit(String code, String name, String kind, String level, String parent) {
        asAdmin().body(TestBodies.unitBody(code, name, kind, level, parent)).post("/api/plans/units").then().statusCode(201);
    }
}
