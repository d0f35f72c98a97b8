package vn.culture.lifelong.plans.indicators;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static vn.culture.lifelong.plans.TestRequests.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.kit.outbox.OutboxEventRepository;
import vn.culture.lifelong.kit.problem.Problem;
import vn.culture.lifelong.plans.indicators.messaging.IndicatorEvent;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;

@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class IndicatorResourceTest {

    @Inject
    OutboxEventRepository outbox;

    private static Map<String, Object> indicator(String code, String valueType, String acrossUnits, String overTime) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameVi", "Lượt người tham gia câu lạc bộ");
        body.put("nameEn", "Club attendances");
        body.put("unitOfMeasure", "lượt");
        body.put("valueType", valueType);
        body.put("acrossUnits", acrossUnits);
        body.put("overTime", overTime);
        body.put("direction", "HIGHER_IS_BETTER");
        body.put("sector", "CULTURAL_HOUSE_AND_CLUB");
        return body;
    }

    private static String code() {
        return "TEST_" + System.nanoTime() % 1_000_000_000L;
    }

    @Test
    void theCatalogueStartsWithTheIndicatorsTheSeedsNeedAndPublishesThem() {
        as("viewer").queryParam("size", 100).get("/api/plans/indicators")
                .then().statusCode(200)
                .body("items.code", hasItems("LIB_READER_VISITS", "LIB_FREE_INTERNET", "LIB_POPULATION_SHARE",
                        "LIB_COMMUNE_READING_ROOM", "MUS_THEMATIC_EXHIBITIONS", "CUL_HOUSE_WITH_CLASSES",
                        "GEN_MILESTONE_DONE"));
        as("viewer").get("/api/plans/indicators/LIB_FREE_INTERNET")
                .then().statusCode(200)
                .body("valueType", equalTo("YES_NO"))
                .body("acrossUnits", equalTo("COVERAGE"))
                .body("nameVi", equalTo("Thư viện cung cấp dịch vụ Internet miễn phí"));
        as("viewer").queryParam("sector", "MUSEUM").get("/api/plans/indicators")
                .then().body("items.sector", everyItem(equalTo("MUSEUM")));
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                outbox.count("topic = ?1 and messageKey = ?2", IndicatorEvent.TOPIC, "LIB_READER_VISITS"))).isEqualTo(1);
    }

    @Test
    void adminsAddAndChangeIndicators() {
        String code = code();
        as("admin").body(indicator(code, "NUMBER", "SUM", "SUM")).post("/api/plans/indicators")
                .then().statusCode(201).header("ETag", equalTo("\"0\"")).body("code", equalTo(code));
        Map<String, Object> changed = indicator(code, "NUMBER", "LATEST", "LAST");
        changed.put("nameVi", "Số thành viên câu lạc bộ");
        as("admin").header("If-Match", "\"0\"").body(changed).put("/api/plans/indicators/{code}", code)
                .then().statusCode(200).body("nameVi", equalTo("Số thành viên câu lạc bộ")).body("version", equalTo(1));
        as("admin").header("If-Match", "\"0\"").body(changed).put("/api/plans/indicators/{code}", code)
                .then().statusCode(412);
        as("admin").body(indicator(code, "NUMBER", "SUM", "SUM")).post("/api/plans/indicators")
                .then().statusCode(409).body("errors[0].field", equalTo("code"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.count("messageKey", code))).isEqualTo(2);
    }

    @Test
    void aggregationsMustFitTheValueType() {
        as("admin").body(indicator(code(), "YES_NO", "SUM", "LAST")).post("/api/plans/indicators")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("acrossUnits"));
        as("admin").body(indicator(code(), "RATIO", "SUM", "LAST")).post("/api/plans/indicators")
                .then().statusCode(422).body("errors[0].field", equalTo("acrossUnits"));
        as("admin").body(indicator(code(), "NUMBER", "COVERAGE", "SUM")).post("/api/plans/indicators")
                .then().statusCode(422).body("errors[0].field", equalTo("acrossUnits"));
        as("admin").body(indicator(code(), "YES_NO", "COVERAGE", "SUM")).post("/api/plans/indicators")
                .then().statusCode(422).body("errors[0].field", equalTo("overTime"));
        as("admin").body(indicator("lower-case", "NUMBER", "SUM", "SUM")).post("/api/plans/indicators")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void onlyAdminsWriteTheCatalogue() {
        for (String role : new String[] {"planner", "reporter", "viewer", "integration"}) {
            as(role).body(indicator(code(), "NUMBER", "SUM", "SUM")).post("/api/plans/indicators").then().statusCode(403);
            as(role).body(indicator("LIB_BOOKS_ADDED", "NUMBER", "SUM", "SUM"))
                    .put("/api/plans/indicators/LIB_BOOKS_ADDED").then().statusCode(403);
        }
        as("viewer").get("/api/plans/indicators/NOPE").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }
}
