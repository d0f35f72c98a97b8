package vn.culture.lifelong.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
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

    /** The audience the realm's clients put in their access tokens, which the gateway and the services require. */
    static final String API_AUDIENCE = "lifelong-api";

    /**
     * Adds a public client like the realm's own (its tokens carry the API's audience and the user's unit) whose access
     * tokens live {@code seconds}, through the admin API, and returns its id.
     */
    static String addShortLivedClient(int seconds) {
        return addPasswordClient("e2e-short-lived-", Map.of("access.token.lifespan", Integer.toString(seconds)),
                List.of(audienceMapper(), orgUnitMapper()));
    }

    /**
     * Adds a public client as another application of the realm would have: its tokens carry the user's unit and roles
     * but not the API's audience. Returns its id.
     */
    static String addClientOfAnotherApplication() {
        return addPasswordClient("e2e-other-application-", Map.of(), List.of(orgUnitMapper()));
    }

    private static String addPasswordClient(String prefix, Map<String, String> attributes, List<Map<String, Object>> mappers) {
        String clientId = prefix + System.nanoTime();
        asKeycloakAdministrator()
                .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "attributes", attributes, "protocolMappers", mappers))
                .post(Stack.get().keycloakUrl() + "/admin/realms/lifelong/clients")
                .then().statusCode(201);
        return clientId;
    }

    /**
     * Adds a user of the realm holding {@code roles} in unit {@code orgUnit}, who logs in with the demo password, unless
     * the realm has them already.
     */
    static void addUser(String username, String orgUnit, String... roles) {
        String users = Stack.get().keycloakUrl() + "/admin/realms/lifelong/users";
        int created = asKeycloakAdministrator()
                .body(Map.of("username", username, "enabled", true, "emailVerified", true,
                        "email", username + "@example.org", "firstName", "Kiểm thử", "lastName", "Đầu cuối",
                        "attributes", Map.of("org_unit", List.of(orgUnit)),
                        "credentials", List.of(Map.of("type", "password", "value", Stack.get().secrets().demoPassword(),
                                "temporary", false))))
                .post(users).then().statusCode(anyOf(equalTo(201), equalTo(409))).extract().statusCode();
        if (created == 409) {
            return;
        }
        String id = asKeycloakAdministrator().queryParam("username", username).queryParam("exact", true).get(users)
                .then().statusCode(200).extract().path("[0].id");
        List<Map<String, Object>> realmRoles = new ArrayList<>();
        for (String role : roles) {
            realmRoles.add(asKeycloakAdministrator().get(Stack.get().keycloakUrl() + "/admin/realms/lifelong/roles/{role}", role)
                    .then().statusCode(200).extract().as(new TypeRef<Map<String, Object>>() { }));
        }
        asKeycloakAdministrator().body(realmRoles).post(users + "/{id}/role-mappings/realm", id).then().statusCode(204);
    }

    /** The realm as its administrators see it in Keycloak's admin API. */
    static JsonPath realmSettings() {
        return asKeycloakAdministrator().get(Stack.get().keycloakUrl() + "/admin/realms/lifelong")
                .then().statusCode(200).extract().jsonPath();
    }

    /** A token of the master realm's administrator: signed by the same Keycloak, issued by another realm. */
    static String masterRealmToken() {
        LocalStack stack = Stack.get();
        return given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", stack.secrets().keycloakAdminPassword())
                .post(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static RequestSpecification asKeycloakAdministrator() {
        return given().auth().oauth2(masterRealmToken()).contentType(ContentType.JSON);
    }

    /** As the realm's clients have it (deploy/keycloak/lifelong-realm.json). */
    private static Map<String, Object> audienceMapper() {
        return Map.of("name", "audience " + API_AUDIENCE, "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.custom.audience", API_AUDIENCE, "id.token.claim", "false",
                        "access.token.claim", "true", "introspection.token.claim", "true"));
    }

    private static Map<String, Object> orgUnitMapper() {
        return Map.of("name", "org_unit", "protocol", "openid-connect", "protocolMapper", "oidc-usermodel-attribute-mapper",
                "config", Map.of("user.attribute", "org_unit", "claim.name", "org_unit", "jsonType.label", "String",
                        "access.token.claim", "true"));
    }
}
