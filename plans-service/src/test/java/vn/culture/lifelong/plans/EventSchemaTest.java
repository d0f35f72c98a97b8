package vn.culture.lifelong.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.kit.outbox.OutboxEvent;
import vn.culture.lifelong.kit.outbox.OutboxEventRepository;
import vn.culture.lifelong.plans.indicators.messaging.IndicatorEvent;
import vn.culture.lifelong.plans.plans.messaging.PlanEvent;
import vn.culture.lifelong.plans.units.messaging.UnitEvent;
import vn.culture.lifelong.stack.quarkus.EventContracts;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/** The events plans-service writes match the schemas in src/main/resources/events, field for field. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class EventSchemaTest {

    @Inject
    OutboxEventRepository outbox;

    @Inject
    ObjectMapper json;

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.token("admin.test", "T", "admin")).contentType(ContentType.JSON);
    }


    @Test
    void everyKindOfUnitAndIndicatorEventMatchesItsSchema() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String province = "ES" + suffix;
        String closed = "EC" + suffix;
        asAdmin().header("X-Request-Id", "schema-" + suffix)
                .body(Map.of("code", province, "name", "Tỉnh Phú Yên", "kind", "PEOPLES_COMMITTEE", "level", "PROVINCE"))
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
                UnitEvent.Created.TYPE, UnitEvent.Created.TYPE, UnitEvent.Updated.TYPE, UnitEvent.Updated.TYPE, IndicatorEvent.Created.TYPE);

        Map<String, String> dataSchemas = Map.of("unit", "plans.unit.v1.schema.json",
                "indicator", "plans.indicator.v1.schema.json");
        // The request that created the province is named in its event, to follow it across services.
        assertThat(json.readTree(events.get(0).envelope).path("requestid").asText()).isEqualTo("schema-" + suffix);
        for (OutboxEvent event : events) {
            String family = event.eventType.split("\\.")[1];
            assertThat(EventContracts.brokenBy(json.readTree(event.envelope), dataSchemas.get(family)))
                    .as(event.eventType).isEmpty();
        }
        // Placed by ids: the province is a root, the commune under it.
        JsonNode provinceData = json.readTree(events.get(0).envelope).get("data");
        JsonNode communeData = json.readTree(events.get(1).envelope).get("data");
        long provinceId = provinceData.get("id").asLong();
        assertThat(provinceData.get("parentId").isNull()).isTrue();
        assertThat(provinceData.get("path").asText()).isEqualTo("/" + provinceId + "/");
        assertThat(communeData.get("parentId").asLong()).isEqualTo(provinceId);
        assertThat(communeData.get("path").asText()).isEqualTo("/" + provinceId + "/" + communeData.get("id").asLong() + "/");
        assertThat(json.readTree(events.get(3).envelope).at("/data/successors/0/id").asLong()).isEqualTo(provinceId);
    }

    @Test
    void aMovedUnitIsPublishedWithItsNewParentAndPath() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String first = "EM" + suffix;
        String second = "EN" + suffix;
        String district = "ED" + suffix;
        asAdmin().body(Map.of("code", first, "name", "Tỉnh Yên Bái", "kind", "PEOPLES_COMMITTEE", "level", "PROVINCE"))
                .post("/api/plans/units").then().statusCode(201);
        asAdmin().body(Map.of("code", second, "name", "Tỉnh Lào Cai", "kind", "PEOPLES_COMMITTEE", "level", "PROVINCE"))
                .post("/api/plans/units").then().statusCode(201);
        Map<String, String> districtBody = new java.util.HashMap<>(Map.of("code", district, "name", "Huyện Văn Yên",
                "kind", "PEOPLES_COMMITTEE", "level", "DISTRICT", "parentCode", first));
        asAdmin().body(districtBody).post("/api/plans/units").then().statusCode(201);
        districtBody.put("parentCode", second);
        asAdmin().body(districtBody).put("/api/plans/units/{code}", district).then().statusCode(200);

        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() ->
                outbox.list("messageKey in ?1 order by sequence", List.of(second, district)));
        assertThat(events).extracting(event -> event.eventType)
                .containsExactly(UnitEvent.Created.TYPE, UnitEvent.Created.TYPE, UnitEvent.Updated.TYPE);
        JsonNode secondData = json.readTree(events.get(0).envelope).get("data");
        JsonNode moved = json.readTree(events.get(2).envelope);
        assertThat(EventContracts.brokenBy(moved, "plans.unit.v1.schema.json")).isEmpty();
        assertThat(moved.at("/data/parentId").asLong()).isEqualTo(secondData.get("id").asLong());
        assertThat(moved.at("/data/path").asText())
                .isEqualTo(secondData.get("path").asText() + moved.at("/data/id").asLong() + "/");
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
        assertThat(events).extracting(event -> event.eventType).containsExactly(PlanEvent.Drafted.TYPE, PlanEvent.Updated.TYPE,
                PlanEvent.Issued.TYPE, PlanEvent.Amended.TYPE, PlanEvent.Ended.TYPE, PlanEvent.Drafted.TYPE, PlanEvent.Deleted.TYPE);
        for (OutboxEvent event : events) {
            assertThat(EventContracts.brokenBy(json.readTree(event.envelope), "plans.plan.v1.schema.json"))
                    .as(event.eventType).isEmpty();
            assertThat(event.topic).isEqualTo(PlanEvent.TOPIC);
        }
        JsonNode amendedEvent = json.readTree(events.get(3).envelope).get("data");
        assertThat(amendedEvent.get("changes").get(0).asText()).isEqualTo("title changed");
        assertThat(amendedEvent.get("units").get(province).asLong()).isPositive();
    }

    @Test
    void theSchemasRejectWhatTheyShould() throws Exception {
        JsonNode missingName = json.readTree("""
                {"id":1,"code":"20","kind":"PEOPLES_COMMITTEE","level":"PROVINCE","parentCode":null,"parentId":null,
                 "path":"/1/","validFrom":null,"validTo":null,"successors":[],"populationByYear":{},"version":0}""");
        assertThat(EventContracts.schema("plans.unit.v1.schema.json").validate(missingName)).isNotEmpty();
        JsonNode badDate = json.readTree("""
                {"id":1,"code":"20","name":"x","kind":"PEOPLES_COMMITTEE","level":"PROVINCE","parentCode":null,
                 "parentId":null,"path":"/1/","validFrom":"30/06/2025","validTo":null,"successors":[],
                 "populationByYear":{},"version":0}""");
        assertThat(EventContracts.schema("plans.unit.v1.schema.json").validate(badDate)).isNotEmpty();
        JsonNode badPath = json.readTree("""
                {"id":1,"code":"20","name":"x","kind":"PEOPLES_COMMITTEE","level":"PROVINCE","parentCode":null,
                 "parentId":null,"path":"1","validFrom":null,"validTo":null,"successors":[],"populationByYear":{},
                 "version":0}""");
        assertThat(EventContracts.schema("plans.unit.v1.schema.json").validate(badPath)).isNotEmpty();
        JsonNode withoutParentId = json.readTree("""
                {"id":1,"code":"20","name":"x","kind":"PEOPLES_COMMITTEE","level":"PROVINCE","parentCode":null,
                 "path":"/1/","validFrom":null,"validTo":null,"successors":[],"populationByYear":{},"version":0}""");
        assertThat(EventContracts.schema("plans.unit.v1.schema.json").validate(withoutParentId)).isNotEmpty();
        JsonNode targetWithoutSource = json.readTree("""
                {"issuingUnit":"12","title":"x","horizon":{"fromYear":2016,"toYear":2020},
                 "targets":[{"key":"T1","indicator":"X","kind":"ABSOLUTE","scope":{"unit":"12","subtree":false}}]}""");
        assertThat(EventContracts.schema("plan-document.v1.schema.json").validate(targetWithoutSource)).isNotEmpty();
    }
}
