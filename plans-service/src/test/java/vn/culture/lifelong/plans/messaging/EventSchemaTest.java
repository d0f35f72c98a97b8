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

    /** The plan event schema refers to the plan document schema by its $id; both are read from the classpath. */
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://lifelong.culture.vn/schemas/", "classpath:events/")));
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
    void everyKindOfPlanEventMatchesItsSchema() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String province = "EP" + suffix;
        asAdmin().body(Map.of("code", province, "name", "Tỉnh Lai Châu", "kind", "PEOPLES_COMMITTEE", "level", "PROVINCE"))
                .post("/api/plans/units").then().statusCode(201);
        Map<String, Object> document = new java.util.HashMap<>(Map.of("issuingUnit", province, "issueDate", "2015-12",
                "title", "Kế hoạch", "horizon", Map.of("fromYear", 2016, "toYear", 2020),
                "targets", List.of(Map.of("key", "T1", "indicator", "LIB_READER_VISITS", "kind", "RANGE",
                        "scope", Map.of("unit", province), "source", "Thư viện tỉnh phục vụ 8.000–9.000 lượt/năm",
                        "values", List.of(Map.of("fromYear", 2016, "toYear", 2020, "min", 8000, "max", 9000)))),
                "reporting", Map.of("reports", List.of(Map.of("kind", "ANNUAL", "due", Map.of("day", 30, "month", 11),
                        "receivingUnit", Map.of("unit", province))))));
        long id = asAdmin().body(document).post("/api/plans/plans").then().statusCode(201).extract().jsonPath().getLong("plan.id");
        asAdmin().body(document).put("/api/plans/plans/{id}", id).then().statusCode(200);
        asAdmin().body(Map.of("number", "1133/KH-UBND", "issueDate", "2015-12-16")).post("/api/plans/plans/{id}/issue", id)
                .then().statusCode(200);
        Map<String, Object> issued = asAdmin().get("/api/plans/plans/{id}/document", id).then().extract().as(Map.class);
        Map<String, Object> amended = new java.util.HashMap<>(issued);
        amended.put("title", "Kế hoạch (điều chỉnh)");
        asAdmin().body(Map.of("document", amended, "effectiveOn", "2017-01-01", "reason", "Điều chỉnh"))
                .post("/api/plans/plans/{id}/amendments", id).then().statusCode(200);
        asAdmin().body(Map.of("endedOn", "2020-12-31")).post("/api/plans/plans/{id}/closure", id).then().statusCode(200);
        long draft = asAdmin().body(document).post("/api/plans/plans").then().statusCode(201).extract().jsonPath().getLong("plan.id");
        asAdmin().delete("/api/plans/plans/{id}", draft).then().statusCode(204);

        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() ->
                outbox.list("messageKey in ?1 order by sequence", List.of(Long.toString(id), Long.toString(draft))));
        assertThat(events).extracting(event -> event.eventType).containsExactly(PlanEvents.DRAFTED, PlanEvents.UPDATED,
                PlanEvents.ISSUED, PlanEvents.AMENDED, PlanEvents.ENDED, PlanEvents.DRAFTED, PlanEvents.DELETED);
        JsonSchema envelopeSchema = schema("cloudevent.schema.json");
        JsonSchema planSchema = schema("plans.plan.v1.schema.json");
        for (OutboxEvent event : events) {
            JsonNode envelope = json.readTree(event.envelope);
            assertThat(envelopeSchema.validate(envelope)).as(event.eventType + " envelope").isEmpty();
            assertThat(planSchema.validate(envelope.get("data"))).as(event.eventType + " data").isEmpty();
            assertThat(event.topic).isEqualTo(PlanEvents.TOPIC);
        }
        JsonNode amendedEvent = json.readTree(events.get(3).envelope).get("data");
        assertThat(amendedEvent.get("changes").get(0).asText()).isEqualTo("title changed");
        assertThat(amendedEvent.get("units").get(province).asLong()).isPositive();
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
        JsonNode targetWithoutSource = json.readTree("""
                {"issuingUnit":"12","title":"x","horizon":{"fromYear":2016,"toYear":2020},
                 "targets":[{"key":"T1","indicator":"X","kind":"ABSOLUTE","scope":{"unit":"12","subtree":false}}]}""");
        assertThat(schema("plan-document.v1.schema.json").validate(targetWithoutSource)).isNotEmpty();
    }
}
