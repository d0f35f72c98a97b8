package vn.culture.lifelong.events.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.culture.lifelong.events.EventsWorld.awaitUnits;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.activity;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.as;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.today;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.with;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.one;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.under;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.events.EventsWorld;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Plan;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestKafka;

/** This service's copy of the issued plans follows their amendments; malformed plan events go to the dead letters. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class PlanCopyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private EventsWorld world;
    private Unit province;
    private Unit commune;

    @BeforeEach
    void units() {
        world = new EventsWorld(bootstrapServers);
        province = world.unit("Tỉnh Lạng Sơn Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        commune = world.unit("Xã Đồng Đăng Thử", "PEOPLES_COMMITTEE", "COMMUNE", province);
        awaitUnits(province, commune);
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    private Map<String, Object> carryingOut(Plan plan, String task) {
        LocalDate start = today().plusDays(7);
        return with(with(activity(commune, start, start), "planId", plan.id), "taskKey", task);
    }

    @Test
    void anAmendedPlansTasksAreTheOnesActivitiesMayCarryOut() {
        Plan plan = new Plan(province, 2026, 2030).task("NV1", "Ngày Sách", one(province),
                List.of(under(province, null, "COMMUNE")));
        world.issueAndAwait(plan);
        as("organiser", commune).body(carryingOut(plan, "NV1")).post("/api/events/activities").then().statusCode(201);

        world.amend(plan.clearTasks().task("NV2", "Tuần lễ học tập suốt đời", one(province),
                List.of(under(province, null, "COMMUNE"))), 2);
        await().atMost(EventsWorld.PATIENCE).untilAsserted(() -> as("organiser", commune).body(carryingOut(plan, "NV2"))
                .post("/api/events/activities").then().statusCode(201));
        as("organiser", commune).body(carryingOut(plan, "NV1")).post("/api/events/activities").then().statusCode(422)
                .body("errors[0].field", equalTo("taskKey"));
    }

    @Test
    void aClosedPlanTakesNoNewActivitiesButKeepsThoseThatCarryItOut() {
        Plan plan = new Plan(province, 2026, 2030).task("NV1", "Ngày Sách", one(province),
                List.of(under(province, null, "COMMUNE")));
        world.issueAndAwait(plan);
        long carrying = as("organiser", commune).body(carryingOut(plan, "NV1")).post("/api/events/activities").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        world.close(plan, LocalDate.of(2026, 12, 31));
        await().atMost(EventsWorld.PATIENCE).untilAsserted(() -> as("organiser", commune).body(carryingOut(plan, "NV1"))
                .post("/api/events/activities").then().statusCode(422).body("errors[0].field", equalTo("planId")));
        as("organiser", commune).body(with(carryingOut(plan, "NV1"), "title", "Trưng bày sách (đổi tên)"))
                .put("/api/events/activities/{id}", carrying).then().statusCode(200);
    }

    @Test
    void theSuccessorOfAMergedCommuneCarriesOutItsTasks() {
        Unit merged = world.unit("Xã Bảo Lâm Thử", "PEOPLES_COMMITTEE", "COMMUNE", province);
        awaitUnits(merged);
        Plan plan = new Plan(province, 2026, 2030).task("NV1", "Ngày Sách", one(province), List.of(one(merged)));
        world.issueAndAwait(plan);
        as("organiser", commune).body(carryingOut(plan, "NV1")).post("/api/events/activities").then().statusCode(422)
                .body("errors[0].field", equalTo("taskKey"));
        // Bảo Lâm merged into Đồng Đăng on 1 July 2025: Đồng Đăng carries out what the plan asked of it.
        awaitUnits(world.close(merged, LocalDate.of(2025, 6, 30), "MERGED_INTO", commune));
        as("organiser", commune).body(carryingOut(plan, "NV1")).post("/api/events/activities").then().statusCode(201);
    }

    @Test
    void malformedPlanEventsGoToTheDeadLetterTopicAndLaterOnesStillArrive() {
        try (TestKafka.Reader deadLetters = TestKafka.reader(bootstrapServers, "plans.plans.v1.events-service.dlq")) {
            world.sendRaw("plans.plans.v1", "bad-1", "not JSON at all");
            world.sendRaw("plans.plans.v1", "bad-1", EventsWorld.envelope("plans.plan.issued.v1", "bad-1",
                    Map.of("id", 1, "status", "ISSUED")));
            world.issueAndAwait(new Plan(province, 2026, 2026).task("NV1", "Ngày Sách", one(province), List.of()));
            assertThat(deadLetters.recordsFor("bad-1", 2, EventsWorld.PATIENCE)).hasSize(2);
        }
    }
}
