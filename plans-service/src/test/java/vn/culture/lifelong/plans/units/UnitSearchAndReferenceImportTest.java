package vn.culture.lifelong.plans.units;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.culture.lifelong.plans.TestRequests.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.kit.outbox.OutboxEventRepository;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class UnitSearchAndReferenceImportTest {

    @Inject
    OutboxEventRepository outbox;

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
    void aControlCharacterInASearchOrANameIsRefusedNamingTheField() {
        // PostgreSQL refuses NUL: without the kit's rule these answered 500.
        given().auth().oauth2(TestTokens.forRole("viewer", "T")).urlEncodingEnabled(false)
                .get("/api/plans/units?q=%00%27").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        given().auth().oauth2(TestTokens.forRole("viewer", "T")).urlEncodingEnabled(false)
                .get("/api/plans/commune-mapping-2025?q=hong%00phong").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        String code = "N" + System.nanoTime() % 1_000_000;
        as("admin").body(Map.of("code", code, "name", "Thư viện\u0000", "kind", "LIBRARY", "level", "COMMUNE"))
                .post("/api/plans/units").then().statusCode(400).body("errors[0].field", equalTo("name"));
        as("viewer").get("/api/plans/units/{code}", code).then().statusCode(404);
    }

    @Test
    void onlyAdminsImportReferenceUnits() {
        as("planner").post("/api/plans/units/reference-imports/vn-2025").then().statusCode(403);
    }

    @Test
    void theReferenceImportLoadsThe2025ProvincesAndCommunesOnceAndPublishesThem() {
        // Other tests of this run may have imported already: what counts is that all are there afterwards.
        io.restassured.path.json.JsonPath first = as("admin").post("/api/plans/units/reference-imports/vn-2025")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getInt("provinces.created") + first.getInt("provinces.unchanged")).isEqualTo(34);
        assertThat(first.getInt("communes.created") + first.getInt("communes.unchanged")).isEqualTo(3321);

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

    @Test
    void theOldToNewCommuneMappingIsCleanedAndSearchable() {
        as("admin").post("/api/plans/units/reference-imports/vn-2025").then().statusCode(200)
                // 10,977 rows: 5 special zones without predecessor, 128 repeated rows and 12 old communes listed
                // once with and once without their code; in 357 rows the new code names no commune or another one.
                .body("communeMapping.kept", equalTo(10832))
                .body("communeMapping.duplicates", equalTo(140))
                .body("communeMapping.withoutPredecessor", equalTo(5))
                .body("communeMapping.newCodeCorrected", equalTo(357))
                .body("communeMapping.unresolved", equalTo(0));

        as("viewer").queryParam("oldCode", "06205").get("/api/plans/commune-mapping-2025").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items[0].newCode", equalTo("06184"))
                .body("items[0].newName", equalTo("Xã Đồng Đăng"))
                .body("items[0].oldDistrict", equalTo("Huyện Cao Lộc"));
        as("viewer").queryParam("q", "hong phong cao loc").get("/api/plans/commune-mapping-2025").then()
                .body("items.oldCode", hasItem("06205"));
        as("viewer").queryParam("newCode", "06184").get("/api/plans/commune-mapping-2025").then()
                .body("items.oldName", hasItem("Xã Hồng Phong"))
                .body("items.newCode", org.hamcrest.Matchers.everyItem(equalTo("06184")));
        // "Xã Bình Khê" of Quảng Ninh is listed with the new code unpadded (7081) and no old code.
        as("viewer").queryParam("q", "xa binh khe thi xa dong trieu").get("/api/plans/commune-mapping-2025").then()
                .body("items[0].newName", equalTo("Phường Bình Khê"))
                .body("items[0].oldCode", org.hamcrest.Matchers.nullValue());
    }
}
