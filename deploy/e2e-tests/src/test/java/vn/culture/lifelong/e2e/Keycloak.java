package vn.culture.lifelong.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import vn.culture.lifelong.stack.LocalStack;

/** Real tokens from the stack's Keycloak. */
final class Keycloak {

    private Keycloak() {
    }

    static String passwordToken(String clientId, String username) {
        LocalStack stack = Stack.get();
        return given().formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", stack.secrets().demoPassword())
                .post(stack.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    static String userToken(String username) {
        return passwordToken("cli", username);
    }

    /** A JSON request as {@code username} (a demo login of the realm). */
    static RequestSpecification as(String username) {
        return given().auth().oauth2(userToken(username)).contentType(ContentType.JSON);
    }

    /** A JSON request as Cần Thơ's provincial system (client credentials). */
    static RequestSpecification asProvincialSystem() {
        return given().auth().oauth2(provincialSystemToken()).contentType(ContentType.JSON);
    }

    static String provincialSystemToken() {
        LocalStack stack = Stack.get();
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "provincial-system")
                .formParam("client_secret", stack.secrets().integrationClientSecret())
                .post(stack.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Adds a public client whose access tokens live {@code seconds}, through the admin API, and returns its id. */
    static String addShortLivedClient(int seconds) {
        LocalStack stack = Stack.get();
        String admin = given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", stack.secrets().keycloakAdminPassword())
                .post(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String clientId = "e2e-short-lived-" + System.nanoTime();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false,
                        "attributes", Map.of("access.token.lifespan", Integer.toString(seconds)),
                        "protocolMappers", List.of()))
                .post(stack.keycloakUrl() + "/admin/realms/lifelong/clients")
                .then().statusCode(201);
        return clientId;
    }
}
