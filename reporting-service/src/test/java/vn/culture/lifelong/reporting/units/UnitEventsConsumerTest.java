package vn.culture.lifelong.reporting.units;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.kit.inbox.ProcessedEventRepository;
import vn.culture.lifelong.stack.quarkus.EventContracts;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestKafka;
import vn.culture.lifelong.stack.quarkus.TestTokens;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.messaging.UnitEvent;
import vn.culture.lifelong.units.repository.UnitViewRepository;

/**
 * The unit read model (plans-service/unit-read-model) as reporting-service runs it, fed through a real broker with
 * events that keep plans-service's contract (each sample is checked against its JSON Schemas).
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class UnitEventsConsumerTest {

    private static final String DEAD_LETTERS = "plans.units.v1.reporting-service.dlq";
    private static final AtomicLong UNIT_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ProcessedEventRepository processed;

    @Inject
    UnitViewRepository units;

    private TestKafka.Writer kafka;

    @BeforeEach
    void openWriter() {
        kafka = TestKafka.writer(bootstrapServers);
    }

    @AfterEach
    void closeWriter() {
        kafka.close();
    }

    /** A unit event as plans-service writes it, checked against its contract. */
    private static String unitEvent(UUID eventId, String type, long unitId, String code, String name, String validFrom,
            String validTo, long version) {
        return EventContracts.checked("""
                {"specversion":"1.0","id":"%s","source":"/plans-service","type":"%s","subject":"%s",
                 "time":"2026-11-21T10:00:00Z","datacontenttype":"application/json",
                 "data":{"id":%d,"code":"%s","name":"%s","kind":"PEOPLES_COMMITTEE","level":"COMMUNE","parentCode":"20",
                         "validFrom":%s,"validTo":%s,"successors":[],"populationByYear":{},"version":%d}}"""
                .formatted(eventId, type, code, unitId, code, name, quoted(validFrom), quoted(validTo), version),
                "plans.unit.v1.schema.json");
    }

    private static String quoted(String date) {
        return date == null ? "null" : "\"" + date + "\"";
    }

    /** An event of unit {@code unitId}, open, at {@code version}. */
    private static String unitEvent(UUID eventId, long unitId, String code, String name, long version) {
        return unitEvent(eventId, version == 0 ? UnitEvent.CREATED : UnitEvent.UPDATED, unitId, code, name, null, null, version);
    }

    private void send(String code, String event) {
        kafka.send(UnitEvent.TOPIC, code, event);
    }

    private static ValidatableResponse readUnit(String code) {
        return given().auth().oauth2(TestTokens.forRole("viewer", "T")).get("/api/reports/units/{code}", code).then();
    }

    private static void awaitName(String code, String name) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> readUnit(code).statusCode(200).body("name", equalTo(name)));
    }

    private void awaitProcessed(UUID eventId) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> processed.findById(eventId) != null));
    }

    private static String newCode() {
        return "U" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }

    @Test
    void createdThenUpdatedUnitsAppearInTheReadModel() {
        String code = newCode();
        long unit = UNIT_IDS.incrementAndGet();
        send(code, unitEvent(UUID.randomUUID(), unit, code, "Xã Đồng Đăng", 0));
        awaitName(code, "Xã Đồng Đăng");
        readUnit(code).body("parentCode", equalTo("20")).body("level", equalTo("COMMUNE")).body("sourceVersion", equalTo(0));

        send(code, unitEvent(UUID.randomUUID(), unit, code, "Xã Đồng Đăng mới", 1));
        awaitName(code, "Xã Đồng Đăng mới");
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String code = newCode();
        long unit = UNIT_IDS.incrementAndGet();
        UUID id = UUID.randomUUID();
        send(code, unitEvent(id, unit, code, "Lần đầu", 0));
        awaitName(code, "Lần đầu");

        // Same event id again, with other content: a redelivery must change nothing.
        send(code, unitEvent(id, unit, code, "Lần hai", 5));
        // Same key, same partition: once a later record of this key is applied, the duplicate has been seen.
        send(code, unitEvent(UUID.randomUUID(), unit, code, "Lần đầu", 1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> readUnit(code).body("sourceVersion", equalTo(1)));
        readUnit(code).body("name", equalTo("Lần đầu"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.count("id", id))).isEqualTo(1);
    }

    @Test
    void anOlderVersionDoesNotOverwriteANewerOne() {
        String code = newCode();
        long unit = UNIT_IDS.incrementAndGet();
        send(code, unitEvent(UUID.randomUUID(), unit, code, "Bản 3", 3));
        awaitName(code, "Bản 3");
        UUID older = UUID.randomUUID();
        send(code, unitEvent(older, unit, code, "Bản 2", 2));
        awaitProcessed(older);
        readUnit(code).body("name", equalTo("Bản 3")).body("sourceVersion", equalTo(3));
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicAndLaterEventsStillArrive() {
        String code = newCode();
        try (TestKafka.Reader deadLetters = TestKafka.reader(bootstrapServers, DEAD_LETTERS)) {
            send(code, "this is not JSON");
            send(code, "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"plans.unit.created.v1\"}");
            send(code, unitEvent(UUID.randomUUID(), UNIT_IDS.incrementAndGet(), code, "Sau bản ghi hỏng", 0));

            awaitName(code, "Sau bản ghi hỏng");
            assertThat(deadLetters.recordsFor(code, 2, Duration.ofSeconds(20)))
                    .hasSize(2).first().satisfies(record -> assertThat(record.value()).isEqualTo("this is not JSON"));
        }
    }

    @Test
    void eventTypesThisVersionDoesNotKnowAreSkipped() {
        String code = newCode();
        send(code, EventContracts.checkedEnvelope("""
                {"specversion":"1.0","id":"%s","source":"/plans-service","type":"plans.unit.merged.v1",
                 "subject":"%s","time":"2026-11-21T10:00:00Z","datacontenttype":"application/json","data":{}}"""
                .formatted(UUID.randomUUID(), code)));
        send(code, unitEvent(UUID.randomUUID(), UNIT_IDS.incrementAndGet(), code, "Vẫn tiếp tục", 0));
        awaitName(code, "Vẫn tiếp tục");
    }

    @Test
    void aCodePassedFromAClosedUnitToANewOneKeepsBothApart() {
        String code = newCode();
        long oldId = UNIT_IDS.incrementAndGet();
        long newId = UNIT_IDS.incrementAndGet();
        send(code, unitEvent(UUID.randomUUID(), UnitEvent.UPDATED, oldId, code, "Tỉnh Yên Bái", null, null, 3));
        awaitName(code, "Tỉnh Yên Bái");
        send(code, unitEvent(UUID.randomUUID(), UnitEvent.UPDATED, oldId, code, "Tỉnh Yên Bái", null, "2025-06-30", 4));
        send(code, unitEvent(UUID.randomUUID(), UnitEvent.CREATED, newId, code, "Tỉnh Lào Cai", "2025-07-01", null, 0));
        awaitName(code, "Tỉnh Lào Cai");
        readUnit(code).body("validFrom", equalTo("2025-07-01"));
        // A late change to the closed unit must not overwrite the one bearing the code today.
        UUID lateChange = UUID.randomUUID();
        send(code, unitEvent(lateChange, UnitEvent.UPDATED, oldId, code, "Tỉnh Yên Bái (đã sáp nhập)", null, "2025-06-30", 5));
        awaitProcessed(lateChange);
        assertThat(QuarkusTransaction.requiringNew().call(() -> units.find("unitId", oldId).<UnitView>firstResult().name))
                .isEqualTo("Tỉnh Yên Bái (đã sáp nhập)");
        assertThat(QuarkusTransaction.requiringNew().call(() -> units.count("code", code))).isEqualTo(2);
        readUnit(code).body("name", equalTo("Tỉnh Lào Cai"));
    }

    @Test
    void readingTheReadModelNeedsAToken() {
        given().get("/api/reports/units/ANY").then().statusCode(401).contentType("application/problem+json");
        readUnit("NO-SUCH-UNIT").statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("NO-SUCH-UNIT"));
    }
}
