package vn.culture.lifelong.events.lunar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;

/** The public lunar conversion: no login, the lunar day with its can chi, bad days named. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class LunarResourceTest {

    @Test
    void aSolarDayInTheLunarCalendarWithoutLogin() {
        given().get("/api/events/public/lunar/{date}", "2026-02-17").then().statusCode(200)
                .body("date", equalTo("2026-02-17"))
                .body("lunar.year", equalTo(2026)).body("lunar.month", equalTo(1)).body("lunar.day", equalTo(1))
                .body("lunar.leapMonth", equalTo(false))
                .body("canChi.year", equalTo("Bính Ngọ")).body("canChi.month", equalTo("Canh Dần"));
        given().get("/api/events/public/lunar/{date}", "2025-07-25").then().statusCode(200)
                .body("lunar.month", equalTo(6)).body("lunar.leapMonth", equalTo(true));
    }

    @Test
    void aDayThatIsNotOneOrIsOutsideTheCalendarIsNamed() {
        given().get("/api/events/public/lunar/{date}", "17-02-2026").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("date"));
        given().header("Accept-Language", "en").get("/api/events/public/lunar/{date}", "2101-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", equalTo("The lunar calendar covers the days from 1900-01-01 to 2100-12-31."));
        given().get("/api/events/public/lunar/{date}", "2026-02-30").then().statusCode(400);
    }
}
