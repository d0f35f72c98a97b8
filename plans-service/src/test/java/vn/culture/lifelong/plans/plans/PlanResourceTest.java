package vn.culture.lifelong.plans.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static vn.culture.lifelong.plans.TestRequests.as;
import static vn.culture.lifelong.plans.TestRequests.asAdmin;
import static vn.culture.lifelong.plans.TestRequests.createUnit;
import static vn.culture.lifelong.plans.TestRequests.uniqueCode;
import static vn.culture.lifelong.plans.plans.PlanFixtures.document;
import static vn.culture.lifelong.plans.plans.PlanFixtures.selector;
import static vn.culture.lifelong.plans.plans.PlanFixtures.target;
import static vn.culture.lifelong.plans.plans.PlanFixtures.value;
import static vn.culture.lifelong.plans.plans.PlanFixtures.with;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.plans.plans.domain.PlanDocument;
import vn.culture.lifelong.plans.plans.repository.PlanRepository;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;

/** The plan API: whole-document import and export, every error case, lifecycle, access by unit, lineage. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class PlanResourceTest {

    @Inject
    PlanRepository plans;

    @Inject
    ObjectMapper json;

    private String province;
    private String library;
    private String otherProvince;

    @BeforeEach
    void units() {
        province = uniqueCode("LC");
        library = uniqueCode("TV");
        otherProvince = uniqueCode("CT");
        createUnit(province, "Tỉnh Lai Châu", "PEOPLES_COMMITTEE", "PROVINCE", null);
        createUnit(library, "Thư viện tỉnh Lai Châu", "LIBRARY", "PROVINCE", province);
        createUnit(otherProvince, "Thành phố Cần Thơ", "PEOPLES_COMMITTEE", "PROVINCE", null);
    }

    private long create(Map<String, Object> document) {
        return as("planner", province).body(document).post("/api/plans/plans")
                .then().statusCode(201).extract().jsonPath().getLong("plan.id");
    }

    @Test
    void aWholeDocumentWithEveryKindOfTargetIsImportedAndExportedUnchanged() throws Exception {
        Map<String, Object> document = document(province, library);
        Response created = as("planner", province).body(document).post("/api/plans/plans");
        created.then().statusCode(201)
                .header("Location", containsString("/api/plans/plans/"))
                .header("ETag", equalTo("\"0\""))
                .body("plan.status", equalTo("DRAFT"))
                .body("plan.issuingUnit.name", equalTo("Tỉnh Lai Châu"))
                .body("writable", equalTo(true))
                .body("document.targets.kind", containsInAnyOrder("RANGE", "ABSOLUTE", "COUNT_OF_ACTIVITIES", "GROWTH",
                        "COVERAGE", "COUNT_OUT_OF_TOTAL", "SHARE_OF_POPULATION", "MILESTONE", "RECURRING"));
        long id = created.jsonPath().getLong("plan.id");

        String exported = as("viewer", otherProvince).get("/api/plans/plans/{id}/document", id)
                .then().statusCode(200).extract().asString();
        JsonNode sent = json.valueToTree(document);
        JsonNode back = json.readTree(exported);
        // Numbers come back as the decimals they are stored as; compare them as numbers.
        assertThat(normalised(back)).isEqualTo(normalised(sent));

        // The export is itself importable: a copy is a second draft.
        as("planner", province).body(exported).post("/api/plans/plans").then().statusCode(201);
    }

    private JsonNode normalised(JsonNode node) throws Exception {
        return json.readTree(json.writeValueAsString(json.treeToValue(node, PlanDocument.class)));
    }

    @Test
    void malformedInputIsRejectedNamingTheFieldAndNothingIsWritten() {
        long before = QuarkusTransaction.requiringNew().call(() -> plans.count());
        Map<String, Object> document = document(province, library);
        document.remove("title");
        List<Map<String, Object>> targets = new ArrayList<>(castList(document.get("targets")));
        targets.set(1, target("T2", "LIB_BOOKS_ADDED", "ABSOLUTE", selector(library),
                Map.of("values", List.of(Map.of("fromYear", 2019, "toYear", 2019)))));
        document.put("targets", targets);
        document.put("issueDate", "2015-02-30");
        as("planner", province).body(document).post("/api/plans/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("title", "targets[1].values[0].min", "issueDate"));

        as("planner", province).body(with(document(province, library), "horizon", Map.of("fromYear", 2016, "toYear", "năm"))).post("/api/plans/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("horizon.toYear"));
        as("planner", province).body(with(document(province, library), "reporting",
                        Map.of("reports", List.of(Map.of("kind", "ANNUAL", "due", Map.of("day", 31, "month", 4), "receivingUnit", selector(library))))))
                .post("/api/plans/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("reporting.reports[0].due.existingDay"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> plans.count())).isEqualTo(before);
    }

    @Test
    void brokenRulesAreAllListedAtOnceAndNothingIsWritten() {
        long before = QuarkusTransaction.requiringNew().call(() -> plans.count());
        Map<String, Object> document = document(province, library);
        document.put("number", "1133/KHUBND");
        List<Map<String, Object>> targets = new ArrayList<>(castList(document.get("targets")));
        targets.add(target("T1", "LIB_FREE_INTERNET", "ABSOLUTE", selector("NOWHERE"), Map.of("values", List.of(value(2030, 2030, 1)))));
        document.put("targets", targets);
        document.put("tasks", List.of(Map.of("key", "NV1", "sector", "LIBRARY", "content", "Nhiệm vụ",
                "schedule", Map.of("kind", "YEARLY"), "lead", PlanFixtures.group(province, "LIBRARY", "DISTRICT"),
                "targets", List.of("T99"))));
        as("planner", province).header("Accept-Language", "en").body(document).post("/api/plans/plans")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("number", "targets[9].key", "targets[9].indicator",
                        "targets[9].values[0].fromYear", "targets[9].scope.unit", "tasks[0].lead", "tasks[0].targets[0]"))
                .body("errors.find { it.field == 'targets[9].indicator' }.message",
                        equalTo("A ABSOLUTE target needs an indicator of type NUMBER; this one is YES_NO."));
        assertThat(QuarkusTransaction.requiringNew().call(() -> plans.count())).isEqualTo(before);
    }

    @Test
    void onlyPlannersOfTheIssuerOrAboveAndAdminsWrite() {
        Map<String, Object> document = document(province, library);
        as("planner", otherProvince).body(document).post("/api/plans/plans").then().statusCode(403)
                .contentType("application/problem+json");
        as("reviewer", province).body(document).post("/api/plans/plans").then().statusCode(403);
        as("viewer", province).body(document).post("/api/plans/plans").then().statusCode(403);

        long id = create(document);
        as("planner", otherProvince).body(document).put("/api/plans/plans/{id}", id).then().statusCode(403);
        as("reviewer", province).body(document).put("/api/plans/plans/{id}", id).then().statusCode(403);
        as("planner", otherProvince).post("/api/plans/plans/{id}/issue", id).then().statusCode(403);
        as("planner", otherProvince).delete("/api/plans/plans/{id}", id).then().statusCode(403);
        // A planner of the library (below the issuer) does not write the province's plan.
        as("planner", library).body(document).put("/api/plans/plans/{id}", id).then().statusCode(403);
        as("viewer", otherProvince).get("/api/plans/plans/{id}", id).then().statusCode(200).body("writable", equalTo(false));
        asAdmin().body(document).put("/api/plans/plans/{id}", id).then().statusCode(200);
    }

    @Test
    void aProvincialSystemImportsDraftsOfItsOwnUnitsButWritesNothingElse() {
        long imported = as("integration", province).body(document(province, library)).post("/api/plans/plans")
                .then().statusCode(201)
                .body("plan.status", equalTo("DRAFT"))
                .body("writable", equalTo(false))
                .extract().jsonPath().getLong("plan.id");
        // Another province's system may not import plans of this province.
        as("integration", otherProvince).body(document(province, library)).post("/api/plans/plans")
                .then().statusCode(403).contentType("application/problem+json");
        // Issuing and editing stay with planners.
        as("integration", province).body(Map.of("number", "45/KH-UBND", "issueDate", "2016-03-01"))
                .post("/api/plans/plans/{id}/issue", imported).then().statusCode(403);
        as("integration", province).body(document(province, library)).put("/api/plans/plans/{id}", imported)
                .then().statusCode(403);
        as("integration", province).delete("/api/plans/plans/{id}", imported).then().statusCode(403);
        as("planner", province).get("/api/plans/plans/{id}", imported).then().body("writable", equalTo(true))
                .body("plan.status", equalTo("DRAFT"));
    }

    @Test
    void aPlanOfAMergedIssuerBelongsToItsSuccessorsPlanners() {
        String oldCommune = uniqueCode("HP");
        String newCommune = uniqueCode("DD");
        createUnit(newCommune, "Xã Đồng Đăng", "PEOPLES_COMMITTEE", "COMMUNE", otherProvince);
        Map<String, Object> closed = new HashMap<>(Map.of("code", oldCommune, "name", "Xã Hồng Phong", "kind", "PEOPLES_COMMITTEE",
                "level", "COMMUNE", "parentCode", province, "validTo", "2025-06-30",
                "successors", List.of(Map.of("code", newCommune, "kind", "MERGED_INTO"))));
        asAdmin().body(closed).post("/api/plans/units").then().statusCode(201).body("validTo", equalTo("2025-06-30"));

        Map<String, Object> document = with(with(new HashMap<>(), "issuingUnit", oldCommune), "title", "Kế hoạch của xã Hồng Phong");
        document.put("issueDate", "2023-06");
        document.put("horizon", Map.of("fromYear", 2023, "toYear", 2030));
        as("planner", otherProvince).body(document).post("/api/plans/plans").then().statusCode(201)
                .body("plan.issuingUnit.code", equalTo(oldCommune));
        as("planner", newCommune).body(document).post("/api/plans/plans").then().statusCode(201);
        as("planner", province).body(document).post("/api/plans/plans").then().statusCode(201);
    }

    @Test
    void aDraftIsEditedThenIssuedFrozenAmendedAndClosed() {
        Map<String, Object> document = document(province, library);
        long id = create(document);
        as("planner", province).header("If-Match", "\"7\"").body(document).put("/api/plans/plans/{id}", id)
                .then().statusCode(412);
        as("planner", province).header("If-Match", "\"0\"").body(with(document, "title", "Kế hoạch sửa")).put("/api/plans/plans/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("document.title", equalTo("Kế hoạch sửa"));

        as("planner", province).post("/api/plans/plans/{id}/issue", id).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("number", "issueDate"));
        as("planner", province).body(Map.of("number", "1133/KH-UBND", "issueDate", "2015-12-16"))
                .post("/api/plans/plans/{id}/issue", id)
                .then().statusCode(200)
                .body("plan.status", equalTo("ISSUED")).body("plan.revision", equalTo(1))
                .body("plan.number", equalTo("1133/KH-UBND")).body("document.issueDate", equalTo("2015-12-16"));

        Map<String, Object> issued = as("viewer", province).get("/api/plans/plans/{id}/document", id).then().extract().as(Map.class);
        as("planner", province).body(issued).put("/api/plans/plans/{id}", id).then().statusCode(409);
        as("planner", province).body(Map.of()).post("/api/plans/plans/{id}/issue", id).then().statusCode(409);
        as("planner", province).delete("/api/plans/plans/{id}", id).then().statusCode(409);
        // Same number again from the same issuer in the same year: taken.
        as("planner", province).body(with(document, "number", "1133/KH-UBND")).post("/api/plans/plans").then().statusCode(409)
                .body("errors[0].field", equalTo("number"));

        as("planner", province).body(Map.of("document", issued, "effectiveOn", "2017-01-01", "reason", "Không đổi gì"))
                .post("/api/plans/plans/{id}/amendments", id).then().statusCode(422)
                .body("errors[0].field", equalTo("document"));
        Map<String, Object> amended = with(issued, "targets", List.of(target("T1", "LIB_READER_VISITS", "RANGE", selector(library),
                Map.of("values", List.of(Map.of("fromYear", 2016, "toYear", 2020, "min", 9000, "max", 11000))))));
        amended.put("tasks", List.of(Map.of("key", "NV1", "sector", "LIBRARY", "content", "Cung cấp dịch vụ Internet miễn phí",
                "schedule", Map.of("kind", "CONTINUOUS"), "lead", selector(library), "targets", List.of("T1"))));
        as("planner", province).body(Map.of("document", amended, "amendmentNumber", "45/KH-UBND", "effectiveOn", "2017-03-01",
                        "reason", "Điều chỉnh chỉ tiêu lượt bạn đọc"))
                .post("/api/plans/plans/{id}/amendments", id)
                .then().statusCode(200).body("plan.revision", equalTo(2)).body("document.targets", hasSize(1));
        as("viewer", province).get("/api/plans/plans/{id}/revisions", id).then().statusCode(200)
                .body("revision", org.hamcrest.Matchers.contains(1, 2))
                .body("[1].changes", hasItems("targets[T1] changed", "targets[T9] removed", "tasks[NV1] changed"))
                .body("[1].amendmentNumber", equalTo("45/KH-UBND"));
        as("viewer", province).get("/api/plans/plans/{id}/revisions/1", id).then().statusCode(200)
                .body("document.targets", hasSize(9));

        as("planner", province).body(Map.of("endedOn", "2020-12-31")).post("/api/plans/plans/{id}/closure", id)
                .then().statusCode(200).body("plan.status", equalTo("CLOSED")).body("plan.endedOn", equalTo("2020-12-31"));
        as("planner", province).body(Map.of("document", amended, "effectiveOn", "2021-01-01", "reason", "x"))
                .post("/api/plans/plans/{id}/amendments", id).then().statusCode(409);
    }

    @Test
    void aRetriedCreationWithTheSameKeyCreatesOnePlan() {
        Map<String, Object> document = document(province, library);
        String key = "plan-" + uniqueCode("K");
        long first = as("planner", province).header("Idempotency-Key", key).body(document).post("/api/plans/plans")
                .then().statusCode(201).extract().jsonPath().getLong("plan.id");
        long again = as("planner", province).header("Idempotency-Key", key).body(document).post("/api/plans/plans")
                .then().statusCode(201).extract().jsonPath().getLong("plan.id");
        assertThat(again).isEqualTo(first);
        as("planner", province).header("Idempotency-Key", key).body(with(document, "title", "Khác")).post("/api/plans/plans")
                .then().statusCode(409);
    }

    @Test
    void lineageReadsUpAndDownAndShowsWhereChildrenDoNotAddUp() {
        String district = uniqueCode("HU");
        createUnit(district, "UBND huyện Tam Đường", "PEOPLES_COMMITTEE", "DISTRICT", province);
        Map<String, Object> parentDocument = with(document(province, library), "targets",
                List.of(target("T1", "LIB_BOOKS_ADDED", "ABSOLUTE", selector(province), Map.of("values", List.of(value(2019, 2020, 1000))))));
        parentDocument.put("tasks", List.of());
        long parent = create(parentDocument);

        Map<String, Object> childDocument = with(parentDocument, "parentPlanId", parent);
        childDocument.put("issuingUnit", district);
        childDocument.put("targets", List.of(target("A", "LIB_BOOKS_ADDED", "ABSOLUTE", selector(district),
                Map.of("values", List.of(value(2019, 2019, 400), value(2020, 2020, 600))))));
        long childA = create(childDocument);
        long childB = create(with(childDocument, "targets", List.of(target("B", "LIB_BOOKS_ADDED", "ABSOLUTE", selector(district),
                Map.of("values", List.of(value(2019, 2020, 500)))))));
        long grandchild = create(with(with(childDocument, "parentPlanId", childA), "targets", List.of()));

        as("viewer", province).get("/api/plans/plans/{id}/lineage", grandchild).then().statusCode(200)
                .body("ancestors.id", org.hamcrest.Matchers.contains((int) childA, (int) parent));
        as("viewer", province).get("/api/plans/plans/{id}/lineage", parent).then().statusCode(200)
                .body("descendants.plan.id", containsInAnyOrder((int) childA, (int) childB))
                .body("descendants.find { it.plan.id == " + childA + " }.children.plan.id", org.hamcrest.Matchers.contains((int) grandchild));
        as("viewer", province).get("/api/plans/plans/{id}/add-up", parent).then().statusCode(200)
                .body("year", org.hamcrest.Matchers.contains(2019, 2020))
                .body("outcome", org.hamcrest.Matchers.contains("BELOW", "ADDS_UP"))
                .body("childrenMin", org.hamcrest.Matchers.contains(900, 1100));

        // A plan cannot come to implement a plan below it.
        as("planner", province).body(with(parentDocument, "parentPlanId", grandchild)).put("/api/plans/plans/{id}", parent)
                .then().statusCode(422).body("errors[0].field", equalTo("parentPlanId"));
        as("viewer", province).queryParam("issuedWithin", province).get("/api/plans/plans").then().statusCode(200)
                .body("items.id", hasItems((int) parent, (int) childA, (int) grandchild));
        as("viewer", province).queryParam("issuedWithin", otherProvince).get("/api/plans/plans").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem((int) parent)));
    }

    @Test
    void unknownPlansAnswer404() {
        as("viewer", province).get("/api/plans/plans/987654321").then().statusCode(404).contentType("application/problem+json");
        as("planner", province).body(document(province, library)).put("/api/plans/plans/987654321").then().statusCode(404);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object list) {
        return (List<Map<String, Object>>) list;
    }
}
