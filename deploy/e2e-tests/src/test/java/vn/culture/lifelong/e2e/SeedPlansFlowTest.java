package vn.culture.lifelong.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.culture.lifelong.e2e.Keycloak.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.DemoData;
import vn.culture.lifelong.stack.LocalStack;

/**
 * The seed plans, loaded as the run command loads them, read back whole through the gateway with real Keycloak
 * tokens; planners write only their own plans, reviewers none.
 */
class SeedPlansFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalStack stack;
    private static String gateway;

    @BeforeAll
    static void loadSeeds() {
        stack = Stack.get();
        gateway = stack.gatewayUrl();
        DemoData.Loaded loaded = DemoData.asDemoAdministrator(stack).orElseThrow().load();
        assertThat(loaded.plansCreated() + DemoData.asDemoAdministrator(stack).orElseThrow().load().plansCreated())
                .as("a second load creates nothing").isEqualTo(loaded.plansCreated());
    }

    /** The id of the seed plan of {@code file}, found the way a user finds it: by issuer, on the plan's day. */
    private static long planOf(String file, String username) {
        JsonNode document = DemoData.resource(file);
        String day = document.path("issueDate").asText().length() == 10 ? document.get("issueDate").asText()
                : document.path("horizon").path("fromYear").asText() + "-12-31";
        List<Map<String, Object>> plans = as(username).queryParam("issuedWithin", document.get("issuingUnit").asText())
                .queryParam("on", day).get(gateway + "/api/plans/plans")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return plans.stream().filter(plan -> plan.get("title").equals(document.get("title").asText()))
                .map(plan -> ((Number) plan.get("id")).longValue()).findFirst().orElseThrow();
    }

    @Test
    void everySeedPlanReadsBackWholeThroughTheGateway() throws Exception {
        for (JsonNode seed : DemoData.resource("plans.json")) {
            String file = seed.get("file").asText();
            long id = planOf(file, "viewer.cantho");
            as("viewer.cantho").get(gateway + "/api/plans/plans/{id}", id).then().statusCode(200)
                    .body("plan.status", equalTo(seed.get("status").asText()));
            String exported = as("viewer.cantho").get(gateway + "/api/plans/plans/{id}/document", id)
                    .then().statusCode(200).extract().asString();
            assertThat(withoutDefaults(JSON.readTree(exported))).as(file).isEqualTo(withoutDefaults(DemoData.resource(file)));
        }
        as("viewer.cantho").get(gateway + "/api/plans/plans/{id}/revisions", planOf("plans/001-lai-chau-1133-KH-UBND-2015.json", "viewer.cantho"))
                .then().statusCode(200).body("[0].revision", equalTo(1));
    }

    @Test
    void aPlannerOfAnotherProvinceAndAReviewerCannotWrite() {
        String laiChau = "plans/001-lai-chau-1133-KH-UBND-2015.json";
        long laiChauId = planOf(laiChau, "planner.cantho");
        as("planner.cantho").body(Map.of("document", DemoData.resource(laiChau), "effectiveOn", "2017-01-01", "reason", "Thử"))
                .post(gateway + "/api/plans/plans/{id}/amendments", laiChauId)
                .then().statusCode(403).contentType("application/problem+json");
        as("planner.cantho").body(Map.of("endedOn", "2020-12-31")).post(gateway + "/api/plans/plans/{id}/closure", laiChauId)
                .then().statusCode(403);

        String hongPhong = "plans/003-hong-phong-2023.json";
        long hongPhongId = planOf(hongPhong, "reviewer.langson");
        as("reviewer.langson").body(DemoData.resource(hongPhong).toString()).put(gateway + "/api/plans/plans/{id}", hongPhongId)
                .then().statusCode(403).contentType("application/problem+json");
        as("planner.cantho").body(DemoData.resource(hongPhong).toString()).put(gateway + "/api/plans/plans/{id}", hongPhongId)
                .then().statusCode(403);
        // Xã Hồng Phong merged into xã Đồng Đăng of Lạng Sơn: Lạng Sơn's planner owns the draft now.
        as("planner.langson").body(DemoData.resource(hongPhong).toString()).put(gateway + "/api/plans/plans/{id}", hongPhongId)
                .then().statusCode(200).body("writable", equalTo(true));
        // The old Cần Thơ merged into the new one: its department's 2019 plan belongs to today's Cần Thơ.
        as("planner.cantho").get(gateway + "/api/plans/plans/{id}", planOf("plans/002-can-tho-1929-KH-SVHTTDL-2019.json", "planner.cantho"))
                .then().statusCode(200).body("writable", equalTo(true));
    }

    @Test
    void aProvincialSystemImportsDraftsOfItsProvinceOnly() {
        String token = Keycloak.provincialSystemToken();
        // Cần Thơ's system (unit 92) imports a draft of its department's plan, without the number the issued one bears.
        ObjectNode canTho = ((ObjectNode) DemoData.resource("plans/002-can-tho-1929-KH-SVHTTDL-2019.json")).deepCopy();
        canTho.remove("number");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(canTho.toString())
                .post(gateway + "/api/plans/plans").then().statusCode(201)
                .body("plan.status", equalTo("DRAFT")).body("writable", equalTo(false));
        // Not a plan of Lai Châu's, and it issues nothing.
        ObjectNode laiChau = ((ObjectNode) DemoData.resource("plans/001-lai-chau-1133-KH-UBND-2015.json")).deepCopy();
        laiChau.remove("number");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(laiChau.toString())
                .post(gateway + "/api/plans/plans").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .post(gateway + "/api/plans/plans/{id}/issue", planOf("plans/002-can-tho-1929-KH-SVHTTDL-2019.json", "viewer.cantho"))
                .then().statusCode(403);
    }

    /** Omitted values and their defaults are the same document: drop false flags and empty lists before comparing. */
    private static JsonNode withoutDefaults(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isBoolean() && !value.asBoolean() || value.isArray() && value.isEmpty()
                        || value.isObject() && value.isEmpty()) {
                    fields.remove();
                } else {
                    withoutDefaults(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(SeedPlansFlowTest::withoutDefaults);
        }
        return node;
    }
}
