package vn.culture.lifelong.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.culture.lifelong.events.EventsWorld.awaitUnits;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.activity;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.as;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.today;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.events.EventsWorld;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;

/** A unit's calendar: its days and its ancestors', its subtree's activities the reader may see, in date order. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class CalendarTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private EventsWorld world;
    private Unit province;
    private Unit commune;
    private Unit otherProvince;

    @BeforeEach
    void bookDayIn2027() {
        world = new EventsWorld(bootstrapServers);
        province = world.unit("Tỉnh Lạng Sơn Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        commune = world.unit("Xã Đồng Đăng Thử", "PEOPLES_COMMITTEE", "COMMUNE", province);
        otherProvince = world.unit("Thành phố Cần Thơ Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        awaitUnits(province, commune, otherProvince);
        as("organiser", commune).body(activity(commune, "2027-04-21", "2027-04-21")).post("/api/events/activities")
                .then().statusCode(201);
        as("organiser", commune).body(with(with(activity(commune, "2027-04-20T08:00", "2027-04-20T10:00"), "kind",
                "STORYTELLING"), "visibility", "PUBLIC")).post("/api/events/activities").then().statusCode(201);
        as("organiser", province).body(with(with(activity(province, "2027-04-19", "2027-04-23"), "kind", "BOOK_FAIR"),
                "visibility", "PUBLIC")).post("/api/events/activities").then().statusCode(201);
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    private static JsonPath calendar(String role, Unit caller, Unit unit, String from, String to) {
        return as(role, caller).queryParam("unit", unit.code()).queryParam("from", from).queryParam("to", to)
                .get("/api/events/calendar").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aCommunesCalendarHoldsItsDaysAndItsOwnActivitiesInDateOrder() {
        JsonPath april = calendar("viewer", commune, commune, "2027-04-01", "2027-04-30");
        assertThat(april.getList("type", String.class)).containsExactly("ACTIVITY", "DAY", "ACTIVITY", "DAY");
        assertThat(april.getList("start", String.class))
                .containsExactly("2027-04-20T08:00:00+07:00", "2027-04-21", "2027-04-21", "2027-04-23");
        assertThat(april.getList("dayCode", String.class)).containsExactly("BOOK_AND_READING_DAY",
                "BOOK_AND_READING_DAY", "BOOK_AND_READING_DAY", "WORLD_BOOK_DAY");
        assertThat(april.getString("[0].kind")).isEqualTo("STORYTELLING");
        assertThat(april.getString("[1].title")).isEqualTo("Ngày Sách và Văn hóa đọc Việt Nam");
    }

    @Test
    void aProvincesCalendarHoldsItsSubtreesActivitiesAsTheReaderMaySeeThem() {
        JsonPath ofProvince = calendar("viewer", province, province, "2027-04-19", "2027-04-21");
        assertThat(ofProvince.getList("findAll { it.type == 'ACTIVITY' }.kind", String.class))
                .containsExactly("BOOK_FAIR", "STORYTELLING", "THEMATIC_DISPLAY");
        // Another province sees the public ones only.
        JsonPath seenFromAfar = calendar("viewer", otherProvince, province, "2027-04-19", "2027-04-21");
        assertThat(seenFromAfar.getList("findAll { it.type == 'ACTIVITY' }.kind", String.class))
                .containsExactly("BOOK_FAIR", "STORYTELLING");
        // The commune's calendar does not hold its province's activities, only its days.
        assertThat(calendar("viewer", commune, commune, "2027-04-19", "2027-04-19").getList("type")).isEmpty();
    }

    @Test
    void upcomingHoldsTheNextDaysOnly() {
        LocalDate soon = today().plusDays(5);
        as("organiser", commune).body(with(activity(commune, soon, soon), "title", "Sắp diễn ra")).post("/api/events/activities")
                .then().statusCode(201);
        as("organiser", commune).body(with(activity(commune, soon.plusDays(40), soon.plusDays(40)), "title", "Còn xa"))
                .post("/api/events/activities").then().statusCode(201);
        List<String> titles = as("viewer", commune).queryParam("days", 30).get("/api/events/upcoming").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.type == 'ACTIVITY' }.title", String.class);
        assertThat(titles).containsExactly("Sắp diễn ra");
        as("viewer", commune).queryParam("days", 400).get("/api/events/upcoming").then().statusCode(400)
                .body("errors[0].field", equalTo("days"));
    }

    @Test
    void aPeriodMustBeForwardAndAtMostThreeYears() {
        as("viewer", commune).queryParam("from", "2027-01-01").queryParam("to", "2030-06-01").get("/api/events/calendar")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"));
        as("viewer", commune).queryParam("from", "2027-01-02").queryParam("to", "2027-01-01").get("/api/events/calendar")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as("viewer", commune).queryParam("unit", "NO-SUCH-UNIT").get("/api/events/calendar").then().statusCode(404);
    }
}
