package vn.culture.lifelong.plans.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.plans.domain.AdministrativeLevel;
import vn.culture.lifelong.plans.domain.UnitKind;
import vn.culture.lifelong.plans.service.UnitDraft;
import vn.culture.lifelong.plans.service.UnitService;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;

/** The relay runs by hand here (scheduler off), so each step between commit and send can be observed. */
@QuarkusTest
@TestProfile(OutboxRelayTest.ManualRelay.class)
@WithTestResource(ServiceTestInfrastructure.class)
class OutboxRelayTest {

    public static class ManualRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    UnitService units;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxEventRepository outbox;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** Earlier test classes may leave thousands of events queued (the reference import); send them first. */
    @BeforeEach
    void drainWhatEarlierTestsLeft() {
        int sent;
        do {
            sent = relay.relayBatch();
        } while (sent > 0);
    }

    @Test
    void aCommittedChangeWaitsInTheOutboxUntilRelayedThenArrivesAsACloudEvent() throws Exception {
        String code = "OUTBOX" + System.nanoTime() % 100_000;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            units.create(UnitDraft.open(code, "Thư viện tỉnh", UnitKind.LIBRARY, AdministrativeLevel.PROVINCE, null, null), Optional.empty());

            // Committed but not sent: as if the service stopped right after the commit.
            List<OutboxEvent> pending = QuarkusTransaction.requiringNew().call(() -> outbox.list("messageKey", code));
            assertThat(pending).hasSize(1);
            assertThat(pending.get(0).publishedAt).isNull();
            assertThat(recordsFor(consumer, code, 0, Duration.ofSeconds(2))).isEmpty();

            assertThat(relay.relayBatch()).isGreaterThanOrEqualTo(1);

            ConsumerRecord<String, String> record = recordsFor(consumer, code, 1, Duration.ofSeconds(20)).get(0);
            assertThat(record.key()).isEqualTo(code);
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .startsWith("application/cloudevents+json");
            JsonNode event = json.readTree(record.value());
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("id").asText()).isEqualTo(pending.get(0).id.toString());
            assertThat(event.path("source").asText()).isEqualTo("/plans-service");
            assertThat(event.path("type").asText()).isEqualTo("plans.unit.created.v1");
            assertThat(event.path("subject").asText()).isEqualTo(code);
            assertThat(event.path("time").asText()).isNotBlank();
            assertThat(event.path("data").path("name").asText()).isEqualTo("Thư viện tỉnh");
            assertThat(event.path("data").path("kind").asText()).isEqualTo("LIBRARY");
            assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.findById(pending.get(0).id).publishedAt))
                    .isNotNull();
        }
    }

    @Test
    void aSendThatWasNotMarkedIsSentAgainWithTheSameEventId() throws Exception {
        String code = "REDO" + System.nanoTime() % 100_000;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            units.create(UnitDraft.open(code, "Bảo tàng tỉnh", UnitKind.MUSEUM, AdministrativeLevel.PROVINCE, null, null), Optional.empty());
            relay.relayBatch();
            // A crash after the broker's acknowledgement but before the mark committed.
            QuarkusTransaction.requiringNew().run(() -> outbox.update("publishedAt = null where messageKey = ?1", code));
            relay.relayBatch();

            List<ConsumerRecord<String, String>> records = recordsFor(consumer, code, 2, Duration.ofSeconds(20));
            assertThat(records).hasSize(2);
            assertThat(json.readTree(records.get(0).value()).path("id"))
                    .isEqualTo(json.readTree(records.get(1).value()).path("id"));
        }
    }

    @Test
    void eventsOfOneUnitKeepTheirOrder() throws Exception {
        String code = "ORDER" + System.nanoTime() % 100_000;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            units.create(UnitDraft.open(code, "Tên 0", UnitKind.CLUB, AdministrativeLevel.COMMUNE, null, null), Optional.empty());
            for (int i = 1; i <= 5; i++) {
                units.update(code, UnitDraft.open(code, "Tên " + i, UnitKind.CLUB, AdministrativeLevel.COMMUNE, null, null),
                        java.util.OptionalLong.empty());
            }
            relay.relayBatch();
            List<ConsumerRecord<String, String>> records = recordsFor(consumer, code, 6, Duration.ofSeconds(20));
            List<Long> versions = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                versions.add(json.readTree(record.value()).path("data").path("version").asLong());
            }
            assertThat(versions).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("group.id", "outbox-test-" + System.nanoTime());
        properties.put("auto.offset.reset", "earliest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(UnitEvents.TOPIC));
        return consumer;
    }

    /** Polls until {@code expected} records with this key arrived or the time is up; 0 means "expect none". */
    private static List<ConsumerRecord<String, String>> recordsFor(KafkaConsumer<String, String> consumer, String key,
            int expected, Duration patience) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline && (expected == 0 || found.size() < expected)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key())) {
                    found.add(record);
                }
            }
        }
        return found;
    }
}
