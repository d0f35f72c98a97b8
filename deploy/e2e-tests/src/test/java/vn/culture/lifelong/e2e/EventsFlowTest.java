package vn.culture.lifelong.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.culture.lifelong.e2e.Keycloak.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.DemoData;
import vn.culture.lifelong.stack.LocalStack;
import vn.culture.lifelong.stack.quarkus.TestKafka;

/**
 * The calendar through the gateway with real Keycloak tokens, a real broker and real databases: anyone reads the
 * public feed of xã Đồng Đăng without logging in, with Book Day (21/4) and Cultural Heritage Day (23/11);
 * organiser.dongdang's activity reaches events.activities.v1 and enters the public feed once public, not before;
 * reporter.dongdang cannot plan one.
 */
class EventsFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String DONG_DANG = "06184";
    private static final String UID_DOMAIN = "@events.lifelong.culture.vn";
    private static LocalStack stack;
    private static String gateway;

    @BeforeAll
    static void startStackWithTheReferenceUnits() {
        stack = Stack.get();
        gateway = stack.gatewayUrl();
        DemoData.asDemoAdministrator(stack).orElseThrow().load();
        await().atMost(PATIENCE).untilAsserted(() -> as("organiser.dongdang").get(gateway + "/api/events/units/{code}",
                DONG_DANG).then().statusCode(200));
    }

    /** The UIDs of the events of xã Đồng Đăng's public feed, read without a token and parsed by ical4j. */
    private static List<String> publicFeedUids() throws Exception {
        byte[] feed = given().queryParam("unit", DONG_DANG).get(gateway + "/api/events/public/calendar.ics").then()
                .statusCode(200).contentType("text/calendar; charset=utf-8").extract().asByteArray();
        List<VEvent> events = new CalendarBuilder().build(new ByteArrayInputStream(feed)).getComponents("VEVENT");
        return events.stream().map(event -> event.getProperty("UID").orElseThrow().getValue()).toList();
    }

    private static Map<String, Object> bookDayDisplay(int year, String visibility) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("unitCode", DONG_DANG);
        activity.put("kind", "THEMATIC_DISPLAY");
        activity.put("title", "Trưng bày sách “Đồng Đăng - cửa ngõ biên cương” chào mừng Ngày Sách");
        activity.put("place", "Nhà văn hóa xã Đồng Đăng");
        activity.put("start", year + "-04-19");
        activity.put("end", year + "-04-23");
        activity.put("dayCode", "BOOK_AND_READING_DAY");
        activity.put("expectedParticipants", 300);
        activity.put("visibility", visibility);
        return activity;
    }

    @Test
    void thePublicFeedWithoutATokenHoldsBookDayAndCulturalHeritageDay() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        assertThat(publicFeedUids()).contains("day-BOOK_AND_READING_DAY-" + year + UID_DOMAIN,
                "day-CULTURAL_HERITAGE_DAY-" + year + UID_DOMAIN);
    }

    @Test
    void anOrganisersActivityReachesTheTopicAndThePublicFeedOnlyOncePublic() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + 1;
        try (TestKafka.Reader topic = TestKafka.reader(stack.kafkaBootstrapServers(), "events.activities.v1")) {
            ValidatableResponse created = as("organiser.dongdang").body(bookDayDisplay(year, "INTERNAL"))
                    .post(gateway + "/api/events/activities").then().statusCode(201);
            long id = created.extract().jsonPath().getLong("id");
            String version = created.extract().header("ETag");

            JsonNode event = new ObjectMapper().readTree(
                    topic.recordsFor(Long.toString(id), 1, Duration.ofSeconds(30)).get(0).value());
            assertThat(event.path("type").asText()).isEqualTo("events.activity.created.v1");
            assertThat(event.path("data").path("unitCode").asText()).isEqualTo(DONG_DANG);
            assertThat(event.path("data").path("dayCode").asText()).isEqualTo("BOOK_AND_READING_DAY");

            String uid = "activity-" + id + UID_DOMAIN;
            assertThat(publicFeedUids()).doesNotContain(uid);
            as("organiser.dongdang").header("If-Match", version).body(bookDayDisplay(year, "PUBLIC"))
                    .put(gateway + "/api/events/activities/{id}", id).then().statusCode(200);
            assertThat(publicFeedUids()).contains(uid);
            assertThat(topic.recordsFor(Long.toString(id), 1, Duration.ofSeconds(30)).get(0).value())
                    .contains("events.activity.updated.v1");
        }
    }

    @Test
    void aReporterCannotPlanAnActivity() {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + 1;
        as("reporter.dongdang").body(bookDayDisplay(year, "PUBLIC")).post(gateway + "/api/events/activities").then()
                .statusCode(403).contentType("application/problem+json");
    }
}
