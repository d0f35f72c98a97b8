package vn.culture.lifelong.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.culture.lifelong.stack.LocalStack;

/**
 * The OpenAPI console as administrators use it, through the gateway: the documents it shows and the login it
 * offers. A real browser goes through the same login in deploy/checks/console-login.sh.
 */
class OpenApiConsoleTest {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final LocalStack STACK = Stack.get();
    private static final String GATEWAY = STACK.gatewayUrl();

    @Test
    void theConsoleListsTheThreeServicesApis() {
        given().get(GATEWAY + "/q/swagger-ui/").then().statusCode(200);
        given().get(GATEWAY + "/openapi/plans").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/plans/units/{code}/descendants"));
        given().get(GATEWAY + "/openapi/reporting").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/reports/units/{code}"));
        given().get(GATEWAY + "/openapi/events").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/events/units/{code}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plans", "reporting", "events"})
    void eachDocumentTheConsoleGetsIsValidOpenApi(String service) {
        String document = given().get(GATEWAY + "/openapi/" + service).then().statusCode(200).extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(result.getMessages()).as("validation messages of /openapi/" + service).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
    }

    /** Swagger UI offers every flow a scheme declares; the realm's api-console client allows this one only. */
    @ParameterizedTest
    @ValueSource(strings = {"plans", "reporting", "events"})
    void eachDocumentOffersOnlyTheAuthorizationCodeFlowOfTheStacksKeycloak(String service) {
        JsonPath scheme = given().get(GATEWAY + "/openapi/" + service).then().statusCode(200)
                .extract().jsonPath().setRootPath("components.securitySchemes.keycloak");
        assertThat(scheme.getString("type")).isEqualTo("oauth2");
        assertThat(scheme.getMap("flows")).containsOnlyKeys("authorizationCode");
        assertThat(scheme.getString("flows.authorizationCode.authorizationUrl"))
                .isEqualTo(STACK.realmUrl() + "/protocol/openid-connect/auth");
        assertThat(scheme.getString("flows.authorizationCode.tokenUrl"))
                .isEqualTo(STACK.realmUrl() + "/protocol/openid-connect/token");
        assertThat(scheme.getMap("flows.authorizationCode.scopes")).containsOnlyKeys("openid");
    }

    /**
     * What the console does in the browser: the authorization code flow with PKCE, back to the console of the
     * gateway, on whatever port the gateway runs (never 8080 here), then the token fetched from the console's origin.
     */
    @Test
    void anAdministratorLogsInToTheConsoleOfTheGatewayWithTheAuthorizationCodeAndPkce() throws Exception {
        String redirectUri = GATEWAY + "/q/swagger-ui/oauth2-redirect.html";
        String verifier = randomUrlSafe(32);
        Response loginPage = given().redirects().follow(false)
                .queryParam("response_type", "code")
                .queryParam("client_id", "api-console")
                .queryParam("redirect_uri", redirectUri)
                .queryParam("scope", "openid")
                .queryParam("state", "console-state")
                .queryParam("code_challenge", challengeOf(verifier))
                .queryParam("code_challenge_method", "S256")
                .get(STACK.realmUrl() + "/protocol/openid-connect/auth");
        assertThat(loginPage.statusCode()).as(loginPage.asString()).isEqualTo(200);
        Matcher form = LOGIN_FORM_ACTION.matcher(loginPage.asString());
        assertThat(form.find()).as("Keycloak's login form").isTrue();

        Response loggedIn = given().redirects().follow(false).cookies(loginPage.getCookies())
                .formParam("username", "admin.demo")
                .formParam("password", STACK.secrets().demoPassword())
                .post(form.group(1).replace("&amp;", "&"));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        URI back = URI.create(loggedIn.header("Location"));
        assertThat(back.toString()).startsWith(redirectUri + "?");
        Map<String, String> answer = queryOf(back);
        assertThat(answer).containsEntry("state", "console-state").containsKey("code");

        Response token = given().header("Origin", GATEWAY)
                .formParam("grant_type", "authorization_code")
                .formParam("client_id", "api-console")
                .formParam("code", answer.get("code"))
                .formParam("redirect_uri", redirectUri)
                .formParam("code_verifier", verifier)
                .post(STACK.realmUrl() + "/protocol/openid-connect/token");
        assertThat(token.statusCode()).as(token.asString()).isEqualTo(200);
        assertThat(token.header("Access-Control-Allow-Origin")).isEqualTo(GATEWAY);
        given().auth().oauth2(token.path("access_token")).get(GATEWAY + "/api/plans/units").then().statusCode(200);
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challengeOf(String verifier) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
