package vn.culture.lifelong.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.quarkus.BrokenEvents;
import vn.culture.lifelong.stack.quarkus.PlansWorld;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestKafka;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * OWASP API10, unsafe consumption of APIs: what events-service reads from plans-service's topics (units, plans) is
 * taken as untrusted input. Records that are not JSON, break the contract or are too big for what this service keeps go
 * ahead of a good event with the same key, so on the same partition: the good event is still applied, the bad ones are
 * not (each goes to the service's dead-letter topic), a duplicate is applied once, and the service stays ready.
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class UnsafeConsumptionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String NAME = "Thư viện tỉnh";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource database;

    @Test
    void api10_unsafeConsumptionOfApis() {
        long unitId = PlansWorld.nextId();
        String code = "API10" + unitId;
        List<String> brokenUnits = BrokenEvents.ofUnit(unitId, code);
        PlansWorld.Unit unit = new PlansWorld.Unit(unitId, code, NAME, "LIBRARY", "PROVINCE", null, "/" + unitId + "/",
                null, null, List.of(), 0);
        PlansWorld.Plan plan = new PlansWorld.Plan(unit, 2026, 2026);
        String planKey = Long.toString(plan.id);
        List<String> brokenPlans = BrokenEvents.ofPlan(plan.id, unit);
        UUID created = UUID.randomUUID();
        try (EventsWorld world = new EventsWorld(bootstrapServers)) {
            brokenUnits.forEach(record -> world.sendRaw("plans.units.v1", code, record));
            String creation = BrokenEvents.unit(created, "plans.unit.created.v1", unitId, code, NAME, 0);
            world.sendRaw("plans.units.v1", code, creation);
            world.sendRaw("plans.units.v1", code, creation);
            brokenPlans.forEach(record -> world.sendRaw("plans.plans.v1", planKey, record));
            world.issue(plan);
        }

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.forRole("viewer", "T"))
                .get("/api/events/units/{code}", code).then().statusCode(200)
                .body("name", equalTo(NAME)).body("sourceVersion", equalTo(0)));
        await().atMost(PATIENCE).until(() -> text("SELECT count(*) FROM processed_event WHERE id = ?", created), equalTo("1"));
        await().atMost(PATIENCE).until(() -> text("SELECT number FROM plan_view WHERE plan_id = ?", plan.id),
                equalTo(plan.number));
        assertDeadLettered("plans.units.v1", code, brokenUnits.size());
        assertDeadLettered("plans.plans.v1", planKey, brokenPlans.size());
        given().get("/q/health/ready").then().statusCode(200);
    }

    private void assertDeadLettered(String topic, String key, int broken) {
        try (TestKafka.Reader deadLetters = TestKafka.reader(bootstrapServers, topic + ".events-service.dlq")) {
            assertThat(deadLetters.recordsFor(key, broken, PATIENCE)).as("dead letters of " + topic).hasSize(broken);
        }
    }

    /** The first column of the first row {@code sql} reads with {@code parameter}, as text; null when there is none. */
    private String text(String sql, Object parameter) {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
