package vn.culture.lifelong.plans.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static vn.culture.lifelong.plans.rest.PlanFixtures.as;
import static vn.culture.lifelong.plans.rest.PlanFixtures.asAdmin;
import static vn.culture.lifelong.plans.rest.PlanFixtures.code;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.plans.messaging.OutboxEventRepository;
import vn.culture.lifelong.plans.messaging.UnitEvents;
import vn.culture.lifelong.plans.repository.UnitRepository;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;

/** Many units in one request: placed in the tree, published, and all or nothing. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class UnitBulkImportTest {

    @Inject
    UnitRepository units;

    @Inject
    OutboxEventRepository outbox;

    private static Map<String, Object> unit(String code, String name, String kind, String level, String parent) {
        return PlanFixtures.unitBody(code, name, kind, level, parent);
    }

    @Test
    void aWholeTreeIsCreatedInOneRequestAndEveryUnitIsPublished() {
        String province = code("BP");
        PlanFixtures.unit(province, "Tỉnh Lạng Sơn", "PEOPLES_COMMITTEE", "PROVINCE", null);
        String commune = code("BC");
        String library = code("BL");
        String club = code("BK");
        asAdmin().body(List.of(
                        unit(commune, "Xã Đồng Đăng", "PEOPLES_COMMITTEE", "COMMUNE", province),
                        unit(library, "Thư viện xã Đồng Đăng", "LIBRARY", "COMMUNE", commune),
                        unit(club, "Câu lạc bộ dân ca", "CLUB", "VILLAGE", commune)))
                .post("/api/plans/units/imports")
                .then().statusCode(200).body("created", equalTo(3));

        as("viewer", province).get("/api/plans/units/{code}/descendants", province).then().statusCode(200)
                .body("items.code", containsInAnyOrder(commune, library, club));
        as("viewer", province).get("/api/plans/units/{code}", library).then().body("parentCode", equalTo(commune));
        as("viewer", province).queryParam("q", "dong dang thu vien").get("/api/plans/units").then()
                .body("items.code", org.hamcrest.Matchers.hasItem(library));
        assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.list("messageKey in ?1", List.of(commune, library, club))))
                .extracting(event -> event.eventType).containsOnly(UnitEvents.CREATED).hasSize(3);
    }

    @Test
    void everyBrokenRuleIsListedByIndexAndNothingIsCreated() {
        String province = code("BP");
        PlanFixtures.unit(province, "Tỉnh Cao Bằng", "PEOPLES_COMMITTEE", "PROVINCE", null);
        String fresh = code("BF");
        asAdmin().body(List.of(
                        unit(fresh, "Thư viện mới", "LIBRARY", "PROVINCE", province),
                        unit(province, "Trùng mã", "LIBRARY", "PROVINCE", null),
                        unit(code("BX"), "Không có cấp trên", "LIBRARY", "COMMUNE", "NOWHERE"),
                        unit(code("BY"), "Cấp cao hơn cấp trên", "LIBRARY", "CENTRAL", fresh),
                        unit(fresh, "Trùng trong lô", "LIBRARY", "PROVINCE", province)))
                .post("/api/plans/units/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("[1].code", "[2].parentCode", "[3].level", "[4].code"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> units.count("code", fresh))).isZero();

        asAdmin().body(List.of(unit(code("BZ"), "", "LIBRARY", "PROVINCE", province)))
                .post("/api/plans/units/imports").then().statusCode(400).body("errors[0].field", equalTo("[0].name"));
        as("planner", province).body(List.of(unit(code("BZ"), "Thư viện", "LIBRARY", "PROVINCE", province)))
                .post("/api/plans/units/imports").then().statusCode(403);
    }
}
