package vn.culture.lifelong.plans.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.culture.lifelong.plans.TestRequests.as;
import static vn.culture.lifelong.plans.TestRequests.asAdmin;
import static vn.culture.lifelong.plans.TestRequests.createUnit;
import static vn.culture.lifelong.plans.TestRequests.uniqueCode;
import static vn.culture.lifelong.stack.quarkus.TestBodies.unitBody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.kit.outbox.OutboxEvent;
import vn.culture.lifelong.kit.outbox.OutboxEventRepository;
import vn.culture.lifelong.plans.units.messaging.UnitEvent;
import vn.culture.lifelong.plans.units.repository.UnitRepository;
import vn.culture.lifelong.stack.quarkus.EventContracts;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;

/** Many units in one request: placed in the tree, published, and all or nothing. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class UnitBulkImportTest {

    @Inject
    UnitRepository units;

    @Inject
    OutboxEventRepository outbox;

    @Inject
    ObjectMapper json;

    @Test
    void aWholeTreeIsCreatedInOneRequestAndEveryUnitIsPublished() throws Exception {
        String province = uniqueCode("BP");
        createUnit(province, "Tỉnh Lạng Sơn", "PEOPLES_COMMITTEE", "PROVINCE", null);
        String commune = uniqueCode("BC");
        String library = uniqueCode("BL");
        String club = uniqueCode("BK");
        asAdmin().body(List.of(
                        unitBody(commune, "Xã Đồng Đăng", "PEOPLES_COMMITTEE", "COMMUNE", province),
                        unitBody(library, "Thư viện xã Đồng Đăng", "LIBRARY", "COMMUNE", commune),
                        unitBody(club, "Câu lạc bộ dân ca", "CLUB", "VILLAGE", commune)))
                .post("/api/plans/units/imports")
                .then().statusCode(200).body("created", equalTo(3));

        as("viewer", province).get("/api/plans/units/{code}/descendants", province).then().statusCode(200)
                .body("items.code", containsInAnyOrder(commune, library, club));
        as("viewer", province).get("/api/plans/units/{code}", library).then().body("parentCode", equalTo(commune));
        as("viewer", province).queryParam("q", "dong dang thu vien").get("/api/plans/units").then()
                .body("items.code", hasItem(library));
        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() ->
                outbox.list("messageKey in ?1", List.of(commune, library, club)));
        assertThat(events).extracting(event -> event.eventType).containsOnly(UnitEvent.Created.TYPE).hasSize(3);

        // Each placed by ids, under a parent in the database or earlier in the batch.
        Map<String, JsonNode> data = new HashMap<>();
        for (OutboxEvent event : events) {
            JsonNode envelope = json.readTree(event.envelope);
            assertThat(EventContracts.brokenBy(envelope, "plans.unit.v1.schema.json")).as(event.messageKey).isEmpty();
            data.put(event.messageKey, envelope.get("data"));
        }
        long provinceId = QuarkusTransaction.requiringNew().call(() -> units.findByCode(province).orElseThrow().id);
        assertThat(data.get(commune).get("parentId").asLong()).isEqualTo(provinceId);
        assertThat(data.get(commune).get("path").asText())
                .isEqualTo("/" + provinceId + "/" + data.get(commune).get("id").asLong() + "/");
        assertThat(data.get(library).get("parentId").asLong()).isEqualTo(data.get(commune).get("id").asLong());
        assertThat(data.get(library).get("path").asText())
                .isEqualTo(data.get(commune).get("path").asText() + data.get(library).get("id").asLong() + "/");
    }

    @Test
    void everyBrokenRuleIsListedByIndexAndNothingIsCreated() {
        String province = uniqueCode("BP");
        createUnit(province, "Tỉnh Cao Bằng", "PEOPLES_COMMITTEE", "PROVINCE", null);
        String fresh = uniqueCode("BF");
        asAdmin().body(List.of(
                        unitBody(fresh, "Thư viện mới", "LIBRARY", "PROVINCE", province),
                        unitBody(province, "Trùng mã", "LIBRARY", "PROVINCE", null),
                        unitBody(uniqueCode("BX"), "Không có cấp trên", "LIBRARY", "COMMUNE", "NOWHERE"),
                        unitBody(uniqueCode("BY"), "Cấp cao hơn cấp trên", "LIBRARY", "CENTRAL", fresh),
                        unitBody(fresh, "Trùng trong lô", "LIBRARY", "PROVINCE", province)))
                .post("/api/plans/units/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("[1].code", "[2].parentCode", "[3].level", "[4].code"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> units.count("code", fresh))).isZero();

        asAdmin().body(List.of(unitBody(uniqueCode("BZ"), "", "LIBRARY", "PROVINCE", province)))
                .post("/api/plans/units/imports").then().statusCode(400).body("errors[0].field", equalTo("[0].name"));
        as("planner", province).body(List.of(unitBody(uniqueCode("BZ"), "Thư viện", "LIBRARY", "PROVINCE", province)))
                .post("/api/plans/units/imports").then().statusCode(403);
    }
}
