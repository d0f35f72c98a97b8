package vn.culture.lifelong.kit.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/** Every failure of a service on the kit answers problem+json naming what is wrong, through real HTTP. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class ProblemAnswersTest {

    private static RequestSpecification signedIn() {
        return given().auth().oauth2(TestTokens.forRole("viewer", "T")).contentType(ContentType.JSON);
    }

    @Test
    void withoutATokenTheAnswerIs401WithAChallenge() {
        given().get("/notes/any").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthenticated"))
                .body("title", equalTo("Chưa xác thực"));
        given().auth().oauth2(TestTokens.expiredToken("viewer.T", "T", "viewer")).get("/notes/any").then().statusCode(401);
    }

    @Test
    void aServiceMessageIsVietnameseByDefaultAndEnglishOnRequest() {
        signedIn().header("X-Request-Id", "abc-123").get("/notes/{subject}", "sách").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404))
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Không có ghi chú sách."))
                .body("instance", equalTo("/notes/sách"))
                .body("requestId", equalTo("abc-123"))
                .body("$", not(org.hamcrest.Matchers.hasKey("errors")));
        signedIn().header("Accept-Language", "en-GB,en;q=0.9").get("/notes/{subject}", "x").then().statusCode(404)
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No note x."));
    }

    @Test
    void everyInvalidFieldOfABodyIsNamed() {
        signedIn().body(Map.of("subject", "", "text", "x", "tags", List.of("ok", " "))).post("/notes").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItems("subject", "tags[1]"));
    }

    @Test
    void jsonThatCannotBeReadIsNamedByItsPath() {
        signedIn().body("{\"subject\": ").post("/notes").then().statusCode(400)
                .body("errors[0].field", equalTo("$"));
        signedIn().body(Map.of("subject", "a", "text", "x", "tags", Map.of("not", "a list"))).post("/notes").then()
                .statusCode(400).body("errors[0].field", equalTo("tags"));
        signedIn().body(Map.of("subject", "a", "text", "x", "colour", "red")).post("/notes").then()
                .statusCode(400).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void textWithControlCharactersIsRefusedNamingTheField() {
        signedIn().queryParam("q", "\u0000'").get("/notes").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", containsString("ký tự điều khiển"));
        signedIn().get("/notes/{subject}", "a\u0001b").then().statusCode(400)
                .body("errors[0].field", equalTo("subject"));
        signedIn().body("{\"subject\":\"a\",\"text\":\"x\",\"tags\":[\"ok\",\"b\\u0000\"]}").post("/notes").then()
                .statusCode(400).body("errors[0].field", equalTo("tags[1]"));
        // Line breaks and tabs are text, in bodies.
        signedIn().body(Map.of("subject", "a", "text", "Dòng 1\n\tDòng 2")).post("/notes").then().statusCode(200);
    }

    @Test
    void aQueryParameterThatDoesNotConvertIsA400NamingIt() {
        // Jakarta REST would answer 404, as if the list did not exist.
        signedIn().queryParam("shelf", "LOST").get("/notes").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("shelf"));
        signedIn().queryParam("since", "30/11/2026").get("/notes").then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
        signedIn().queryParam("limit", "many").header("Accept-Language", "en").get("/notes").then().statusCode(400)
                .body("errors[0].field", equalTo("limit")).body("errors[0].message", containsString("parameter"));
        signedIn().queryParam("shelf", "OPEN").queryParam("since", "2026-11-30").queryParam("limit", "5").get("/notes")
                .then().statusCode(200);
        signedIn().queryParam("shelf", "").get("/notes").then().statusCode(200);
    }

    @Test
    void aParameterIsNamedAsCallersSendIt() {
        // The method names it "words"; callers know it as q.
        signedIn().queryParam("q", "x".repeat(101)).get("/notes").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void whatTheFrameworkRefusesIsAProblemToo() {
        signedIn().put("/notes").then().statusCode(405).contentType(Problem.MEDIA_TYPE).body("status", equalTo(405));
        signedIn().contentType(ContentType.TEXT).body("x").post("/notes").then().statusCode(415)
                .contentType(Problem.MEDIA_TYPE);
        signedIn().get("/nowhere").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }
}
