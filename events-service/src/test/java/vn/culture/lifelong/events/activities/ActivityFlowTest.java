package vn.culture.lifelong.events.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.culture.lifelong.events.EventsWorld.awaitUnits;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.activity;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.as;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.today;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.with;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.one;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.under;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.events.EventsWorld;
import vn.culture.lifelong.stack.quarkus.EventContracts;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Plan;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestKafka;

/**
 * An activity's life through the API: planned (once, whatever the retries), changed under If-Match, held or cancelled,
 * each change published to events.activities.v1 as its contract says; bad input refused naming the field, with nothing
 * written; plan tasks checked against the units taking part.
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class ActivityFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private EventsWorld world;
    private Unit province;
    private Unit commune;
    private Unit otherCommune;

    @BeforeEach
    void units() {
        world = new EventsWorld(bootstrapServers);
        province = world.unit("Tỉnh Lạng Sơn Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        commune = world.unit("Xã Đồng Đăng Thử", "PEOPLES_COMMITTEE", "COMMUNE", province);
        otherCommune = world.unit("Xã Cao Lộc Thử", "CULTURAL_HOUSE", "COMMUNE", province);
        awaitUnits(province, commune, otherCommune);
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    private ValidatableResponse create(Map<String, Object> content) {
        return as("organiser", commune).body(content).post("/api/events/activities").then();
    }

    private static long idOf(ValidatableResponse response) {
        return response.extract().jsonPath().getLong("id");
    }

    @Test
    void anActivityIsPlannedOnceChangedHeldAndEachChangeReachesTheTopic() throws Exception {
        LocalDate start = today().minusDays(2);
        try (TestKafka.Reader events = TestKafka.reader(bootstrapServers, "events.activities.v1")) {
            ValidatableResponse created = as("organiser", commune).header("Idempotency-Key", "display-" + commune.code())
                    .body(activity(commune, start, start.plusDays(1))).post("/api/events/activities").then()
                    .statusCode(201).header("Location", containsString("/api/events/activities/")).header("ETag", "\"0\"")
                    .body("unitCode", equalTo(commune.code())).body("unitName", equalTo("Xã Đồng Đăng Thử"))
                    .body("status", equalTo("PLANNED")).body("visibility", equalTo("INTERNAL"))
                    .body("allDay", equalTo(true)).body("start", equalTo(start.toString()))
                    .body("end", equalTo(start.plusDays(1).toString())).body("actualParticipants", nullValue());
            long id = idOf(created);
            // A retry (the answer was lost) gets the same activity, not a second one.
            as("organiser", commune).header("Idempotency-Key", "display-" + commune.code())
                    .body(activity(commune, start, start.plusDays(1))).post("/api/events/activities").then()
                    .body("id", equalTo((int) id));
            as("organiser", commune).queryParam("unit", commune.code()).get("/api/events/activities").then()
                    .statusCode(200).body("totalItems", equalTo(1));

            Map<String, Object> timed = with(with(activity(commune, start + "T08:00", start + "T11:30"), "visibility", "PUBLIC"),
                    "kind", "STORYTELLING");
            as("organiser", commune).header("If-Match", "\"7\"").body(timed).put("/api/events/activities/{id}", id)
                    .then().statusCode(412);
            as("organiser", commune).header("If-Match", "\"0\"").body(timed).put("/api/events/activities/{id}", id)
                    .then().statusCode(200).header("ETag", "\"1\"").body("allDay", equalTo(false))
                    .body("start", equalTo(start + "T08:00:00+07:00")).body("end", equalTo(start + "T11:30:00+07:00"))
                    .body("kind", equalTo("STORYTELLING")).body("visibility", equalTo("PUBLIC"));

            as("organiser", commune).body(Map.of("actualParticipants", 134)).post("/api/events/activities/{id}/held", id)
                    .then().statusCode(200).body("status", equalTo("HELD")).body("actualParticipants", equalTo(134));
            as("organiser", commune).body(Map.of("actualParticipants", 1)).post("/api/events/activities/{id}/held", id)
                    .then().statusCode(409).contentType("application/problem+json");
            as("organiser", commune).body(Map.of("reason", "Nhầm")).post("/api/events/activities/{id}/cancellation", id)
                    .then().statusCode(409);

            List<ConsumerRecord<String, String>> published = events.recordsFor(Long.toString(id), 3, Duration.ofSeconds(30));
            List<JsonNode> envelopes = published.stream().map(record -> readTree(record.value())).toList();
            assertThat(envelopes).extracting(envelope -> envelope.path("type").asText()).containsExactly(
                    "events.activity.created.v1", "events.activity.updated.v1", "events.activity.held.v1");
            for (JsonNode envelope : envelopes) {
                assertThat(EventContracts.brokenBy(envelope, "events.activity.v1.schema.json")).isEmpty();
            }
            JsonNode held = envelopes.get(2).path("data");
            assertThat(held.path("unitCode").asText()).isEqualTo(commune.code());
            assertThat(held.path("kind").asText()).isEqualTo("STORYTELLING");
            assertThat(held.path("actualParticipants").asInt()).isEqualTo(134);
            assertThat(held.path("startDate").asText()).isEqualTo(start.toString());
            assertThat(envelopes.get(0).path("source").asText()).isEqualTo("/events-service");

            // Once held, it cannot move into the future, and a change that does not give the count keeps it.
            LocalDate later = today().plusDays(3);
            as("organiser", commune).body(with(with(timed, "start", later + "T08:00"), "end", later + "T10:00"))
                    .put("/api/events/activities/{id}", id).then().statusCode(422).body("errors[0].field", equalTo("start"));
            as("organiser", commune).body(with(timed, "title", "Kể chuyện theo sách")).put("/api/events/activities/{id}", id)
                    .then().statusCode(200).body("actualParticipants", equalTo(134)).body("status", equalTo("HELD"));
        }
    }

    @Test
    void aPlannedActivityIsCancelledWithItsReasonAndThenChangesNoMore() {
        LocalDate start = today().plusDays(20);
        long id = idOf(create(activity(commune, start, start)).statusCode(201));
        as("organiser", commune).body(Map.of("actualParticipants", 10)).post("/api/events/activities/{id}/held", id)
                .then().statusCode(422).body("errors[0].field", equalTo("start"));
        as("organiser", commune).body(Map.of()).post("/api/events/activities/{id}/cancellation", id).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        as("organiser", commune).body(Map.of("reason", "Mưa bão, hoãn sang dịp khác"))
                .post("/api/events/activities/{id}/cancellation", id).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancellationReason", equalTo("Mưa bão, hoãn sang dịp khác"));
        as("organiser", commune).body(activity(commune, start, start)).put("/api/events/activities/{id}", id).then()
                .statusCode(409);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        LocalDate start = today().plusDays(10);
        create(activity(commune, start, start.minusDays(1))).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("end"));
        create(activity(commune, start, start + "T10:00")).statusCode(422).body("errors[0].field", equalTo("end"));
        create(activity(commune, start + "T10:00", start + "T10:00")).statusCode(422).body("errors[0].field", equalTo("end"));
        create(activity(commune, "21/4/2027", start)).statusCode(422).body("errors[0].field", equalTo("start"));
        create(with(activity(commune, start, start), "dayCode", "NO_SUCH_DAY")).statusCode(422)
                .body("errors[0].field", equalTo("dayCode"));
        // Đồng Nai's book week is Đồng Nai's: a unit of Lạng Sơn does not keep it.
        create(with(activity(commune, start, start), "dayCode", "DONG_NAI_BOOK_WEEK")).statusCode(422)
                .body("errors[0].field", equalTo("dayCode"));
        create(with(activity(commune, start, start), "expectedParticipants", -5)).statusCode(400)
                .body("errors[0].field", equalTo("expectedParticipants"));
        create(with(activity(commune, start, start), "actualParticipants", 40)).statusCode(422)
                .body("errors[0].field", equalTo("actualParticipants"));
        create(with(activity(commune, start, start), "kind", "PICNIC")).statusCode(400);
        create(with(activity(commune, start, start), "title", " ")).statusCode(400).body("errors[0].field", equalTo("title"));
        // Every fault at once.
        create(with(with(activity(commune, start, start.minusDays(3)), "dayCode", "NO_SUCH_DAY"), "unitCode", "NO-UNIT"))
                .statusCode(422).body("errors.field", containsInAnyOrder("unitCode", "end"));
        // A unit outside the organiser's tree: the neighbouring commune.
        create(activity(otherCommune, start, start)).statusCode(422).body("errors[0].field", equalTo("unitCode"));

        as("organiser", province).queryParam("unit", province.code()).get("/api/events/activities").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anActivityCarriesOutATaskOnlyOfAnIssuedPlanItsUnitTakesPartIn() {
        Unit otherProvince = world.unit("Tỉnh Cao Bằng Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        awaitUnits(otherProvince);
        Plan plan = new Plan(province, 2026, 2030)
                .task("NV1", "Tổ chức các hoạt động hưởng ứng Ngày Sách", one(province),
                        List.of(under(province, "PEOPLES_COMMITTEE", "COMMUNE")))
                .task("NV2", "Trưng bày chuyên đề ở bảo tàng tỉnh", one(otherProvince), List.of());
        world.issueAndAwait(plan);
        LocalDate start = today().plusDays(5);
        Map<String, Object> content = with(activity(commune, start, start), "planId", plan.id);

        create(with(content, "taskKey", "NV1")).statusCode(201).body("planId", equalTo(plan.id))
                .body("taskKey", equalTo("NV1"));
        create(with(content, "taskKey", "NV2")).statusCode(422).body("errors[0].field", equalTo("taskKey"));
        create(with(content, "taskKey", "NV9")).statusCode(422).body("errors[0].field", equalTo("taskKey"));
        create(with(content, "planId", plan.id + 999_999)).statusCode(422).body("errors[0].field", equalTo("planId"));
        create(with(activity(commune, start, start), "taskKey", "NV1")).statusCode(422)
                .body("errors[0].field", equalTo("planId"));
        // The neighbouring commune is a cultural house, not a people's committee: NV1 names only the committees.
        as("organiser", province).body(with(with(activity(otherCommune, start, start), "planId", plan.id), "taskKey", "NV1"))
                .post("/api/events/activities").then().statusCode(422).body("errors[0].field", equalTo("taskKey"));

        as("organiser", province).queryParam("unit", province.code()).queryParam("plan", plan.id)
                .get("/api/events/activities").then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void listsFilterByPeriodKindDayAndStatus() {
        LocalDate start = today().plusDays(30);
        create(activity(commune, start, start)).statusCode(201);
        create(with(with(activity(commune, start.plusDays(60), start.plusDays(60)), "kind", "BOOK_FAIR"), "dayCode", null))
                .statusCode(201);
        as("organiser", province).queryParam("unit", province.code()).queryParam("from", start.plusDays(1).toString())
                .get("/api/events/activities").then().body("totalItems", equalTo(1)).body("items[0].kind", equalTo("BOOK_FAIR"));
        as("organiser", province).queryParam("unit", province.code()).queryParam("kind", "THEMATIC_DISPLAY")
                .get("/api/events/activities").then().body("totalItems", equalTo(1));
        as("organiser", province).queryParam("unit", province.code()).queryParam("day", "BOOK_AND_READING_DAY")
                .get("/api/events/activities").then().body("totalItems", equalTo(1));
        as("organiser", province).queryParam("unit", province.code()).queryParam("status", "HELD")
                .get("/api/events/activities").then().body("totalItems", equalTo(0));
        as("organiser", province).queryParam("unit", province.code())
                .get("/api/events/activities").then().body("items.kind", org.hamcrest.Matchers.contains("THEMATIC_DISPLAY", "BOOK_FAIR"));
        // An evening until midnight takes place on its own day only.
        LocalDate evening = start.plusDays(100);
        create(activity(commune, evening + "T19:00", evening.plusDays(1) + "T00:00")).statusCode(201)
                .body("end", equalTo(evening.plusDays(1) + "T00:00:00+07:00"));
        as("organiser", province).queryParam("unit", province.code()).queryParam("from", evening.plusDays(1).toString())
                .get("/api/events/activities").then().body("totalItems", equalTo(0));
        as("organiser", province).queryParam("unit", province.code()).queryParam("from", "2027-01-02")
                .queryParam("to", "2027-01-01").get("/api/events/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as("organiser", province).queryParam("status", "DONE").get("/api/events/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
