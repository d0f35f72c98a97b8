package vn.culture.lifelong.reporting.activities;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitObligations;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitUnits;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.one;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.under;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.reporting.ReportingWorld;
import vn.culture.lifelong.reporting.activities.repository.ActivityViewRepository;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Plan;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * Activities held come into drafts by themselves: the lines of indicators that count activities start with the count
 * of those held in the unit's tree during the data window, say so and list them; later changes of activities update
 * drafts, never submitted reports; a reporter's own value overrides the count, and the history says so.
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class CalendarCountsTest {

    private static final LocalDate BOOK_DAY = LocalDate.of(2026, 4, 21);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    IndicatorViewRepository indicators;

    @Inject
    ActivityViewRepository activities;

    private ReportingWorld world;
    private Unit commune;
    private Unit culturalHouse;
    private Unit otherCommune;
    private long report;

    @BeforeEach
    void draftAfterTheActivities() {
        world = new ReportingWorld(bootstrapServers);
        Unit province = world.unit("Tỉnh Lạng Sơn Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        commune = world.unit("Xã Đồng Đăng Thử", "PEOPLES_COMMITTEE", "COMMUNE", province);
        culturalHouse = world.unit("Nhà văn hóa thôn Pò Kéo", "CULTURAL_HOUSE", "VILLAGE", commune);
        otherCommune = world.unit("Xã Khác", "PEOPLES_COMMITTEE", "COMMUNE", province);
        world.indicator("GEN_ACTIVITIES", "NUMBER");
        world.indicator("LIB_THEMATIC_DISPLAYS", "NUMBER");
        String visits = world.indicator("NUMBER");
        awaitUnits(province, commune, culturalHouse, otherCommune);
        await().atMost(ReportingWorld.PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> indicators
                .count("code in ?1", List.of("GEN_ACTIVITIES", "LIB_THEMATIC_DISPLAYS", visits)) == 3));
        Plan plan = new Plan(province, 2026, 2026)
                .target("T01", "GEN_ACTIVITIES", "COUNT_OF_ACTIVITIES", under(province, null, "COMMUNE"), 12, null)
                .target("T02", "LIB_THEMATIC_DISPLAYS", "COUNT_OF_ACTIVITIES", under(province, null, "COMMUNE"), 4, null)
                .target("T03", visits, "ABSOLUTE", under(province, null, "COMMUNE"), 5_000, null)
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(province), List.of(under(province, null, "COMMUNE")));
        world.issue(plan);
        awaitObligations(plan.id, 2);

        // Held in the commune's tree in the window (15/12/2025–14/12/2026): a display, a festival at its cultural house.
        long display = ReportingWorld.nextId();
        long festival = ReportingWorld.nextId();
        world.activity(display, commune, "THEMATIC_DISPLAY", BOOK_DAY, "HELD", 1);
        world.activity(festival, culturalHouse, "FESTIVAL", BOOK_DAY.plusDays(10), "HELD", 1);
        // Not counted: planned only, held after the window, held by another commune.
        world.activity(ReportingWorld.nextId(), commune, "EXHIBITION", BOOK_DAY, "PLANNED", 0);
        world.activity(ReportingWorld.nextId(), commune, "TALK", LocalDate.of(2026, 12, 20), "HELD", 1);
        world.activity(ReportingWorld.nextId(), otherCommune, "TALK", BOOK_DAY, "HELD", 1);
        awaitActivities(5);

        long obligation = reporter().queryParam("plan", plan.id).get("/api/reports/obligations").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        JsonPath draft = reporter().body(Map.of("obligationId", obligation)).post("/api/reports/reports").then()
                .statusCode(201).extract().jsonPath();
        report = draft.getLong("id");
        assertThat(line(draft, "T01").get("value")).isEqualTo(2);
        assertThat(line(draft, "T01").get("fromCalendar")).isEqualTo(true);
        assertThat(longs(line(draft, "T01").get("activities"))).containsExactlyInAnyOrder(display, festival);
        assertThat(line(draft, "T02").get("value")).isEqualTo(1);
        assertThat(longs(line(draft, "T02").get("activities"))).containsExactly(display);
        assertThat(line(draft, "T03").get("value")).isNull();
        assertThat(line(draft, "T03").get("fromCalendar")).isEqualTo(false);
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    private RequestSpecification reporter() {
        return given().auth().oauth2(TestTokens.forRole("reporter", commune.code())).contentType(ContentType.JSON);
    }

    private JsonPath read() {
        return reporter().get("/api/reports/reports/{id}", report).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> line(JsonPath report, String target) {
        return report.getMap("lines.find { it.target == '" + target + "' }");
    }

    private static List<Long> longs(Object numbers) {
        return ((List<?>) numbers).stream().map(number -> ((Number) number).longValue()).toList();
    }

    private void awaitActivities(long atLeast) {
        await().atMost(ReportingWorld.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> activities.count() >= atLeast));
    }

    @Test
    void aLaterChangeOfAnActivityUpdatesTheDraft() {
        long talk = ReportingWorld.nextId();
        world.activity(talk, culturalHouse, "TALK", BOOK_DAY.plusDays(30), "PLANNED", 0);
        world.activity(talk, culturalHouse, "TALK", BOOK_DAY.plusDays(30), "HELD", 1);
        await().atMost(ReportingWorld.PATIENCE).untilAsserted(() -> assertThat(line(read(), "T01").get("value")).isEqualTo(3));
        assertThat(longs(line(read(), "T01").get("activities"))).contains(talk);
        world.activity(talk, culturalHouse, "TALK", BOOK_DAY.plusDays(30), "CANCELLED", 2);
        await().atMost(ReportingWorld.PATIENCE).untilAsserted(() -> assertThat(line(read(), "T01").get("value")).isEqualTo(2));
    }

    @Test
    void aReportersOwnValueOverridesTheCountAndTheHistorySaysSo() {
        String version = reporter().get("/api/reports/reports/{id}", report).then().extract().header("ETag");
        // T01 overridden; T02 not sent, so it stays the calendar's; T03 answered.
        reporter().header("If-Match", version).body(Map.of("lines", List.of(
                        Map.of("target", "T01", "unitCode", commune.code(), "value", 5),
                        Map.of("target", "T03", "unitCode", commune.code(), "value", 6_100))))
                .put("/api/reports/reports/{id}", report).then().statusCode(200);
        JsonPath changed = read();
        assertThat(line(changed, "T01")).containsEntry("value", 5).containsEntry("fromCalendar", false);
        assertThat(line(changed, "T02")).containsEntry("value", 1).containsEntry("fromCalendar", true);
        JsonPath history = reporter().get("/api/reports/reports/{id}/history", report).then().statusCode(200).extract().jsonPath();
        String source = "lines[T01/" + commune.code() + "].source";
        assertThat(history.getString("find { it.field == '" + source + "' }.oldValue")).isEqualTo("CALENDAR");
        assertThat(history.getString("find { it.field == '" + source + "' }.newValue")).isEqualTo("REPORTER");

        // Another display held: the calendar's T02 follows, the reporter's T01 stays theirs.
        world.activity(ReportingWorld.nextId(), commune, "THEMATIC_DISPLAY", BOOK_DAY.plusDays(60), "HELD", 1);
        await().atMost(ReportingWorld.PATIENCE).untilAsserted(() -> assertThat(line(read(), "T02").get("value")).isEqualTo(2));
        assertThat(line(read(), "T01").get("value")).isEqualTo(5);
    }

    @Test
    void aSubmittedReportNeverChanges() {
        reporter().body(Map.of("lines", List.of(Map.of("target", "T03", "unitCode", commune.code(), "value", 6_100))))
                .put("/api/reports/reports/{id}", report).then().statusCode(200);
        reporter().post("/api/reports/reports/{id}/submit", report).then().statusCode(200);
        long version = read().getLong("version");
        long display = ReportingWorld.nextId();
        world.activity(display, commune, "THEMATIC_DISPLAY", BOOK_DAY.plusDays(60), "HELD", 1);
        awaitActivities(6);
        // The activity has arrived and changed nothing.
        await().atMost(ReportingWorld.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> activities.findById(display) != null));
        JsonPath submitted = read();
        assertThat(line(submitted, "T02").get("value")).isEqualTo(1);
        assertThat(submitted.getLong("version")).isEqualTo(version);
    }
}
