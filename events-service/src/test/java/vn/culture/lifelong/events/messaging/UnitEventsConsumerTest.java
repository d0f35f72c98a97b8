package vn.culture.lifelong.events.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * events-service's wiring of the shared unit read model (plans-service/unit-read-model, whose behaviour
 * reporting-service's tests cover in full): its own consumer group, its own dead-letter topic, its own API.
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class UnitEventsConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void unitsArriveAndMalformedRecordsGoToThisServicesDeadLetterTopic() throws Exception {
        String code = "E" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        Properties producerConfig = new Properties();
        producerConfig.put("bootstrap.servers", bootstrapServers);
        Properties consumerConfig = new Properties();
        consumerConfig.put("bootstrap.servers", bootstrapServers);
        consumerConfig.put("group.id", "dlq-test-" + UUID.randomUUID());
        consumerConfig.put("auto.offset.reset", "earliest");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
                KafkaConsumer<String, String> deadLetters = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            deadLetters.subscribe(List.of("plans.units.v1.events-service.dlq"));
            producer.send(new ProducerRecord<>("plans.units.v1", code, "not an event")).get();
            producer.send(new ProducerRecord<>("plans.units.v1", code, """
                    {"specversion":"1.0","id":"%s","source":"/plans-service","type":"plans.unit.created.v1","subject":"%s",
                     "time":"2026-11-21T10:00:00Z","datacontenttype":"application/json",
                     "data":{"id":7,"code":"%s","name":"Nhà văn hóa thôn Bản Pè","kind":"CULTURAL_HOUSE","level":"VILLAGE",
                             "parentCode":null,"validFrom":null,"validTo":null,"version":0}}"""
                    .formatted(UUID.randomUUID(), code, code))).get();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().auth().oauth2(TestTokens.token("viewer.test", "T", "viewer"))
                            .get("/api/events/units/{code}", code)
                            .then().statusCode(200).body("name", equalTo("Nhà văn hóa thôn Bản Pè")));
            List<String> dead = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, String> record : deadLetters.poll(Duration.ofMillis(200))) {
                    if (code.equals(record.key())) {
                        dead.add(record.value());
                    }
                }
                return !dead.isEmpty();
            });
            assertThat(dead).containsExactly("not an event");
        }
        given().get("/api/events/units/ANY").then().statusCode(401).contentType("application/problem+json");
    }
}
