package vn.culture.lifelong.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.culture.lifelong.stack.quarkus.TestBodies.unitBody;
import static vn.culture.lifelong.e2e.Keycloak.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.LocalStack;
import vn.culture.lifelong.stack.ManagedProcess;
import vn.culture.lifelong.stack.quarkus.TestKafka;

/** Units created in plans-service reach both read models through Kafka, whatever happens on the way. */
class UnitsFlowTest {

    private static LocalStack stack;
    private static String gateway;

    @BeforeAll
    static void startStack() {
        stack = Stack.get();
        gateway = stack.gatewayUrl();
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
        as("admin.demo").body(unitBody(province, "Tỉnh Lạng Sơn", "PEOPLES_COMMITTEE", "PROVINCE", null))
                .post(gateway + "/api/plans/units")
                .then().statusCode(201)
                .header("Location", startsWith(gateway + "/api/plans/units/"));
        as("admin.demo").body(unitBody(commune, "Xã Đồng Đăng", "PEOPLES_COMMITTEE", "COMMUNE", province))
                .post(gateway + "/api/plans/units")
                .then().statusCode(201);

        awaitInReadModels(province, "Tỉnh Lạng Sơn");
        awaitInReadModels(commune, "Xã Đồng Đăng");
        as("viewer.cantho").get(gateway + "/api/events/units/{code}", commune).then().body("parentCode", equalTo(province));
        as("viewer.cantho").get(gateway + "/api/plans/units/{code}/descendants", province)
                .then().statusCode(200).body("items[0].code", equalTo(commune));
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndLaterEventsStillArrive() {
        String code = newCode("M");
        try (TestKafka.Writer kafka = TestKafka.writer(stack.kafkaBootstrapServers());
                TestKafka.Reader deadLetters = TestKafka.reader(stack.kafkaBootstrapServers(), "plans.units.v1.reporting-service.dlq")) {
            kafka.send("plans.units.v1", code, "{\"broken\": true");

            as("admin.demo").body(unitBody(code, "Sau bản ghi hỏng", "LIBRARY", "PROVINCE", null))
                    .post(gateway + "/api/plans/units").then().statusCode(201);
            awaitInReadModels(code, "Sau bản ghi hỏng");

            assertThat(deadLetters.recordsFor(code, 1, Duration.ofSeconds(15)))
                    .extracting(record -> record.value()).containsExactly("{\"broken\": true");
        }
    }

    @Test
    void theRequestIdOfAChangeTravelsWithItsEvent() throws Exception {
        String code = newCode("R");
        String requestId = "e2e-" + code;
        try (TestKafka.Reader units = TestKafka.reader(stack.kafkaBootstrapServers(), "plans.units.v1")) {
            as("admin.demo").header("X-Request-Id", requestId)
                    .body(unitBody(code, "Bảo tàng tỉnh", "MUSEUM", "PROVINCE", null))
                    .post(gateway + "/api/plans/units").then().statusCode(201).header("X-Request-Id", requestId);
            String event = units.recordsFor(code, 1, Duration.ofSeconds(15)).get(0).value();
            assertThat(new ObjectMapper().readTree(event).path("requestid").asText()).isEqualTo(requestId);
        }
        awaitInReadModels(code, "Bảo tàng tỉnh");
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
            as("admin.demo").body(unitBody(code, "Tạo khi báo cáo ngừng", "MUSEUM", "PROVINCE", null))
                    .post(gateway + "/api/plans/units").then().statusCode(201);
        } finally {
            reporting.start().awaitHealthy(Duration.ofMinutes(2));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("viewer.cantho").get(gateway + "/api/reports/units/{code}", code)
                        .then().statusCode(200).body("name", equalTo("Tạo khi báo cáo ngừng")));
    }
}
