package vn.culture.lifelong.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.culture.lifelong.e2e.Identity.ADMIN;
import static vn.culture.lifelong.e2e.Identity.INTEGRATION_OF_CAN_THO;
import static vn.culture.lifelong.e2e.Identity.INTEGRATION_OF_LANG_SON;
import static vn.culture.lifelong.e2e.Identity.ORGANISER_OF_CAN_THO;
import static vn.culture.lifelong.e2e.Identity.ORGANISER_OF_DONG_DANG;
import static vn.culture.lifelong.e2e.Identity.PLANNER_OF_LANG_SON;
import static vn.culture.lifelong.e2e.Identity.REPORTER_OF_CAN_THO;
import static vn.culture.lifelong.e2e.Identity.REPORTER_OF_DONG_DANG;
import static vn.culture.lifelong.e2e.Identity.REVIEWER_OF_CAN_THO;
import static vn.culture.lifelong.e2e.Identity.REVIEWER_OF_LANG_SON;
import static vn.culture.lifelong.e2e.Identity.VIEWER_OF_LANG_SON;
import static vn.culture.lifelong.e2e.VictimObjects.DONG_DANG;
import static vn.culture.lifelong.e2e.VictimObjects.LANG_SON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.LocalStack;
import vn.culture.lifelong.stack.quarkus.TestBodies;

/**
 * The OWASP API Security Top 10 (2023) through the gateway, with real Keycloak tokens, a real broker and real databases:
 * one test per item that applies, named after it, each attacking objects of the victim province (Lạng Sơn, its commune
 * Đồng Đăng) and reading back that nothing happened. {@link AuthorizationMatrixTest} tries every operation with every
 * identity; these go deeper where an item asks for more than a status.
 *
 * <p>API7, server-side request forgery, does not apply: no operation takes a URL or fetches anything a caller names.
 * The services call nothing but their database, the broker and Keycloak's keys, and the gateway its three services, all
 * at addresses from configuration. API10, unsafe consumption of APIs, is {@code FuzzingTest}'s.
 */
class OwaspApiTop10Test {

    /** What a stack trace, a class name or a database error looks like in an answer. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+\\.|java\\.|jakarta\\.|io\\.quarkus|io\\.vertx|org\\.hibernate|org\\.postgresql"
                    + "|vn\\.culture|SQLState|stack ?trace|\\.java:\\d+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_KEYS = Pattern.compile("password|secret|credential|token|hash|salt|private",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JWT = Pattern.compile("eyJ[\\w-]+\\.[\\w-]+\\.");
    private static final String ATTACKERS_ORIGIN = "https://lich-le-hoi.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStack stack;
    private static String gateway;
    private static VictimObjects victim;
    /** An issued plan of Lạng Sơn on which Đồng Đăng is asked for ad-hoc reports. */
    private static long plan;

    @BeforeAll
    static void startStackWithTheVictimsPlan() {
        stack = Stack.get();
        gateway = stack.gatewayUrl();
        victim = new VictimObjects(gateway);
        plan = victim.issuedPlan();
    }

    private static RequestSpecification as(Identity identity) {
        return given().auth().oauth2(identity.token()).contentType(ContentType.JSON);
    }

    /** The same answer, as a probing attacker compares them: status, problem type and title, detail without the id. */
    private static String probed(Response answer, Object id) {
        return answer.statusCode() + " " + answer.contentType() + " " + answer.path("type") + " " + answer.path("title") + " "
                + String.valueOf(answer.<String>path("detail")).replace(String.valueOf(id), "{id}");
    }

    @Test
    void api1_brokenObjectLevelAuthorization() {
        long report = victim.draftReport(plan);
        long request = victim.adHocRequest(plan)[0];
        long activity = victim.activity(VictimObjects.today().plusDays(5), "INTERNAL");
        long neverMade = 8_000_000_000L + report;
        Map<String, Object> content = victim.wholeContent(report);

        // Another province's people cannot tell the victim's objects from ids never used: the same 404, word for word.
        for (Identity attacker : List.of(REPORTER_OF_CAN_THO, INTEGRATION_OF_CAN_THO, REVIEWER_OF_CAN_THO)) {
            for (String path : List.of("/api/reports/reports/{id}", "/api/reports/reports/{id}/history",
                    "/api/reports/reports/{id}/document", "/api/reports/requests/{id}")) {
                long victims = path.contains("requests") ? request : report;
                Response theirs = as(attacker).get(gateway + path, victims);
                Response nobodys = as(attacker).get(gateway + path, neverMade);
                assertThat(theirs.statusCode()).as("%s %s", attacker, path).isEqualTo(404);
                assertThat(probed(theirs, victims)).as("%s %s", attacker, path).isEqualTo(probed(nobodys, neverMade));
            }
        }
        for (Identity attacker : List.of(REPORTER_OF_CAN_THO, INTEGRATION_OF_CAN_THO)) {
            Response theirs = as(attacker).body(content).put(gateway + "/api/reports/reports/{id}", report);
            Response nobodys = as(attacker).body(content).put(gateway + "/api/reports/reports/{id}", neverMade);
            assertThat(theirs.statusCode()).as("%s changing the victim's report", attacker).isEqualTo(404);
            assertThat(probed(theirs, report)).isEqualTo(probed(nobodys, neverMade));
            assertThat(as(attacker).post(gateway + "/api/reports/reports/{id}/submit", report).statusCode()).isEqualTo(404);
        }
        Response theirs = as(ORGANISER_OF_CAN_THO).get(gateway + "/api/events/activities/{id}", activity);
        Response nobodys = as(ORGANISER_OF_CAN_THO).get(gateway + "/api/events/activities/{id}", neverMade);
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(probed(theirs, activity)).isEqualTo(probed(nobodys, neverMade));
        assertThat(as(ORGANISER_OF_CAN_THO).body(Map.of("reason", "Phá hoại"))
                .post(gateway + "/api/events/activities/{id}/cancellation", activity).statusCode()).isEqualTo(404);

        // And nothing changed.
        as(REPORTER_OF_DONG_DANG).get(gateway + "/api/reports/reports/{id}", report).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("version", equalTo(0));
        as(ORGANISER_OF_DONG_DANG).get(gateway + "/api/events/activities/{id}", activity).then().statusCode(200)
                .body("status", equalTo("PLANNED"));
    }

    @Test
    void api2_brokenAuthentication() throws Exception {
        String real = ADMIN.token();
        ObjectNode claims = ForgedTokens.claims(real);
        String realmKey = ForgedTokens.header(real).path("kid").asText();
        ObjectNode promoted = ForgedTokens.claims(VIEWER_OF_LANG_SON.token());
        promoted.putObject("realm_access").putArray("roles").add("admin");
        Map<String, Object> refreshed = given().formParam("grant_type", "password").formParam("client_id", "cli")
                .formParam("username", ADMIN.username).formParam("password", stack.secrets().demoPassword())
                .formParam("scope", "openid").post(stack.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().as(Map.class);

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("a token that is not one", "not-a-token");
        tokens.put("an empty token", "");
        tokens.put("another key's signature under the realm's key id", ForgedTokens.signedWithAnotherKey(claims, realmKey));
        tokens.put("another key's signature under its own key id", ForgedTokens.signedWithAnotherKey(claims, "attacker"));
        tokens.put("HS256 keyed with the realm's public key", ForgedTokens.signedWithHmac(claims, realmPublicKeyPem(realmKey)
                .getBytes(StandardCharsets.US_ASCII), realmKey));
        for (String none : List.of("none", "None", "NONE", "nOnE")) {
            tokens.put("alg " + none, ForgedTokens.unsigned(claims, none));
        }
        tokens.put("a viewer's token made admin, its signature kept", ForgedTokens.withClaims(VIEWER_OF_LANG_SON.token(), promoted));
        tokens.put("an expired token", BadToken.EXPIRED.token().orElseThrow());
        tokens.put("another application's token", BadToken.OTHER_AUDIENCE.token().orElseThrow());
        tokens.put("an ID token", (String) refreshed.get("id_token"));
        tokens.put("a refresh token", (String) refreshed.get("refresh_token"));
        tokens.put("the master realm's administrator's token", Keycloak.masterRealmToken());

        Map<String, String> targets = new LinkedHashMap<>();
        targets.put(gateway + "/api/plans/plans", "the gateway");
        targets.put(gateway + "/api/reports/obligations", "the gateway");
        targets.put(gateway + "/api/events/activities", "the gateway");
        targets.put(stack.serviceUrl("plans-service") + "/api/plans/plans", "plans-service");
        targets.put(stack.serviceUrl("reporting-service") + "/api/reports/obligations", "reporting-service");
        targets.put(stack.serviceUrl("events-service") + "/api/events/activities", "events-service");

        SoftAssertions softly = new SoftAssertions();
        targets.forEach((url, where) -> {
            tokens.forEach((what, token) -> {
                Response answer = given().header("Authorization", "Bearer " + token).get(url);
                softly.assertThat(answer.statusCode()).as("%s at %s (%s)", what, where, url).isEqualTo(401);
                softly.assertThat(answer.contentType()).as("%s at %s", what, where).startsWith("application/problem+json");
                softly.assertThat(answer.header("WWW-Authenticate")).as("%s at %s", what, where).startsWith("Bearer");
            });
            // A token only where OAuth 2 bearer tokens go: not in the query, not as a password.
            softly.assertThat(given().queryParam("access_token", real).get(url).statusCode()).as("token in the query at %s", where)
                    .isEqualTo(401);
            softly.assertThat(given().auth().preemptive().basic(ADMIN.username, stack.secrets().demoPassword()).get(url)
                    .statusCode()).as("the administrator's password at %s", where).isEqualTo(401);
            softly.assertThat(given().auth().oauth2(real).get(url).statusCode()).as("the real token at %s", where).isEqualTo(200);
        });

        // The public calendar's prefix opens nothing else, however the path is spelled.
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/api/events/public/../activities", "/api/events/public/%2e%2e/activities",
                "/api/events/public/%2E%2E/activities", "/api/events/public/..%2factivities", "/api/events/public/..%2Factivities",
                "/api/events/public/%2e%2e%2factivities", "/api/events/public/..;/activities", "/api/events/public/..%5cactivities",
                "/api/events/public//../activities", "/api/events/public/./../activities", "/api/events/public/lunar/../../activities",
                "/api/events/public/%252e%252e/activities", "/api/events/public/../../reports/obligations",
                "/api/events/public/..%2f..%2freports%2fobligations")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gateway + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            softly.assertThat(answer.statusCode()).as("GET %s without a token: %s", path, answer.body()).isIn(400, 401, 404);
        }
        softly.assertAll();
    }

    @Test
    void api3_brokenObjectPropertyLevelAuthorization() {
        long report = victim.draftReport(plan);
        Map<String, Object> content = new HashMap<>(victim.wholeContent(report));
        long activity = victim.activity(VictimObjects.today().plusDays(9), "INTERNAL");
        long draft = victim.draftPlan();
        String unit = victim.unit();

        // Fields nobody sets through a body (state, ids, versions, authors) are refused by name, and nothing is written.
        Map<String, Object> promoted = new HashMap<>(content);
        promoted.put("status", "ACCEPTED");
        as(REPORTER_OF_DONG_DANG).body(promoted).put(gateway + "/api/reports/reports/{id}", report).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("status"));
        for (String field : List.of("id", "status", "version", "createdBy", "unitId")) {
            Map<String, Object> planted = victim.activityBody(VictimObjects.today().plusDays(30), "INTERNAL");
            planted.put(field, field.equals("status") ? "HELD" : field.equals("createdBy") ? "admin.demo" : 1);
            as(ORGANISER_OF_DONG_DANG).body(planted).post(gateway + "/api/events/activities").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(field));
            assertThat(as(ORGANISER_OF_DONG_DANG).queryParam("unit", DONG_DANG).queryParam("size", 500)
                    .get(gateway + "/api/events/activities").then().statusCode(200).extract().jsonPath()
                    .getList("items.title", String.class)).as("an activity planted with " + field).doesNotContain((String) planted.get("title"));
        }
        Map<String, Object> alreadyHeld = victim.activityBody(VictimObjects.today().plusDays(30), "INTERNAL");
        alreadyHeld.put("actualParticipants", 5_000);
        as(ORGANISER_OF_DONG_DANG).body(alreadyHeld).post(gateway + "/api/events/activities").then().statusCode(422)
                .body("errors.field", hasItem("actualParticipants"));

        // Fields the caller may set, but not to another province's: the plan's issuer, the activity's unit, a line's unit.
        Map<String, Object> toCanTho = VictimObjects.planDocument("Kế hoạch chuyển sang tỉnh khác");
        toCanTho.put("issuingUnit", "92");
        as(PLANNER_OF_LANG_SON).body(toCanTho).put(gateway + "/api/plans/plans/{id}", draft).then().statusCode(403)
                .contentType("application/problem+json");
        as(PLANNER_OF_LANG_SON).get(gateway + "/api/plans/plans/{id}/document", draft).then().statusCode(200)
                .body("issuingUnit", equalTo(LANG_SON));
        Map<String, Object> moved = victim.activityBody(VictimObjects.today().plusDays(9), "INTERNAL");
        moved.put("unitCode", ORGANISER_OF_CAN_THO.orgUnit);
        as(ORGANISER_OF_DONG_DANG).header("If-Match", victim.versionOf("/api/events/activities/{id}", activity)).body(moved)
                .put(gateway + "/api/events/activities/{id}", activity).then().statusCode(422).body("errors.field", hasItem("unitCode"));
        as(ORGANISER_OF_DONG_DANG).get(gateway + "/api/events/activities/{id}", activity).then().body("unitCode", equalTo(DONG_DANG));
        Map<String, Object> foreignLine = new HashMap<>(content);
        foreignLine.put("lines", List.of(Map.of("target", "T01", "unitCode", REPORTER_OF_CAN_THO.orgUnit, "value", 1)));
        assertThat(as(REPORTER_OF_DONG_DANG).body(foreignLine).put(gateway + "/api/reports/reports/{id}", report).statusCode())
                .as("a line for another province's commune").isEqualTo(422);

        // A code is the unit's identity: a body naming another is not a rename of the code.
        String otherCode = victim.code("E2EAZ");
        as(ADMIN).body(TestBodies.unitBody(otherCode, "Thư viện đổi mã", "LIBRARY", "PROVINCE", LANG_SON))
                .put(gateway + "/api/plans/units/{code}", unit).then().statusCode(200).body("code", equalTo(unit));
        as(ADMIN).get(gateway + "/api/plans/units/{code}", otherCode).then().statusCode(404);

        as(REPORTER_OF_DONG_DANG).get(gateway + "/api/reports/reports/{id}", report).then().body("status", equalTo("DRAFT"))
                .body("version", equalTo(0));

        // What answers expose: no secrets, tokens or credentials, to those who may read them either.
        List<String> exposed = new ArrayList<>();
        for (String path : List.of("/api/reports/reports/" + report, "/api/reports/reports/" + report + "/history",
                "/api/reports/obligations?plan=" + plan, "/api/plans/plans/" + draft, "/api/plans/units/" + unit,
                "/api/events/activities/" + activity, "/api/reports/units/" + DONG_DANG, "/api/events/units/" + DONG_DANG)) {
            String body = as(ADMIN).get(gateway + path).then().statusCode(200).extract().asString();
            secretsIn(read(body), path, exposed);
            if (JWT.matcher(body).find()) {
                exposed.add(path + " holds a token");
            }
        }
        assertThat(exposed).isEmpty();
    }

    @Test
    void api5_brokenFunctionLevelAuthorization() {
        String unit = victim.unit();
        long draft = victim.draftPlan();
        long report = victim.submittedReport(plan);
        SoftAssertions softly = new SoftAssertions();

        // The administrator's functions, as everyone else: refused, and nothing happened.
        for (Identity caller : Identity.where(identity -> identity != ADMIN)) {
            String code = victim.code("E2EAZ");
            softly.assertThat(as(caller).body(TestBodies.unitBody(code, "Đơn vị trái phép", "LIBRARY", "PROVINCE", LANG_SON))
                    .post(gateway + "/api/plans/units").statusCode()).as("%s creating a unit", caller).isEqualTo(403);
            softly.assertThat(as(caller).body(List.of(TestBodies.unitBody(code, "Đơn vị trái phép", "LIBRARY", "PROVINCE", LANG_SON)))
                    .post(gateway + "/api/plans/units/imports").statusCode()).as("%s importing units", caller).isEqualTo(403);
            softly.assertThat(as(ADMIN).get(gateway + "/api/plans/units/{code}", code).statusCode()).as("unit by %s", caller)
                    .isEqualTo(404);
            String indicator = victim.code("E2E_AZ_");
            softly.assertThat(as(caller).body(victim.indicatorBody(indicator)).post(gateway + "/api/plans/indicators").statusCode())
                    .as("%s adding an indicator", caller).isEqualTo(403);
            softly.assertThat(as(ADMIN).get(gateway + "/api/plans/indicators/{code}", indicator).statusCode()).isEqualTo(404);
            softly.assertThat(as(caller).body(Map.of("population", 1)).put(gateway + "/api/plans/units/{code}/population/{year}",
                    unit, 2027).statusCode()).as("%s setting a population", caller).isEqualTo(403);
            softly.assertThat(as(caller).body(Map.of("lastDay", VictimObjects.today().toString(), "successors", List.of()))
                    .post(gateway + "/api/plans/units/{code}/closure", unit).statusCode()).as("%s closing a unit", caller)
                    .isEqualTo(403);
            softly.assertThat(as(caller).post(gateway + "/api/plans/units/reference-imports/vn-2025").statusCode())
                    .as("%s loading the reference units", caller).isEqualTo(403);
            // National days are the administrator's: organisers are told so about the field, others refused outright.
            String day = victim.code("E2E_AZ_DAY_");
            Map<String, Object> national = new HashMap<>(victim.dayBody(day));
            national.remove("scopeUnitCode");
            softly.assertThat(as(caller).body(national).post(gateway + "/api/events/days").statusCode())
                    .as("%s adding a national day", caller).isEqualTo(caller.role.equals("organiser") ? 422 : 403);
            softly.assertThat(as(ADMIN).get(gateway + "/api/events/days/{code}", day).statusCode()).isEqualTo(404);
        }
        as(ADMIN).get(gateway + "/api/plans/units/{code}", unit).then().statusCode(200)
                .body("validTo", equalTo(null)).body("population", equalTo(List.of()));

        // Each role's functions, not another's: the reporter does not review, the reviewer does not report, the
        // province's system drafts plans but does not issue them, the viewer changes nothing.
        softly.assertThat(as(REPORTER_OF_DONG_DANG).post(gateway + "/api/reports/reports/{id}/accept", report).statusCode())
                .as("the reporter accepting their report").isEqualTo(403);
        softly.assertThat(as(REPORTER_OF_DONG_DANG).body(Map.of("reason", "Tự trả lại"))
                .post(gateway + "/api/reports/reports/{id}/return", report).statusCode()).isEqualTo(403);
        softly.assertThat(as(REVIEWER_OF_LANG_SON).body(victim.wholeContent(report))
                .put(gateway + "/api/reports/reports/{id}", report).statusCode()).as("the reviewer rewriting it").isEqualTo(403);
        long imported = as(INTEGRATION_OF_LANG_SON).body(VictimObjects.planDocument("Kế hoạch do hệ thống tỉnh đẩy sang"))
                .post(gateway + "/api/plans/plans").then().statusCode(201).extract().jsonPath().getLong("plan.id");
        softly.assertThat(as(INTEGRATION_OF_LANG_SON).body(Map.of("number", "77/KH-UBND", "issueDate", "2026-03-02"))
                .post(gateway + "/api/plans/plans/{id}/issue", imported).statusCode()).as("the system issuing").isEqualTo(403);
        softly.assertThat(as(VIEWER_OF_LANG_SON).body(victim.activityBody(VictimObjects.today().plusDays(3), "PUBLIC"))
                .post(gateway + "/api/events/activities").statusCode()).as("the viewer planning an activity").isEqualTo(403);
        softly.assertThat(as(ORGANISER_OF_DONG_DANG).body(VictimObjects.planDocument("Kế hoạch của người tổ chức"))
                .post(gateway + "/api/plans/plans").statusCode()).as("the organiser drafting a plan").isEqualTo(403);
        as(ADMIN).get(gateway + "/api/plans/plans/{id}", imported).then().body("plan.status", equalTo("DRAFT"));
        as(ADMIN).get(gateway + "/api/reports/reports/{id}", report).then().body("status", equalTo("SUBMITTED"));

        // Methods no document offers answer 405, however they are asked for.
        softly.assertThat(as(ADMIN).delete(gateway + "/api/plans/units/{code}", unit).statusCode()).as("DELETE a unit").isEqualTo(405);
        softly.assertThat(as(REPORTER_OF_DONG_DANG).body(Map.of()).patch(gateway + "/api/reports/reports/{id}", report).statusCode())
                .as("PATCH a report").isEqualTo(405);
        softly.assertThat(as(PLANNER_OF_LANG_SON).header("X-HTTP-Method-Override", "DELETE")
                .post(gateway + "/api/plans/plans/{id}", draft).statusCode()).as("POST overriding to DELETE").isEqualTo(405);
        as(ADMIN).get(gateway + "/api/plans/units/{code}", unit).then().statusCode(200);
        as(ADMIN).get(gateway + "/api/plans/plans/{id}", draft).then().statusCode(200);
        softly.assertAll();
    }

    @Test
    void api6_unrestrictedAccessToSensitiveBusinessFlows() {
        long draft = victim.filledReport(plan);
        long submitted = victim.submittedReport(plan);
        long accepted = victim.acceptedReport(plan);
        Map<String, Object> reason = Map.of("reason", "Kiểm tra quy trình");

        // The review's steps in their order only: nothing is accepted or returned before it is submitted, reopened
        // before it is accepted; an accepted report's values are locked.
        as(REVIEWER_OF_LANG_SON).post(gateway + "/api/reports/reports/{id}/accept", draft).then().statusCode(409);
        as(REVIEWER_OF_LANG_SON).body(reason).post(gateway + "/api/reports/reports/{id}/return", draft).then().statusCode(409);
        as(REVIEWER_OF_LANG_SON).body(reason).post(gateway + "/api/reports/reports/{id}/reopen", submitted).then().statusCode(409);
        as(REPORTER_OF_DONG_DANG).body(victim.wholeContent(submitted)).put(gateway + "/api/reports/reports/{id}", submitted)
                .then().statusCode(409);
        as(REPORTER_OF_DONG_DANG).post(gateway + "/api/reports/reports/{id}/submit", accepted).then().statusCode(409);
        as(REPORTER_OF_DONG_DANG).body(victim.wholeContent(accepted)).put(gateway + "/api/reports/reports/{id}", accepted)
                .then().statusCode(409);
        as(ADMIN).get(gateway + "/api/reports/reports/{id}", draft).then().body("status", equalTo("DRAFT"));
        as(ADMIN).get(gateway + "/api/reports/reports/{id}", submitted).then().body("status", equalTo("SUBMITTED"));
        as(ADMIN).get(gateway + "/api/reports/reports/{id}", accepted).then().body("status", equalTo("ACCEPTED"));

        // One report per obligation: a second draft would let a unit report twice.
        long obligation = victim.adHocRequest(plan)[1];
        as(REPORTER_OF_DONG_DANG).body(Map.of("obligationId", obligation)).post(gateway + "/api/reports/reports").then().statusCode(201);
        as(REPORTER_OF_DONG_DANG).body(Map.of("obligationId", obligation)).post(gateway + "/api/reports/reports").then()
                .statusCode(409).contentType("application/problem+json");

        // A second pair of eyes: who submitted a report does not accept it, though they hold both roles.
        String username = "e2e.reporter-reviewer.langson";
        Keycloak.addUser(username, LANG_SON, "reporter", "reviewer");
        long report = victim.filledReport(plan);
        Keycloak.as(username).post(gateway + "/api/reports/reports/{id}/submit", report).then().statusCode(200);
        Keycloak.as(username).post(gateway + "/api/reports/reports/{id}/accept", report).then().statusCode(403)
                .contentType("application/problem+json");
        as(REVIEWER_OF_LANG_SON).post(gateway + "/api/reports/reports/{id}/accept", report).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void api8_securityMisconfiguration() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        long draft = victim.draftPlan();
        String[] bases = {gateway, stack.serviceUrl("plans-service"), stack.serviceUrl("reporting-service"),
                stack.serviceUrl("events-service")};

        // Errors say what is wrong, in Vietnamese, as problem+json: never a stack trace, a class or a database's words.
        List<Response> errors = new ArrayList<>();
        errors.add(as(ADMIN).body("{\"code\": \"E2E\", \"name\": ").post(gateway + "/api/plans/units"));
        errors.add(as(ADMIN).body("[1, 2, 3]").post(gateway + "/api/plans/plans"));
        errors.add(as(ADMIN).body(Map.of("issuingUnit", LANG_SON, "title", "x", "horizon", "2026")).post(gateway + "/api/plans/plans"));
        errors.add(as(ADMIN).contentType("application/xml").body("<unit/>").post(gateway + "/api/plans/units"));
        errors.add(as(ADMIN).get(gateway + "/api/reports/reports/{id}", "not-a-number"));
        errors.add(as(ADMIN).get(gateway + "/api/reports/reports/{id}", "99999999999999999999999"));
        errors.add(as(ADMIN).queryParam("days", "many").get(gateway + "/api/events/upcoming"));
        errors.add(as(ADMIN).queryParam("from", "2026-02-30").get(gateway + "/api/events/calendar"));
        errors.add(as(ADMIN).get(gateway + "/api/plans/units/{code}", "X".repeat(2_000)));
        errors.add(as(ADMIN).header("If-Match", "\"not a version\"").body(VictimObjects.planDocument("x"))
                .put(gateway + "/api/plans/plans/{id}", draft));
        errors.add(as(ADMIN).body(Map.of("obligationId", "'; DROP TABLE report; --")).post(gateway + "/api/reports/reports"));
        errors.add(as(ADMIN).get(gateway + "/api/reports/obligations?page=-1"));
        for (String base : bases) {
            errors.add(given().get(base + "/api/reports/reports/1"));
            errors.add(as(ADMIN).get(base + "/api/nothing-here"));
        }
        for (Response error : errors) {
            String body = error.asString();
            softly.assertThat(error.statusCode()).as(body).isBetween(400, 499);
            softly.assertThat(error.contentType()).as(body).startsWith("application/problem+json");
            softly.assertThat(INTERNALS.matcher(body).find()).as("internals in %s", body).isFalse();
        }

        // CORS: no origin the deployment did not name may read answers in a browser, at the gateway or behind it.
        for (String base : bases) {
            Response preflight = given().header("Origin", ATTACKERS_ORIGIN).header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization,content-type").options(base + "/api/plans/plans");
            softly.assertThat(preflight.header("Access-Control-Allow-Origin")).as("preflight at %s", base)
                    .isNotIn(ATTACKERS_ORIGIN, "*");
            softly.assertThat(preflight.header("Access-Control-Allow-Credentials")).as("preflight at %s", base).isNotEqualTo("true");
            Response read = given().auth().oauth2(VIEWER_OF_LANG_SON.token()).header("Origin", ATTACKERS_ORIGIN)
                    .get(base + "/api/plans/programmes");
            softly.assertThat(read.header("Access-Control-Allow-Origin")).as("a read from %s at %s", ATTACKERS_ORIGIN, base)
                    .isNotIn(ATTACKERS_ORIGIN, "*");
        }

        // Nothing tells which server, framework or version answers; TRACE echoes nothing.
        for (String base : bases) {
            Response answer = given().auth().oauth2(VIEWER_OF_LANG_SON.token()).get(base + "/api/plans/programmes");
            softly.assertThat(answer.header("X-Powered-By")).as("X-Powered-By at %s", base).isNull();
            softly.assertThat(String.valueOf(answer.header("Server"))).as("Server at %s", base).doesNotContainPattern("\\d");
            Response trace = given().auth().oauth2(ADMIN.token()).request("TRACE", base + "/api/plans/programmes");
            softly.assertThat(trace.statusCode()).as("TRACE at %s", base).isIn(401, 403, 404, 405);
            softly.assertThat(trace.asString()).as("TRACE at %s", base).doesNotContain(ADMIN.token());
        }

        // The realm: no self-registration, logins throttled against guessing, the browser clients without passwords.
        JsonPath realm = Keycloak.realmSettings();
        softly.assertThat(realm.getBoolean("registrationAllowed")).as("self-registration").isFalse();
        softly.assertThat(realm.getBoolean("bruteForceProtected")).as("brute force protection").isTrue();
        softly.assertThat(realm.getString("sslRequired")).as("TLS outside the local network").isIn("external", "all");
        for (String client : List.of("web", "mobile", "api-console")) {
            Response login = given().formParam("grant_type", "password").formParam("client_id", client)
                    .formParam("username", ADMIN.username).formParam("password", stack.secrets().demoPassword())
                    .post(stack.realmUrl() + "/protocol/openid-connect/token");
            softly.assertThat(login.statusCode()).as("a password login through %s", client).isIn(400, 401);
            softly.assertThat(login.asString()).as("a password login through %s", client).doesNotContain("access_token");
        }
        softly.assertAll();
    }

    @Test
    void api9_improperInventoryManagement() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        List<DocumentedOperations.Operation> operations = DocumentedOperations.operations(gateway);
        Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();
        operations.forEach(operation -> methodsByPath.computeIfAbsent(operation.path(), path -> new TreeSet<>()).add(operation.method()));

        // Every documented path answers the methods its document names and no other (405, or 404 where the framework
        // finds no resource for the method), to the administrator too. Path parameters are filled with values that exist
        // nowhere: only the method is tried, nothing can change. A method another template documents for the same path
        // (GET /api/plans/units/imports is GET /api/plans/units/{code}) is that operation, not an undocumented one.
        int tried = 0;
        for (Map.Entry<String, Set<String>> path : methodsByPath.entrySet()) {
            String concrete = path.getKey().replaceAll("\\{year}", "2026").replaceAll("\\{date}", "2026-02-17")
                    .replaceAll("\\{[^}]+}", "987654321");
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                if (!documents(operations, method, concrete)) {
                    tried++;
                    Response answer = as(ADMIN).body("{}").request(method, gateway + concrete);
                    softly.assertThat(answer.statusCode()).as("%s %s: %s", method, concrete, answer.asString()).isIn(404, 405);
                    softly.assertThat(answer.contentType()).as("%s %s", method, concrete).startsWith("application/problem+json");
                }
            }
        }
        assertThat(tried).as("undocumented methods of documented paths").isGreaterThan(100);

        // Paths no document has are 404 problems: no older version, no internal or administrative door.
        for (String path : List.of("/api/v1/plans/units", "/api/plans/v2/units", "/api/plans/internal/units", "/api/plans/admin",
                "/api/reports/admin/reports", "/api/reports/internal/obligations", "/api/events/debug", "/api/events/private/calendar.ics",
                "/api/unknown/anything", "/api/plans/units/20/secrets", "/api/plans", "/api/reports", "/api/events")) {
            Response answer = as(ADMIN).get(gateway + path);
            softly.assertThat(answer.statusCode()).as("GET %s: %s", path, answer.asString()).isEqualTo(404);
            softly.assertThat(answer.contentType()).as("GET %s", path).startsWith("application/problem+json");
        }
        softly.assertThat(given().get(gateway + "/openapi/admin").statusCode()).as("a fourth document").isEqualTo(404);

        // Development and diagnostic endpoints are not in the deployed applications, nor reachable through the gateway.
        List<String> bases = List.of(gateway, stack.serviceUrl("plans-service"), stack.serviceUrl("reporting-service"),
                stack.serviceUrl("events-service"));
        for (String base : bases) {
            for (String path : List.of("/q/dev", "/q/dev-ui", "/q/dev-v1", "/q/dev-ui/extensions", "/q/arc", "/q/arc/beans",
                    "/q/arc/observers", "/q/env", "/q/info", "/q/logging-manager")) {
                Response answer = as(ADMIN).get(base + path);
                softly.assertThat(answer.statusCode()).as("GET %s%s", base, path).isEqualTo(404);
            }
        }
        // Nor the services' own console and documents, through a service's prefix however it is spelled.
        HttpClient http = HttpClient.newHttpClient();
        for (String prefix : List.of("/api/plans/", "/api/reports/", "/api/events/", "/api/events/public/")) {
            for (String escape : List.of("../../", "%2e%2e/%2e%2e/", "..%2f..%2f", "..;/..;/", "%2e%2e%2f%2e%2e%2f")) {
                for (String target : List.of("q/openapi?format=json", "q/dev-ui", "q/swagger-ui")) {
                    String path = prefix + escape + target;
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gateway + path))
                            .header("Authorization", "Bearer " + ADMIN.token()).GET().build(), HttpResponse.BodyHandlers.ofString());
                    softly.assertThat(answer.body()).as("GET %s", path).doesNotContain("plans-service", "reporting-service",
                            "events-service");
                    softly.assertThat(answer.statusCode()).as("GET %s", path).isLessThan(500);
                }
            }
        }
        softly.assertAll();
    }

    /** Whether some documented operation of {@code method} has a template {@code path} fills. */
    private static boolean documents(List<DocumentedOperations.Operation> operations, String method, String path) {
        return operations.stream().filter(operation -> operation.method().equals(method)).anyMatch(operation ->
                path.matches(Pattern.quote(operation.path()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")));
    }

    /** The PEM of the realm's signing key {@code keyId}, as a verifier would keep it. */
    private static String realmPublicKeyPem(String keyId) throws Exception {
        JsonNode keys = read(given().get(stack.realmUrl() + "/protocol/openid-connect/certs").then().statusCode(200)
                .extract().asString()).path("keys");
        for (JsonNode key : keys) {
            if (key.path("kid").asText().equals(keyId)) {
                Base64.Decoder url = Base64.getUrlDecoder();
                RSAPublicKeySpec spec = new RSAPublicKeySpec(new BigInteger(1, url.decode(key.path("n").asText())),
                        new BigInteger(1, url.decode(key.path("e").asText())));
                byte[] encoded = KeyFactory.getInstance("RSA").generatePublic(spec).getEncoded();
                return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(encoded) + "\n-----END PUBLIC KEY-----\n";
            }
        }
        throw new IllegalStateException("The realm publishes no key " + keyId);
    }

    /** Every field, at any depth, whose name says it holds a secret. */
    private static void secretsIn(JsonNode node, String where, List<String> found) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (SECRET_KEYS.matcher(field.getKey()).find()) {
                    found.add(where + " has a field " + field.getKey());
                }
                secretsIn(field.getValue(), where, found);
            }
        } else if (node.isArray()) {
            node.forEach(element -> secretsIn(element, where, found));
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }
}
