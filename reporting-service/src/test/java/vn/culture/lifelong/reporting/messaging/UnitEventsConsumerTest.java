package vn.culture.lifelong.reporting.messaging;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.messaging.UnitEvent;
import vn.culture.lifelong.units.repository.ProcessedEventRepository;
import vn.culture.lifelong.units.repository.UnitViewRepository;

@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class UnitEventsConsumerTest {

    private static final String TOPIC = "plans.units.v1";
    private static final String DEAD_LETTERS = "plans.units.v1.reporting-service.dlq";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ProcessedEventRepository processed;

    @Inject
    UnitViewRepository units;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void openProducer() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("acks", "all");
        producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    private static String event(UUID id, String type, String code, String name, String parent, long version) {
        return """
                {"specversion":"1.0","id":"%s","source":"/plans-service","type":"%s","subject":"%s",
                 "time":"2026-11-21T10:00:00Z","datacontenttype":"application/json",
                 "data":{"code":"%s","name":"%s","kind":"PEOPLES_COMMITTEE","level":"COMMUNE","parentCode":%s,"version":%d}}"""
                .formatted(id, type, code, code, name, parent == null ? "null" : "\"" + parent + "\"", version);
    }

    private void send(String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
    }

    private static ValidatableResponse readUnit(String code) {
        return given().auth().oauth2(TestTokens.token("viewer.test", "T", "viewer"))
                .get("/api/reports/units/{code}", code).then();
    }

    private static void awaitName(String code, String name) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                readUnit(code).statusCode(200).body("name", equalTo(name)));
    }

    private static String newCode() {
        return "U" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }

    @Test
    void createdThenUpdatedUnitsAppearInTheReadModel() throws Exception {
        String code = newCode();
        send(code, event(UUID.randomUUID(), UnitEvent.CREATED, code, "Xã Đồng Đăng", "20", 0));
        awaitName(code, "Xã Đồng Đăng");
        readUnit(code).body("parentCode", equalTo("20")).body("level", equalTo("COMMUNE")).body("sourceVersion", equalTo(0));

        send(code, event(UUID.randomUUID(), UnitEvent.UPDATED, code, "Xã Đồng Đăng mới", "20", 1));
        awaitName(code, "Xã Đồng Đăng mới");
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() throws Exception {
        String code = newCode();
        UUID id = UUID.randomUUID();
        send(code, event(id, UnitEvent.CREATED, code, "Lần đầu", null, 0));
        awaitName(code, "Lần đầu");

        // Same event id again, with other content: a redelivery must change nothing.
        send(code, event(id, UnitEvent.UPDATED, code, "Lần hai", null, 5));
        String marker = newCode();
        send(marker, event(UUID.randomUUID(), UnitEvent.CREATED, marker, "Đánh dấu", null, 0));
        awaitName(marker, "Đánh dấu");
        // Same key, same partition: once a later record of this key is applied, the duplicate has been seen.
        send(code, event(UUID.randomUUID(), UnitEvent.UPDATED, code, "Lần đầu", null, 1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> readUnit(code).body("sourceVersion", equalTo(1)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.count("id", id))).isEqualTo(1);
    }

    @Test
    void anOlderVersionDoesNotOverwriteANewerOne() throws Exception {
        String code = newCode();
        send(code, event(UUID.randomUUID(), UnitEvent.UPDATED, code, "Bản 3", null, 3));
        awaitName(code, "Bản 3");
        send(code, event(UUID.randomUUID(), UnitEvent.UPDATED, code, "Bản 2", null, 2));
        send(code, event(UUID.randomUUID(), UnitEvent.UPDATED, code, "Bản 4", null, 4));
        awaitName(code, "Bản 4");
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicAndLaterEventsStillArrive() throws Exception {
        String code = newCode();
        try (KafkaConsumer<String, String> deadLetters = deadLetterConsumer()) {
            send(code, "this is not JSON");
            send(code, "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"plans.unit.created.v1\"}");
            send(code, event(UUID.randomUUID(), UnitEvent.CREATED, code, "Sau bản ghi hỏng", null, 0));

            awaitName(code, "Sau bản ghi hỏng");
            List<String> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, String> record : deadLetters.poll(Duration.ofMillis(200))) {
                    if (code.equals(record.key())) {
                        received.add(record.value());
                    }
                }
                return received.size() >= 2;
            });
            assertThat(received).hasSize(2).first().isEqualTo("this is not JSON");
        }
    }

    @Test
    void eventTypesThisVersionDoesNotKnowAreSkipped() throws Exception {
        String code = newCode();
        send(code, """
                {"specversion":"1.0","id":"%s","source":"/plans-service","type":"plans.unit.merged.v1",
                 "subject":"%s","time":"2026-11-21T10:00:00Z","data":{}}""".formatted(UUID.randomUUID(), code));
        send(code, event(UUID.randomUUID(), UnitEvent.CREATED, code, "Vẫn tiếp tục", null, 0));
        awaitName(code, "Vẫn tiếp tục");
    }

    private static String eventWithId(long unitId, String code, String name, String validFrom, String validTo, long version) {
        return """
                {"specversion":"1.0","id":"%s","source":"/plans-service","type":"plans.unit.updated.v1","subject":"%s",
                 "time":"2026-11-21T10:00:00Z","data":{"id":%d,"code":"%s","name":"%s","kind":"PEOPLES_COMMITTEE",
                 "level":"PROVINCE","parentCode":null,"validFrom":%s,"validTo":%s,"version":%d}}"""
                .formatted(UUID.randomUUID(), code, unitId, code, name, validFrom == null ? "null" : "\"" + validFrom + "\"",
                        validTo == null ? "null" : "\"" + validTo + "\"", version);
    }

    @Test
    void aCodePassedFromAClosedUnitToANewOneKeepsBothApart() throws Exception {
        String code = newCode();
        long oldId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        send(code, eventWithId(oldId, code, "Tỉnh Yên Bái", null, null, 3));
        awaitName(code, "Tỉnh Yên Bái");
        send(code, eventWithId(oldId, code, "Tỉnh Yên Bái", null, "2025-06-30", 4));
        send(code, eventWithId(oldId + 1, code, "Tỉnh Lào Cai", "2025-07-01", null, 0));
        awaitName(code, "Tỉnh Lào Cai");
        readUnit(code).body("validFrom", equalTo("2025-07-01"));
        // A late change to the closed unit must not overwrite the one bearing the code today.
        send(code, eventWithId(oldId, code, "Tỉnh Yên Bái (đã sáp nhập)", null, "2025-06-30", 5));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew()
                .call(() -> units.find("unitId", oldId).<UnitView>firstResult().name)).isEqualTo("Tỉnh Yên Bái (đã sáp nhập)"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> units.count("code", code))).isEqualTo(2);
        readUnit(code).body("name", equalTo("Tỉnh Lào Cai"));
    }

    @Test
    void readingTheReadModelNeedsAToken() {
        given().get("/api/reports/units/ANY").then().statusCode(401).contentType("application/problem+json");
        readUnit("NO-SUCH-UNIT").statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("NO-SUCH-UNIT"));
    }

    private KafkaConsumer<String, String> deadLetterConsumer() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("group.id", "dlq-test-" + UUID.randomUUID());
        properties.put("auto.offset.reset", "earliest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(DEAD_LETTERS));
        return consumer;
    }
}
