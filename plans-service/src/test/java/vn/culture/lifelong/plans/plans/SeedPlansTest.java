package vn.culture.lifelong.plans.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.culture.lifelong.plans.TestRequests.as;
import static vn.culture.lifelong.plans.TestRequests.asAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.culture.lifelong.plans.plans.domain.PlanDocument;
import vn.culture.lifelong.stack.DemoData;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * The five seed plans of deploy/seeds load into plans-service as the run command loads them, twice without
 * creating anything twice, and read back as they were written. The seed data is this class's own: no other test
 * loads it, and this class loads it once, before its tests.
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPlansTest {

    @TestHTTPResource("/")
    URL service;

    @Inject
    ObjectMapper json;

    private DemoData.Loaded first;
    private DemoData.Loaded again;

    @BeforeAll
    void loadTheSeedsTwice() {
        DemoData demo = new DemoData(service.toString().replaceAll("/$", ""), TestTokens.forRole("admin", "BVHTTDL"));
        first = demo.load();
        again = demo.load();
    }

    @Test
    void theSeedPlansLoadOnceAndReadBackWhole() throws Exception {
        assertThat(first.plansCreated()).isEqualTo(5);
        assertThat(first.unitsCreated()).isPositive();
        assertThat(again.unitsCreated()).isZero();
        assertThat(again.plansCreated()).isZero();

        for (JsonNode seed : DemoData.resource("plans.json")) {
            JsonNode document = DemoData.resource(seed.path("file").asText());
            List<Map<String, Object>> found = asAdmin()
                    .queryParam("issuedWithin", document.get("issuingUnit").asText())
                    .queryParam("on", document.path("issueDate").asText().length() == 10 ? document.get("issueDate").asText()
                            : document.path("horizon").path("fromYear").asText() + "-12-31")
                    .get("/api/plans/plans").then().statusCode(200).extract().jsonPath().getList("items");
            Map<String, Object> summary = found.stream()
                    .filter(plan -> plan.get("title").equals(document.get("title").asText())).findFirst().orElseThrow();
            assertThat(summary.get("status")).isEqualTo(seed.path("status").asText());
            String exported = asAdmin().get("/api/plans/plans/{id}/document", summary.get("id")).then().statusCode(200)
                    .extract().asString();
            assertThat(canonical(json.readTree(exported))).as(seed.path("file").asText()).isEqualTo(canonical(document));
        }
    }

    @Test
    void aClosedIssuerHandsItsRunningPlanToTheUnitItMergedInto() {
        List<Map<String, Object>> dongDang = as("viewer", "06184").queryParam("issuedWithin", "06205")
                .queryParam("on", "2023-06-01").get("/api/plans/plans").then().statusCode(200).extract().jsonPath().getList("items");
        Object hongPhong = dongDang.get(0).get("id");
        as("planner", "20").get("/api/plans/plans/{id}", hongPhong).then().body("writable", equalTo(true));
        as("planner", "06184").get("/api/plans/plans/{id}", hongPhong).then().body("writable", equalTo(true));
        as("planner", "92").get("/api/plans/plans/{id}", hongPhong).then().body("writable", equalTo(false));
        // Phú Yên's department merged into Đắk Lắk's: Đắk Lắk's planners now own the 2021–2030 plan.
        Object phuYen = as("viewer", "66").queryParam("issuedWithin", "54.SVHTTDL").queryParam("on", "2021-11-01")
                .get("/api/plans/plans").then().statusCode(200).extract().jsonPath().getList("items.id").get(0);
        as("planner", "66").get("/api/plans/plans/{id}", phuYen).then().body("writable", equalTo(true));
        as("planner", "20").get("/api/plans/plans/{id}", phuYen).then().body("writable", equalTo(false));
    }

    /** Through the document type, so that 8000 and 8000.0 compare equal and absent lists equal empty ones. */
    private JsonNode canonical(JsonNode node) throws Exception {
        return json.readTree(json.writeValueAsString(json.treeToValue(node, PlanDocument.class)));
    }
}
