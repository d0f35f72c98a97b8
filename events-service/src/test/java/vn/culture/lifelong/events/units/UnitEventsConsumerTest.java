package vn.culture.lifelong.events.units;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.quarkus.EventContracts;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestKafka;
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
    void unitsArriveAndMalformedRecordsGoToThisServicesDeadLetterTopic() {
        String code = "E" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        String unit = EventContracts.checked("""
                {"specversion":"1.0","id":"%s","source":"/plans-service","type":"plans.unit.created.v1","subject":"%s",
                 "time":"2026-11-21T10:00:00Z","datacontenttype":"application/json",
                 "data":{"id":7,"code":"%s","name":"Nhà văn hóa thôn Bản Pè","kind":"CULTURAL_HOUSE","level":"VILLAGE",
                         "parentCode":null,"parentId":null,"path":"/7/","validFrom":null,"validTo":null,"successors":[],
                         "populationByYear":{},"version":0}}""".formatted(UUID.randomUUID(), code, code),
                "plans.unit.v1.schema.json");
        try (TestKafka.Writer kafka = TestKafka.writer(bootstrapServers);
                TestKafka.Reader deadLetters = TestKafka.reader(bootstrapServers, "plans.units.v1.events-service.dlq")) {
            kafka.send("plans.units.v1", code, "not an event");
            kafka.send("plans.units.v1", code, unit);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().auth().oauth2(TestTokens.forRole("viewer", "T"))
                            .get("/api/events/units/{code}", code)
                            .then().statusCode(200).body("name", equalTo("Nhà văn hóa thôn Bản Pè")));
            assertThat(deadLetters.recordsFor(code, 1, Duration.ofSeconds(20)))
                    .extracting(record -> record.value()).containsExactly("not an event");
        }
        given().get("/api/events/units/ANY").then().statusCode(401).contentType("application/problem+json");
    }
}
