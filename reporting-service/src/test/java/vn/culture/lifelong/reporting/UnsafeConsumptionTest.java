package vn.culture.lifelong.reporting;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.quarkus.BrokenEvents;
import vn.culture.lifelong.stack.quarkus.EventContracts;
import vn.culture.lifelong.stack.quarkus.PlansWorld;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestKafka;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * OWASP API10, unsafe consumption of APIs: what reporting-service reads from other services' topics (units, plans and
 * indicators from plans-service, activities from events-service) is taken as untrusted input. On each topic, records
 * that are not JSON, break the contract, are too big for what this service keeps (a name longer than the 255
 * characters it keeps, one of 900 KB, a year PostgreSQL cannot hold) or arrive twice go ahead of a good event with the
 * same key, so on the same partition: the good event is still applied, the bad ones are not (each goes to the
 * service's dead-letter topic), a duplicate is applied once, and the service stays ready.
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class UnsafeConsumptionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String RENAMED = "Thư viện tỉnh (đổi tên)";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource database;

    private record Sent(String topic, String key, int broken) {
    }

    @Test
    void api10_unsafeConsumptionOfApis() {
        List<Sent> sent = new ArrayList<>();
        try (ReportingWorld world = new ReportingWorld(bootstrapServers)) {
            PlansWorld.Unit unit = units(world, sent);
            String indicator = indicators(world, sent);
            PlansWorld.Plan plan = plans(world, unit, sent);
            long activity = activities(world, unit, sent);

            await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.forRole("viewer", "T"))
                    .get("/api/reports/units/{code}", unit.code()).then().statusCode(200)
                    .body("name", equalTo(RENAMED)).body("sourceVersion", equalTo(1)));
            await().atMost(PATIENCE).until(() -> text("SELECT name_vi FROM indicator_view WHERE code = ?", indicator),
                    equalTo("Chỉ tiêu " + indicator));
            await().atMost(PATIENCE).until(() -> text("SELECT number FROM plan_view WHERE plan_id = ?", plan.id),
                    equalTo(plan.number));
            await().atMost(PATIENCE).until(() -> text("SELECT kind || ' ' || start_date FROM activity_view WHERE activity_id = ?",
                    activity), equalTo("FESTIVAL 2026-04-21"));
        }
        for (Sent bad : sent) {
            try (TestKafka.Reader deadLetters = TestKafka.reader(bootstrapServers, bad.topic() + ".reporting-service.dlq")) {
                assertThat(deadLetters.recordsFor(bad.key(), bad.broken(), PATIENCE)).as("dead letters of " + bad)
                        .hasSize(bad.broken());
            }
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    /**
     * Units: broken records, then the unit created (its event sent twice) and renamed, then its creation once more.
     * The read model holds the renamed unit, and the creation's event id once.
     */
    private PlansWorld.Unit units(ReportingWorld world, List<Sent> sent) {
        long id = PlansWorld.nextId();
        String code = "API10" + id;
        List<String> broken = BrokenEvents.ofUnit(id, code);
        broken.forEach(record -> world.sendRaw("plans.units.v1", code, record));
        world.sendRaw("plans.units.v1", code, EventContracts.checkedEnvelope(
                PlansWorld.envelope("plans.unit.exploded.v2", code, Map.of("code", code))));
        sent.add(new Sent("plans.units.v1", code, broken.size()));

        UUID created = UUID.randomUUID();
        String creation = BrokenEvents.unit(created, "plans.unit.created.v1", id, code, "Thư viện tỉnh", 0);
        world.sendRaw("plans.units.v1", code, creation);
        world.sendRaw("plans.units.v1", code, creation);
        world.sendRaw("plans.units.v1", code, BrokenEvents.unit(UUID.randomUUID(), "plans.unit.updated.v1", id, code,
                RENAMED, 1));
        world.sendRaw("plans.units.v1", code, creation);
        await().atMost(PATIENCE).until(() -> text("SELECT count(*) FROM processed_event WHERE id = ?", created), equalTo("1"));
        return new PlansWorld.Unit(id, code, RENAMED, "LIBRARY", "PROVINCE", null, "/" + id + "/", null, null, List.of(), 1);
    }

    /** Indicators: broken records, then the indicator as plans-service publishes it. */
    private String indicators(ReportingWorld world, List<Sent> sent) {
        String code = "API10_" + PlansWorld.nextId();
        List<String> broken = List.of(
                "not JSON at all",
                PlansWorld.envelope("plans.indicator.created.v1", code, Map.of("code", code, "valueType", 5)),
                PlansWorld.envelope("plans.indicator.updated.v1", code, indicatorData(code, "Chỉ tiêu ".repeat(60))));
        broken.forEach(record -> world.sendRaw("plans.indicators.v1", code, record));
        sent.add(new Sent("plans.indicators.v1", code, broken.size()));
        world.indicator(code, "NUMBER");
        return code;
    }

    private static Map<String, Object> indicatorData(String code, String nameVi) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", code);
        data.put("nameVi", nameVi);
        data.put("nameEn", "Indicator");
        data.put("unitOfMeasure", "lượt");
        data.put("valueType", "NUMBER");
        data.put("acrossUnits", "SUM");
        data.put("overTime", "SUM");
        data.put("direction", "HIGHER_IS_BETTER");
        data.put("sector", "LIBRARY");
        data.put("description", null);
        data.put("version", BrokenEvents.AHEAD);
        return data;
    }

    /** Plans: broken records, then the plan issued by {@code unit}, as plans-service publishes it. */
    private PlansWorld.Plan plans(ReportingWorld world, PlansWorld.Unit unit, List<Sent> sent) {
        PlansWorld.Plan plan = new PlansWorld.Plan(unit, 2026, 2026);
        String key = Long.toString(plan.id);
        List<String> broken = BrokenEvents.ofPlan(plan.id, unit);
        broken.forEach(record -> world.sendRaw("plans.plans.v1", key, record));
        sent.add(new Sent("plans.plans.v1", key, broken.size()));
        world.issue(plan);
        return plan;
    }

    /** Activities: broken records, then the activity as events-service publishes it. */
    private long activities(ReportingWorld world, PlansWorld.Unit unit, List<Sent> sent) {
        long id = PlansWorld.nextId();
        String key = Long.toString(id);
        Map<String, Object> beyondAnyCalendar = new LinkedHashMap<>(Map.of("id", id, "unitId", unit.id(),
                "kind", "FESTIVAL", "startDate", "+999999999-12-31", "endDate", "+999999999-12-31", "status", "PLANNED",
                "version", BrokenEvents.AHEAD));
        Map<String, Object> unknownKind = new LinkedHashMap<>(beyondAnyCalendar);
        unknownKind.putAll(Map.of("kind", "X".repeat(40), "startDate", "2026-04-21", "endDate", "2026-04-21"));
        List<String> broken = List.of(
                "",
                PlansWorld.envelope("/events-service", "events.activity.created.v1", key, beyondAnyCalendar),
                PlansWorld.envelope("/events-service", "events.activity.created.v1", key, unknownKind));
        broken.forEach(record -> world.sendRaw("events.activities.v1", key, record));
        sent.add(new Sent("events.activities.v1", key, broken.size()));
        world.activity(id, unit, "FESTIVAL", LocalDate.parse("2026-04-21"), "PLANNED", 0);
        return id;
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
