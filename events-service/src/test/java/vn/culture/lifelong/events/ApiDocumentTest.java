package vn.culture.lifelong.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.quarkus.ApiDocumentRules;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;

/** events-service's OpenAPI document, as the console and client generators read it. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class ApiDocumentTest {

    @Test
    void theDocumentKeepsTheRulesOfEveryService() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        assertThat(document.path("paths").has("/api/events/units/{code}")).isTrue();
        assertThat(ApiDocumentRules.brokenBy(document)).isEmpty();
    }
}
