package vn.culture.lifelong.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.LocalStack;
import vn.culture.lifelong.stack.ManagedProcess;

/** Units created in plans-service reach both read models through Kafka, whatever happens on the way. */
class UnitsFlowTest {

    private static LocalStack stack;
    private static String gateway;

    @BeforeAll
    static void startStack() {
        stack = Stack.get();
        gateway = stack.gatewayUrl();
    }

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(Keycloak.userToken(username)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> unit(String code, String name, String kind, String level, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        body.put("level", level);
        body.put("parentCode", parent);
        return body;
    }

    private static String newCode(String prefix) {
        return prefix + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L);
    }

    private static void awaitInReadModels(String code, String name) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            as("viewer.cantho").get(gateway + "/api/reports/units/{code}", code).then().statusCode(200).body("name", equalTo(name));
            as("viewer.cantho").get(gateway + "/api/events/units/{code}", code).then().statusCode(200).body("name", equalTo(name));
        });
    }

    @Test
    void anAdminCreatesAProvinceAndACommuneAndBothReachBothReadModels() {
        String province = newCode("P");
        String commune = newCode("C");
        as("admin.demo").body(unit(province, "Tỉnh Lạng Sơn", "PEOPLES_COMMITTEE", "PROVINCE", null))
                .post(gateway + "/api/plans/units")
                .then().statusCode(201)
                .header("Location", startsWith(gateway + "/api/plans/units/"));
        as("admin.demo").body(unit(commune, "Xã Đồng Đăng", "PEOPLES_COMMITTEE", "COMMUNE", province))
                .post(gateway + "/api/plans/units")
                .then().statusCode(201);

        awaitInReadModels(province, "Tỉnh Lạng Sơn");
        awaitInReadModels(commune, "Xã Đồng Đăng");
        as("viewer.cantho").get(gateway + "/api/events/units/{code}", commune).then().body("parentCode", equalTo(province));
        as("viewer.cantho").get(gateway + "/api/plans/units/{code}/descendants", province)
                .then().statusCode(200).body("items[0].code", equalTo(commune));
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndLaterEventsStillArrive() throws Exception {
        String code = newCode("M");
        Properties producerConfig = new Properties();
        producerConfig.put("bootstrap.servers", stack.kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
                KafkaConsumer<String, String> deadLetters = consumer("plans.units.v1.reporting-service.dlq")) {
            producer.send(new ProducerRecord<>("plans.units.v1", code, "{\"broken\": true")).get();

            as("admin.demo").body(unit(code, "Sau bản ghi hỏng", "LIBRARY", "PROVINCE", null))
                    .post(gateway + "/api/plans/units").then().statusCode(201);
            awaitInReadModels(code, "Sau bản ghi hỏng");

            List<String> dead = new ArrayList<>();
            await().atMost(Duration.ofSeconds(15)).until(() -> {
                for (ConsumerRecord<String, String> record : deadLetters.poll(Duration.ofMillis(200))) {
                    if (code.equals(record.key())) {
                        dead.add(record.value());
                    }
                }
                return !dead.isEmpty();
            });
            assertThat(dead).containsExactly("{\"broken\": true");
        }
    }

    @Test
    void whileReportingServiceIsDownTheGatewayAnswers503AndItCatchesUpAfterwards() {
        ManagedProcess reporting = stack.process("reporting-service");
        String code = newCode("D");
        reporting.close();
        try {
            as("viewer.cantho").get(gateway + "/api/reports/units/ANY")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("status", equalTo(503))
                    .body("title", equalTo("Dịch vụ tạm thời không khả dụng"));
            // Plans keep working, and what changes meanwhile must not be lost for reporting.
            as("admin.demo").body(unit(code, "Tạo khi báo cáo ngừng", "MUSEUM", "PROVINCE", null))
                    .post(gateway + "/api/plans/units").then().statusCode(201);
        } finally {
            reporting.start().awaitHealthy(Duration.ofMinutes(2));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("viewer.cantho").get(gateway + "/api/reports/units/{code}", code)
                        .then().statusCode(200).body("name", equalTo("Tạo khi báo cáo ngừng")));
    }

    private static KafkaConsumer<String, String> consumer(String topic) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", stack.kafkaBootstrapServers());
        properties.put("group.id", "e2e-" + UUID.randomUUID());
        properties.put("auto.offset.reset", "earliest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }
}
