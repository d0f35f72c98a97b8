package vn.culture.lifelong.plans.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.plans.messaging.OutboxEventRepository;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class UnitSearchAndReferenceImportTest {

    @Inject
    OutboxEventRepository outbox;

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token(role + ".test", "T", role)).contentType(ContentType.JSON);
    }

    private static List<String> codesFound(String query) {
        return as("viewer").queryParam("q", query).queryParam("size", 500).get("/api/plans/units")
                .then().statusCode(200).extract().path("items.code");
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndMatchesEveryWord() {
        String code = "S" + System.nanoTime() % 1_000_000;
        as("admin").body(Map.of("code", code, "name", "Nhà văn hóa thôn Đồng Đăng Thượng", "kind", "CULTURAL_HOUSE",
                        "level", "VILLAGE"))
                .post("/api/plans/units").then().statusCode(201);

        assertThat(codesFound("dong dang")).contains(code);
        assertThat(codesFound("ĐỒNG   ĐĂNG")).contains(code);
        assertThat(codesFound("nha van hoa thuong")).contains(code);
        assertThat(codesFound(Normalizer.normalize("Đăng Thượng", Normalizer.Form.NFD))).contains(code);
        assertThat(codesFound(code.toLowerCase())).contains(code);
        assertThat(codesFound("dong dang hue")).doesNotContain(code);
        assertThat(codesFound("%")).isEmpty();
    }

    @Test
    void onlyAdminsImportReferenceUnits() {
        as("planner").post("/api/plans/units/reference-imports/vn-2025").then().statusCode(403);
    }

    @Test
    void theReferenceImportLoadsThe2025ProvincesAndCommunesOnceAndPublishesThem() {
        as("admin").post("/api/plans/units/reference-imports/vn-2025")
                .then().statusCode(200)
                .body("provinces.created", equalTo(34))
                .body("communes.created", equalTo(3321));

        as("viewer").get("/api/plans/units/06184").then().statusCode(200)
                .body("name", equalTo("Xã Đồng Đăng"))
                .body("level", equalTo("COMMUNE"))
                .body("parentCode", equalTo("20"));
        as("viewer").get("/api/plans/units/20").then().body("name", equalTo("Tỉnh Lạng Sơn"));
        as("viewer").get("/api/plans/units/01").then().body("name", equalTo("Thành phố Hà Nội"));
        as("viewer").queryParam("size", 1).get("/api/plans/units/20/descendants")
                .then().body("totalItems", equalTo(65));
        assertThat(codesFound("dong dang")).contains("06184");
        List<String> names = as("viewer").queryParam("size", 500).get("/api/plans/units/79/children")
                .then().extract().path("items.name");
        assertThat(names).allSatisfy(name -> assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue());
        assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.count("messageKey", "06184"))).isEqualTo(1);

        as("admin").post("/api/plans/units/reference-imports/vn-2025")
                .then().statusCode(200)
                .body("provinces.unchanged", equalTo(34))
                .body("communes.unchanged", equalTo(3321))
                .body("communes.created", equalTo(0));
        assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.count("messageKey", "06184"))).isEqualTo(1);
        as("viewer").queryParam("q", "Lạng Sơn").get("/api/plans/units").then().body("items.code", hasItem("20"))
                .body("items.code", not(hasItem("01")));
    }
}
