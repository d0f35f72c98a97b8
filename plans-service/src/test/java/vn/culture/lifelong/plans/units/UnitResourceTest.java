package vn.culture.lifelong.plans.units;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.culture.lifelong.plans.TestRequests.as;
import static vn.culture.lifelong.plans.TestRequests.uniqueCode;
import static vn.culture.lifelong.stack.quarkus.TestBodies.unitBody;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.kit.problem.Problem;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class UnitResourceTest {

    private static String createProvince() {
        String code = uniqueCode("P");
        as("admin").body(unitBody(code, "Tỉnh Lạng Sơn", "PEOPLES_COMMITTEE", "PROVINCE", null))
                .post("/api/plans/units").then().statusCode(201);
        return code;
    }

    @Test
    void adminCreatesAProvinceAndACommuneAndReadsThemBack() {
        String province = createProvince();
        String commune = uniqueCode("C");
        as("admin").body(unitBody(commune, "Xã Đồng Đăng", "PEOPLES_COMMITTEE", "COMMUNE", province))
                .post("/api/plans/units")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(commune))
                .body("parentCode", equalTo(province))
                .body("version", equalTo(0));

        as("viewer").get("/api/plans/units/{code}", commune)
                .then().statusCode(200)
                .body("name", equalTo("Xã Đồng Đăng"))
                .body("level", equalTo("COMMUNE"));
        as("viewer").get("/api/plans/units/{code}/children", province)
                .then().statusCode(200)
                .body("items.code", contains(commune))
                .body("totalItems", equalTo(1));
    }

    @Test
    void namesAreStoredInNfc() {
        String decomposed = Normalizer.normalize("Thư viện tỉnh Lạng Sơn", Normalizer.Form.NFD);
        String code = uniqueCode("L");
        as("admin").body(unitBody(code, "  " + decomposed + " ", "LIBRARY", "PROVINCE", null))
                .post("/api/plans/units").then().statusCode(201);
        String stored = as("viewer").get("/api/plans/units/{code}", code).then().extract().path("name");
        org.junit.jupiter.api.Assertions.assertEquals(Normalizer.normalize("Thư viện tỉnh Lạng Sơn", Normalizer.Form.NFC), stored);
    }

    @Test
    void descendantsSpanEveryDepthAndNothingElse() {
        String province = createProvince();
        String otherProvince = createProvince();
        String district = uniqueCode("D");
        String commune = uniqueCode("C");
        String library = uniqueCode("L");
        as("admin").body(unitBody(district, "Huyện Cao Lộc", "PEOPLES_COMMITTEE", "DISTRICT", province)).post("/api/plans/units").then().statusCode(201);
        as("admin").body(unitBody(commune, "Xã Hồng Phong", "PEOPLES_COMMITTEE", "COMMUNE", district)).post("/api/plans/units").then().statusCode(201);
        as("admin").body(unitBody(library, "Thư viện xã", "LIBRARY", "COMMUNE", commune)).post("/api/plans/units").then().statusCode(201);
        as("admin").body(unitBody(uniqueCode("X"), "Xã khác", "PEOPLES_COMMITTEE", "COMMUNE", otherProvince)).post("/api/plans/units").then().statusCode(201);

        as("viewer").get("/api/plans/units/{code}/descendants", province)
                .then().statusCode(200)
                .body("items.code", contains(district, commune, library))
                .body("totalItems", equalTo(3));
    }

    @Test
    void movingAUnitMovesItsSubtree() {
        String first = createProvince();
        String second = createProvince();
        String district = uniqueCode("D");
        String commune = uniqueCode("C");
        as("admin").body(unitBody(district, "Huyện", "PEOPLES_COMMITTEE", "DISTRICT", first)).post("/api/plans/units").then().statusCode(201);
        as("admin").body(unitBody(commune, "Xã", "PEOPLES_COMMITTEE", "COMMUNE", district)).post("/api/plans/units").then().statusCode(201);

        as("admin").body(unitBody(district, "Huyện", "PEOPLES_COMMITTEE", "DISTRICT", second))
                .put("/api/plans/units/{code}", district)
                .then().statusCode(200).body("parentCode", equalTo(second)).body("version", equalTo(1));

        as("viewer").get("/api/plans/units/{code}/descendants", first).then().body("totalItems", equalTo(0));
        as("viewer").get("/api/plans/units/{code}/descendants", second).then().body("items.code", contains(district, commune));
    }

    @Test
    void aUnitCannotMoveUnderItsOwnDescendant() {
        String province = createProvince();
        String district = uniqueCode("D");
        as("admin").body(unitBody(district, "Huyện", "PEOPLES_COMMITTEE", "DISTRICT", province)).post("/api/plans/units").then().statusCode(201);

        as("admin").body(unitBody(province, "Tỉnh", "PEOPLES_COMMITTEE", "DISTRICT", district))
                .put("/api/plans/units/{code}", province)
                .then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("parentCode"));
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        given().get("/api/plans/units")
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Chưa xác thực"));
    }

    @Test
    void expiredOrForgedTokensAreRejected() {
        given().auth().oauth2(TestTokens.expiredToken("admin.test", "T", "admin")).get("/api/plans/units")
                .then().statusCode(401);
        String token = TestTokens.token("viewer.test", "T", "viewer");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"iss\":\"https://issuer.test/realms/lifelong\",\"realm_access\":{\"roles\":[\"admin\"]}}".getBytes())
                + "." + parts[2];
        given().auth().oauth2(forged).get("/api/plans/units").then().statusCode(401);
    }

    @Test
    void onlyAdminsWriteUnits() {
        String province = createProvince();
        for (String role : new String[] {"reporter", "planner", "reviewer", "organiser", "viewer", "integration"}) {
            as(role).body(unitBody(uniqueCode("R"), "Đơn vị", "LIBRARY", "PROVINCE", null))
                    .post("/api/plans/units")
                    .then().statusCode(403)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("title", equalTo("Không có quyền"));
            as(role).body(unitBody(province, "Đổi tên", "PEOPLES_COMMITTEE", "PROVINCE", null))
                    .put("/api/plans/units/{code}", province)
                    .then().statusCode(403);
        }
        as("viewer").get("/api/plans/units/{code}", province).then().body("name", equalTo("Tỉnh Lạng Sơn"));
    }

    @Test
    void invalidFieldsAreNamedInVietnameseOrEnglish() {
        as("admin").body(unitBody("bad code", "", "LIBRARY", null, null))
                .post("/api/plans/units")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", contains("code", "level", "name"))
                .body("errors.find { it.field == 'level' }.message", equalTo("là bắt buộc"));

        as("admin").header("Accept-Language", "en").body(unitBody("bad code", "x", "LIBRARY", "PROVINCE", null))
                .post("/api/plans/units")
                .then().statusCode(400)
                .body("title", equalTo("Bad request"))
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", containsString("capital letters"));
    }

    @Test
    void unknownEnumValuesAndBrokenJsonNameTheirPlace() {
        as("admin").body("{\"code\":\"ZZ1\",\"name\":\"x\",\"kind\":\"CASTLE\",\"level\":\"PROVINCE\"}")
                .post("/api/plans/units")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("kind"));
        as("admin").body("{\"code\":")
                .post("/api/plans/units")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("$"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void businessRulesAnswer404409And422() {
        String province = createProvince();
        as("viewer").get("/api/plans/units/NOPE").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("NOPE"));
        as("admin").body(unitBody(province, "Lặp mã", "PEOPLES_COMMITTEE", "PROVINCE", null))
                .post("/api/plans/units")
                .then().statusCode(409).body("errors[0].field", equalTo("code"));
        as("admin").body(unitBody(uniqueCode("C"), "Xã", "PEOPLES_COMMITTEE", "COMMUNE", "NOPE"))
                .post("/api/plans/units")
                .then().statusCode(422).body("errors[0].field", equalTo("parentCode"));
        String commune = uniqueCode("C");
        as("admin").body(unitBody(commune, "Xã", "PEOPLES_COMMITTEE", "COMMUNE", province)).post("/api/plans/units").then().statusCode(201);
        as("admin").body(unitBody(uniqueCode("P"), "Tỉnh dưới xã", "PEOPLES_COMMITTEE", "PROVINCE", commune))
                .post("/api/plans/units")
                .then().statusCode(422).body("errors[0].field", equalTo("level"));
    }

    @Test
    void staleIfMatchIsRefusedWith412AndNothingChanges() {
        String province = createProvince();
        as("admin").header("If-Match", "\"0\"").body(unitBody(province, "Tên mới", "PEOPLES_COMMITTEE", "PROVINCE", null))
                .put("/api/plans/units/{code}", province)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        as("admin").header("If-Match", "\"0\"").body(unitBody(province, "Tên cũ đè", "PEOPLES_COMMITTEE", "PROVINCE", null))
                .put("/api/plans/units/{code}", province)
                .then().statusCode(412).contentType(Problem.MEDIA_TYPE);
        as("admin").header("If-Match", "yesterday").body(unitBody(province, "x", "PEOPLES_COMMITTEE", "PROVINCE", null))
                .put("/api/plans/units/{code}", province)
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        as("viewer").get("/api/plans/units/{code}", province).then().body("name", equalTo("Tên mới"));
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyCreatesNothingTwice() {
        String code = uniqueCode("I");
        Map<String, Object> body = unitBody(code, "Thư viện huyện", "LIBRARY", "DISTRICT", null);
        String first = as("admin").header("Idempotency-Key", "retry-" + code).body(body).post("/api/plans/units")
                .then().statusCode(201).extract().asString();
        String retried = as("admin").header("Idempotency-Key", "retry-" + code).body(body).post("/api/plans/units")
                .then().statusCode(201).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(first, retried);

        Map<String, Object> other = unitBody(uniqueCode("I"), "Yêu cầu khác", "LIBRARY", "DISTRICT", null);
        as("admin").header("Idempotency-Key", "retry-" + code).body(other).post("/api/plans/units")
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("Idempotency-Key"));
        as("viewer").get("/api/plans/units/{code}", other.get("code")).then().statusCode(404);
        // Keys belong to their caller: another admin's request with the same key is a request of its own.
        given().auth().oauth2(TestTokens.token("other-admin.test", "T", "admin")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "retry-" + code).body(body).post("/api/plans/units")
                .then().statusCode(409).body("errors[0].field", equalTo("code"));
        as("admin").header("Idempotency-Key", "has spaces").body(other).post("/api/plans/units")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void pageSizeIsCapped() {
        createProvince();
        as("viewer").queryParam("size", 5000).get("/api/plans/units")
                .then().statusCode(200).body("size", equalTo(500)).body("items", notNullValue());
        as("viewer").queryParam("size", 0).get("/api/plans/units")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void requestIdIsEchoedInProblems() {
        as("viewer").header("X-Request-Id", "req-123").get("/api/plans/units/NOPE")
                .then().statusCode(404).body("requestId", equalTo("req-123"));
        as("viewer").get("/api/plans/units/NOPE").then().body("requestId", nullValue());
    }
}
