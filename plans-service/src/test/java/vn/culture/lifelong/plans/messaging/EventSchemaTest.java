package vn.culture.lifelong.plans.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/** The events plans-service writes match the schemas in src/main/resources/events, field for field. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class EventSchemaTest {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    @Inject
    OutboxEventRepository outbox;

    @Inject
    ObjectMapper json;

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.token("admin.test", "T", "admin")).contentType(ContentType.JSON);
    }

    private static JsonSchema schema(String name) {
        try (InputStream in = EventSchemaTest.class.getResourceAsStream("/events/" + name)) {
            return SCHEMAS.getSchema(in, STRICT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyKindOfUnitAndIndicatorEventMatchesItsSchema() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String province = "ES" + suffix;
        String closed = "EC" + suffix;
        asAdmin().body(Map.of("code", province, "name", "Tỉnh Phú Yên", "kind", "PEOPLES_COMMITTEE", "level", "PROVINCE"))
                .post("/api/plans/units").then().statusCode(201);
        asAdmin().body(Map.of("code", closed, "name", "Xã Hồng Phong", "kind", "PEOPLES_COMMITTEE", "level", "COMMUNE",
                        "parentCode", province))
                .post("/api/plans/units").then().statusCode(201);
        asAdmin().body(Map.of("population", 6120)).put("/api/plans/units/{code}/population/2023", closed).then().statusCode(200);
        asAdmin().body(Map.of("lastDay", "2025-06-30", "successors", List.of(Map.of("code", province, "kind", "MERGED_INTO"))))
                .post("/api/plans/units/{code}/closure", closed).then().statusCode(200);
        String indicator = "ES_TEST_" + suffix;
        asAdmin().body(Map.of("code", indicator, "nameVi", "Lượt khách", "nameEn", "Visits", "unitOfMeasure", "lượt",
                        "valueType", "NUMBER", "acrossUnits", "SUM", "overTime", "SUM", "direction", "HIGHER_IS_BETTER",
                        "sector", "MUSEUM"))
                .post("/api/plans/indicators").then().statusCode(201);

        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() ->
                outbox.list("messageKey in ?1 order by sequence", List.of(province, closed, indicator)));
        assertThat(events).extracting(event -> event.eventType).containsExactly(
                UnitEvents.CREATED, UnitEvents.CREATED, UnitEvents.UPDATED, UnitEvents.UPDATED, IndicatorEvents.CREATED);

        JsonSchema envelopeSchema = schema("cloudevent.schema.json");
        Map<String, JsonSchema> dataSchemas = Map.of("unit", schema("plans.unit.v1.schema.json"),
                "indicator", schema("plans.indicator.v1.schema.json"));
        for (OutboxEvent event : events) {
            JsonNode envelope = json.readTree(event.envelope);
            Set<ValidationMessage> envelopeErrors = envelopeSchema.validate(envelope);
            assertThat(envelopeErrors).as(event.eventType + " envelope").isEmpty();
            String family = event.eventType.split("\\.")[1];
            Set<ValidationMessage> dataErrors = dataSchemas.get(family).validate(envelope.get("data"));
            assertThat(dataErrors).as(event.eventType + " data").isEmpty();
        }
    }

    @Test
    void theSchemasRejectWhatTheyShould() throws Exception {
        JsonNode missingName = json.readTree("""
                {"id":1,"code":"20","kind":"PEOPLES_COMMITTEE","level":"PROVINCE","parentCode":null,"validFrom":null,
                 "validTo":null,"successors":[],"populationByYear":{},"version":0}""");
        assertThat(schema("plans.unit.v1.schema.json").validate(missingName)).isNotEmpty();
        JsonNode badDate = json.readTree("""
                {"id":1,"code":"20","name":"x","kind":"PEOPLES_COMMITTEE","level":"PROVINCE","parentCode":null,
                 "validFrom":"30/06/2025","validTo":null,"successors":[],"populationByYear":{},"version":0}""");
        assertThat(schema("plans.unit.v1.schema.json").validate(badDate)).isNotEmpty();
    }
}
