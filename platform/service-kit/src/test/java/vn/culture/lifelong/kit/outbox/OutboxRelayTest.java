package vn.culture.lifelong.kit.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.testapp.NoteEvent;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestKafka;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * The outbox and its relay on a real PostgreSQL and Kafka. The relay runs by hand here (the scheduler is off in the
 * kit's tests), so each step between commit and send can be observed; each test relays until its own events are
 * sent, whatever other tests left queued.
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxEventRepository events;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String newSubject() {
        return "note-" + UUID.randomUUID();
    }

    private void take(String subject, String text) {
        QuarkusTransaction.requiringNew().run(() ->
                outbox.append(new NoteEvent(subject, Timestamps.now(), Map.of("text", text))));
    }

    private List<OutboxEvent> rowsOf(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> events.list("messageKey = ?1 order by sequence", subject));
    }

    /** Relays batches until every event of {@code subject} is marked sent. */
    private void relayUntilSent(String subject) throws Exception {
        for (int batch = 0; batch < 100; batch++) {
            if (rowsOf(subject).stream().allMatch(row -> row.publishedAt != null)) {
                return;
            }
            relay.relayBatch();
        }
        throw new AssertionError("The events of " + subject + " were not relayed");
    }

    @Test
    void aCommittedEventWaitsInTheOutboxUntilRelayedThenArrivesAsACloudEvent() throws Exception {
        String subject = newSubject();
        try (TestKafka.Reader kafka = TestKafka.reader(bootstrapServers, NoteEvent.TOPIC)) {
            take(subject, "Ngày Sách và Văn hóa đọc Việt Nam");

            // Committed but not sent: as if the service stopped right after the commit.
            List<OutboxEvent> pending = rowsOf(subject);
            assertThat(pending).hasSize(1);
            assertThat(pending.get(0).publishedAt).isNull();
            assertThat(kafka.recordsFor(subject, 0, Duration.ofSeconds(2))).isEmpty();

            relayUntilSent(subject);

            ConsumerRecord<String, String> record = kafka.recordsFor(subject, 1, Duration.ofSeconds(20)).get(0);
            assertThat(record.key()).isEqualTo(subject);
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .startsWith("application/cloudevents+json");
            JsonNode event = json.readTree(record.value());
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("id").asText()).isEqualTo(pending.get(0).id.toString());
            assertThat(event.path("source").asText()).isEqualTo("/service-kit-test");
            assertThat(event.path("type").asText()).isEqualTo(NoteEvent.TYPE);
            assertThat(event.path("subject").asText()).isEqualTo(subject);
            assertThat(event.path("time").asText()).isNotBlank();
            assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.has("requestid")).as("no request caused it").isFalse();
            assertThat(event.path("data").path("text").asText()).isEqualTo("Ngày Sách và Văn hóa đọc Việt Nam");
        }
    }

    @Test
    void aSendThatWasNotMarkedIsSentAgainWithTheSameEventId() throws Exception {
        String subject = newSubject();
        try (TestKafka.Reader kafka = TestKafka.reader(bootstrapServers, NoteEvent.TOPIC)) {
            take(subject, "Ngày Di sản văn hóa Việt Nam");
            relayUntilSent(subject);
            // A crash after the broker's acknowledgement but before the mark committed.
            QuarkusTransaction.requiringNew().run(() -> events.update("publishedAt = null where messageKey = ?1", subject));
            relayUntilSent(subject);

            List<ConsumerRecord<String, String>> records = kafka.recordsFor(subject, 2, Duration.ofSeconds(20));
            assertThat(records).hasSize(2);
            assertThat(json.readTree(records.get(0).value()).path("id"))
                    .isEqualTo(json.readTree(records.get(1).value()).path("id"));
        }
    }

    @Test
    void eventsOfOneSubjectKeepTheirOrder() throws Exception {
        String subject = newSubject();
        try (TestKafka.Reader kafka = TestKafka.reader(bootstrapServers, NoteEvent.TOPIC)) {
            for (int i = 0; i < 6; i++) {
                take(subject, "Bản " + i);
            }
            relayUntilSent(subject);
            List<String> texts = kafka.recordsFor(subject, 6, Duration.ofSeconds(20)).stream()
                    .map(record -> read(record.value()).path("data").path("text").asText())
                    .toList();
            assertThat(texts).containsExactly("Bản 0", "Bản 1", "Bản 2", "Bản 3", "Bản 4", "Bản 5");
        }
    }

    @Test
    void whileOneRelayWorksNoOtherSends() throws Exception {
        String subject = newSubject();
        take(subject, "Chờ");
        try (RelayLock otherInstance = RelayLock.tryAcquire(dataSource).orElseThrow()) {
            assertThat(relay.relayBatch()).isZero();
            assertThat(RelayLock.tryAcquire(dataSource)).isEmpty();
        }
        relayUntilSent(subject);
        assertThat(rowsOf(subject).get(0).publishedAt).isNotNull();
    }

    @Test
    void anEventCarriesTheRequestIdOfTheRequestThatCausedIt() throws Exception {
        String subject = "r" + System.nanoTime() % 1_000_000_000L;
        given().auth().oauth2(TestTokens.forRole("viewer", "T")).contentType(ContentType.JSON)
                .header("X-Request-Id", "trace-" + subject)
                .body(Map.of("subject", subject, "text", "Hội báo Xuân"))
                .post("/notes").then().statusCode(200);
        JsonNode envelope = json.readTree(rowsOf(subject).get(0).envelope);
        assertThat(envelope.path("requestid").asText()).isEqualTo("trace-" + subject);
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
