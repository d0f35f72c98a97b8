package vn.culture.lifelong.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.culture.lifelong.e2e.Identity.ADMIN;
import static vn.culture.lifelong.e2e.Identity.INTEGRATION_OF_LANG_SON;
import static vn.culture.lifelong.e2e.Identity.ORGANISER_OF_DONG_DANG;
import static vn.culture.lifelong.e2e.Identity.ORGANISER_OF_LANG_SON;
import static vn.culture.lifelong.e2e.Identity.PLANNER_OF_LANG_SON;
import static vn.culture.lifelong.e2e.Identity.REPORTER_OF_DONG_DANG;
import static vn.culture.lifelong.e2e.Identity.REPORTER_OF_LANG_SON;
import static vn.culture.lifelong.e2e.Identity.REVIEWER_OF_LANG_SON;
import static vn.culture.lifelong.e2e.Identity.adminAnd;
import static vn.culture.lifelong.e2e.Identity.victimProvince;
import static vn.culture.lifelong.e2e.Identity.victimsLine;
import static vn.culture.lifelong.e2e.Keycloak.as;
import static vn.culture.lifelong.e2e.VictimObjects.DONG_DANG;
import static vn.culture.lifelong.e2e.VictimObjects.INDICATOR;
import static vn.culture.lifelong.e2e.VictimObjects.LANG_SON;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.culture.lifelong.stack.LocalStack;
import vn.culture.lifelong.stack.quarkus.TestBodies;

/**
 * Broken object level authorization, systematically (issue 12). The three services' OpenAPI documents, as the gateway
 * serves them, name every operation; the table below says how to call each on objects of the victim province (Lạng
 * Sơn, its commune Đồng Đăng) and who may. Every operation is then called without a token and with a forged, an
 * expired, an unsigned ({@code alg: none}) and another application's token, through the gateway and straight at its
 * service (401 each time); as every {@link Identity} that may not (403, or 404 where the service hides what exists);
 * and as those who may, lists showing the victim's rows to its own line only. Nothing answers 5xx. An operation of the
 * documents missing from the table fails the suite until it is added, and so does a row of the table no document has.
 */
class AuthorizationMatrixTest {

    private static final Pattern ICALENDAR_UID = Pattern.compile("(?m)^UID:(.+?)\\r?$");
    private static final String UID_DOMAIN = "@events.lifelong.culture.vn";
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger SERVED = new AtomicInteger();
    private static final AtomicInteger UNAUTHENTICATED = new AtomicInteger();

    private static LocalStack stack;
    private static String gateway;
    private static List<DocumentedOperations.Operation> documented;
    private static Map<String, AccessRule> table;
    private static Duration making;
    private static Instant matrixStarted;
    private static int requestsBefore;

    @BeforeAll
    static void makeTheVictimsObjectsAndTheTable() {
        stack = Stack.get();
        gateway = stack.gatewayUrl();
        Instant start = Instant.now();
        documented = DocumentedOperations.operations(gateway);
        table = new LinkedHashMap<>();
        for (AccessRule rule : rules(new VictimObjects(gateway))) {
            assertThat(table.put(rule.key(), rule)).as("a second row for " + rule.key()).isNull();
        }
        making = Duration.between(start, Instant.now());
    }

    @AfterAll
    static void printTheFigures() {
        if (matrixStarted == null) {
            return;
        }
        System.out.printf("Authorization matrix: %d documented operations (%d public), %d identities, %d bad tokens tried at "
                        + "the gateway and straight at the service; %d answers checked: %d refused to identities who may "
                        + "not, %d served to those who may, %d unauthenticated; %d requests in %d s, after %d s making the "
                        + "victim's objects%n",
                documented.size(), documented.stream().filter(operation -> !operation.secured()).count(),
                Identity.values().length, BadToken.values().length, REFUSED.get() + SERVED.get() + UNAUTHENTICATED.get(),
                REFUSED.get(), SERVED.get(), UNAUTHENTICATED.get(), Calls.sent() - requestsBefore,
                Duration.between(matrixStarted, Instant.now()).toSeconds(), making.toSeconds());
    }

    @Test
    void everyDocumentedOperationHasARowAndEveryRowADocumentedOperation() {
        Set<String> inDocuments = documented.stream().map(DocumentedOperations.Operation::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> notInTheTable = new TreeSet<>(inDocuments);
        notInTheTable.removeAll(table.keySet());
        Set<String> notDocumented = new TreeSet<>(table.keySet());
        notDocumented.removeAll(inDocuments);
        assertThat(notInTheTable).as("documented operations the matrix does not call yet: add a row for each").isEmpty();
        assertThat(notDocumented).as("rows of the matrix for operations no OpenAPI document has").isEmpty();
        assertThat(documented).as("operations of the three documents").hasSizeGreaterThan(60);
    }

    @Test
    void theDocumentsAskForATokenWhereverTheTableDoes() {
        for (DocumentedOperations.Operation operation : documented) {
            AccessRule rule = table.get(operation.key());
            if (rule != null) {
                assertThat(operation.secured()).as(operation.key() + " asks for a token in its document").isEqualTo(!rule.isPublic);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadTokensAndCallersWhoMayNot() {
        matrixStarted = Instant.now();
        requestsBefore = Calls.sent();
        Map<String, DocumentedOperations.Operation> byKey = documented.stream()
                .collect(Collectors.toMap(DocumentedOperations.Operation::key, Function.identity()));
        return table.values().stream().filter(rule -> byKey.containsKey(rule.key()))
                .map(rule -> DynamicTest.dynamicTest(rule.key(), () -> check(rule, byKey.get(rule.key()))));
    }

    private static void check(AccessRule rule, DocumentedOperations.Operation operation) {
        SoftAssertions softly = new SoftAssertions();
        String version = rule.version == null ? null : rule.version.get();
        if (rule.isPublic) {
            SERVED.incrementAndGet();
            Response anonymous = send(rule, given(), gateway, version);
            softly.assertThat(anonymous.statusCode()).as("%s without a token", rule.key()).isBetween(200, 299);
            checkRows(softly, rule, anonymous, "anyone without a token", false);
        } else {
            String service = stack.serviceUrl(operation.service());
            for (BadToken token : BadToken.values()) {
                expectUnauthenticated(softly, rule, send(rule, token.request(), gateway, version), token + " at the gateway");
                expectUnauthenticated(softly, rule, send(rule, token.request(), service, version), token + " at " + operation.service());
            }
        }
        for (Identity identity : Identity.values()) {
            if (!rule.allowed.contains(identity)) {
                REFUSED.incrementAndGet();
                expectRefused(softly, rule, identity, send(rule, signedInAs(identity), gateway, version));
            } else if (rule.reads()) {
                SERVED.incrementAndGet();
                Response answer = send(rule, signedInAs(identity), gateway, version);
                softly.assertThat(answer.statusCode()).as("%s as %s, who may: %s", rule.key(), identity, answer.asString())
                        .isBetween(200, 299);
                checkRows(softly, rule, answer, identity.toString(), identity.isOfTheVictimsLine());
            }
        }
        if (rule.control != null) {
            SERVED.incrementAndGet();
            Response answer = send(rule, signedInAs(rule.control), gateway, version);
            softly.assertThat(answer.statusCode()).as("%s as %s, who may: %s", rule.key(), rule.control, answer.asString())
                    .isEqualTo(rule.controlStatus);
        }
        softly.assertAll();
    }

    private static void expectUnauthenticated(SoftAssertions softly, AccessRule rule, Response answer, String how) {
        UNAUTHENTICATED.incrementAndGet();
        softly.assertThat(answer.statusCode()).as("%s with %s: %s", rule.key(), how, answer.asString()).isEqualTo(401);
        softly.assertThat(answer.contentType()).as("%s with %s", rule.key(), how).startsWith("application/problem+json");
    }

    private static void expectRefused(SoftAssertions softly, AccessRule rule, Identity identity, Response answer) {
        softly.assertThat(answer.statusCode()).as("%s as %s, who may not: %s", rule.key(), identity, answer.asString())
                .isIn(rule.refusals);
        softly.assertThat(answer.contentType()).as("%s as %s", rule.key(), identity).startsWith("application/problem+json");
        if (answer.statusCode() == 422) {
            softly.assertThat(answer.jsonPath().getList("errors.field", String.class))
                    .as("%s as %s: refused for the unit it names", rule.key(), identity).contains(rule.refusedField);
        }
    }

    private static void checkRows(SoftAssertions softly, AccessRule rule, Response answer, String who, boolean ofTheLine) {
        if (rule.rows == null || answer.statusCode() / 100 != 2) {
            return;
        }
        Collection<String> rows = rule.rows.apply(answer);
        softly.assertThat(rows).as("%s as %s: the rows everyone reads", rule.key(), who).containsAll(rule.everyonesRows.get());
        if (ofTheLine && !rule.victimsRowsHiddenFromAll) {
            softly.assertThat(rows).as("%s as %s: the victim's rows, to its own line", rule.key(), who)
                    .containsAll(rule.victimsRows.get());
        } else {
            softly.assertThat(rows).as("%s as %s: none of the victim's rows", rule.key(), who)
                    .doesNotContainAnyElementsOf(rule.victimsRows.get());
        }
    }

    private static RequestSpecification signedInAs(Identity identity) {
        return given().auth().oauth2(identity.token());
    }

    private static Response send(AccessRule rule, RequestSpecification request, String base, String version) {
        request.redirects().follow(false).pathParams(rule.pathParameters).queryParams(rule.query);
        if (rule.body != null) {
            request.contentType(rule.contentType).body(rule.body);
        }
        if (version != null) {
            request.header("If-Match", version);
        }
        Response answer = Calls.send(request, rule.method, base + rule.path);
        assertThat(answer.statusCode()).as("%s at %s: %s", rule.key(), base, answer.asString()).isLessThan(500);
        return answer;
    }

    // The table

    private static List<AccessRule> rules(VictimObjects victim) {
        List<AccessRule> rules = new ArrayList<>();
        rules.addAll(plansServiceRules(victim));
        rules.addAll(reportingServiceRules(victim));
        rules.addAll(eventsServiceRules(victim));
        return rules;
    }

    /**
     * Units, indicators and programmes are the nation's reference data, and plans are published documents: every
     * signed-in caller reads them all (README, plans-service: "Everyone signed in reads, drafts included"). Only the
     * administrator changes units and indicators; planners of the issuing unit or above change its plans.
     */
    private static List<AccessRule> plansServiceRules(VictimObjects victim) {
        String unitToRead = victim.unit();
        String unitToChange = victim.unit();
        String unitToClose = victim.unit();
        String indicatorToChange = victim.indicator();
        long plan = victim.issuedPlan();
        long draftToChange = victim.draftPlan();
        long draftToDelete = victim.draftPlan();
        long draftToIssue = victim.draftPlan();
        long planToAmend = victim.issuedPlan();
        long planToClose = victim.issuedPlan();
        long planToSupersede = victim.issuedPlan();
        long replacement = victim.issuedPlan();
        Map<String, Object> amended = new HashMap<>(as("planner.langson").get(gateway + "/api/plans/plans/{id}/document", planToAmend)
                .then().statusCode(200).extract().jsonPath().getMap(""));
        amended.put("title", amended.get("title") + " (sửa đổi)");
        Map<String, Object> renamedUnit = TestBodies.unitBody(unitToChange, "Thư viện thử nghiệm phân quyền (đổi tên)",
                "LIBRARY", "PROVINCE", LANG_SON);
        Map<String, Object> renamedIndicator = new HashMap<>(victim.indicatorBody(indicatorToChange));
        renamedIndicator.put("nameVi", "Số lượt thử nghiệm phân quyền (đổi tên)");
        String today = VictimObjects.today().toString();

        return List.of(
                AccessRule.get("/api/plans/units").query("q", unitToRead).signedIn(),
                AccessRule.get("/api/plans/units/{code}").with("code", unitToRead).signedIn(),
                AccessRule.get("/api/plans/units/{code}/children").with("code", LANG_SON).signedIn(),
                AccessRule.get("/api/plans/units/{code}/descendants").with("code", LANG_SON).signedIn(),
                AccessRule.post("/api/plans/units")
                        .body(TestBodies.unitBody(victim.code("E2EAZ"), "Thư viện mới", "LIBRARY", "PROVINCE", LANG_SON))
                        .allowed(adminAnd()).changedBy(ADMIN, 201),
                AccessRule.put("/api/plans/units/{code}").with("code", unitToChange).body(renamedUnit)
                        .ifMatch(() -> victim.versionOf("/api/plans/units/{code}", unitToChange))
                        .allowed(adminAnd()).changedBy(ADMIN, 200),
                AccessRule.post("/api/plans/units/{code}/closure").with("code", unitToClose)
                        .body(Map.of("lastDay", today, "successors", List.of(Map.of("code", unitToChange, "kind", "MERGED_INTO"))))
                        .allowed(adminAnd()).changedBy(ADMIN, 200),
                AccessRule.put("/api/plans/units/{code}/population/{year}").with("code", unitToChange).with("year", 2026)
                        .body(Map.of("population", 12_000)).allowed(adminAnd()).changedBy(ADMIN, 200),
                AccessRule.post("/api/plans/units/imports")
                        .body(List.of(TestBodies.unitBody(victim.code("E2EAZ"), "Thư viện nhập lô", "LIBRARY", "PROVINCE", LANG_SON)))
                        .allowed(adminAnd()).changedBy(ADMIN, 200),
                AccessRule.post("/api/plans/units/reference-imports/vn-2025").allowed(adminAnd()).changedBy(ADMIN, 200),
                AccessRule.get("/api/plans/commune-mapping-2025").query("newCode", DONG_DANG).signedIn(),
                AccessRule.get("/api/plans/indicators").signedIn(),
                AccessRule.get("/api/plans/indicators/{code}").with("code", indicatorToChange).signedIn(),
                AccessRule.post("/api/plans/indicators").body(victim.indicatorBody(victim.code("E2E_AZ_")))
                        .allowed(adminAnd()).changedBy(ADMIN, 201),
                AccessRule.put("/api/plans/indicators/{code}").with("code", indicatorToChange).body(renamedIndicator)
                        .ifMatch(() -> victim.versionOf("/api/plans/indicators/{code}", indicatorToChange))
                        .allowed(adminAnd()).changedBy(ADMIN, 200),
                AccessRule.get("/api/plans/programmes").signedIn(),
                AccessRule.get("/api/plans/plans").query("issuedWithin", LANG_SON).signedIn(),
                AccessRule.get("/api/plans/plans/{id}").with("id", plan).signedIn(),
                AccessRule.get("/api/plans/plans/{id}/document").with("id", plan).signedIn(),
                AccessRule.post("/api/plans/plans").body(VictimObjects.planDocument("Kế hoạch mới thử nghiệm phân quyền"))
                        .allowed(adminAnd(PLANNER_OF_LANG_SON, INTEGRATION_OF_LANG_SON)).changedBy(PLANNER_OF_LANG_SON, 201),
                AccessRule.put("/api/plans/plans/{id}").with("id", draftToChange)
                        .body(VictimObjects.planDocument("Kế hoạch thử nghiệm phân quyền (sửa dự thảo)"))
                        .ifMatch(() -> victim.versionOf("/api/plans/plans/{id}", draftToChange))
                        .allowed(adminAnd(PLANNER_OF_LANG_SON)).changedBy(PLANNER_OF_LANG_SON, 200),
                AccessRule.delete("/api/plans/plans/{id}").with("id", draftToDelete)
                        .ifMatch(() -> victim.versionOf("/api/plans/plans/{id}", draftToDelete))
                        .allowed(adminAnd(PLANNER_OF_LANG_SON)).changedBy(PLANNER_OF_LANG_SON, 204),
                AccessRule.post("/api/plans/plans/{id}/issue").with("id", draftToIssue)
                        .body(Map.of("number", ThreadLocalRandom.current().nextInt(1, 900_000) + "/KH-UBND", "issueDate", "2026-02-01"))
                        .ifMatch(() -> victim.versionOf("/api/plans/plans/{id}", draftToIssue))
                        .allowed(adminAnd(PLANNER_OF_LANG_SON)).changedBy(PLANNER_OF_LANG_SON, 200),
                AccessRule.post("/api/plans/plans/{id}/amendments").with("id", planToAmend)
                        .body(Map.of("document", amended, "effectiveOn", "2026-06-01", "reason", "Điều chỉnh tên kế hoạch"))
                        .ifMatch(() -> victim.versionOf("/api/plans/plans/{id}", planToAmend))
                        .allowed(adminAnd(PLANNER_OF_LANG_SON)).changedBy(PLANNER_OF_LANG_SON, 200),
                AccessRule.post("/api/plans/plans/{id}/closure").with("id", planToClose).body(Map.of("endedOn", "2026-12-31"))
                        .ifMatch(() -> victim.versionOf("/api/plans/plans/{id}", planToClose))
                        .allowed(adminAnd(PLANNER_OF_LANG_SON)).changedBy(PLANNER_OF_LANG_SON, 200),
                AccessRule.post("/api/plans/plans/{id}/supersession").with("id", planToSupersede)
                        .body(Map.of("supersededBy", replacement, "endedOn", "2026-12-31"))
                        .ifMatch(() -> victim.versionOf("/api/plans/plans/{id}", planToSupersede))
                        .allowed(adminAnd(PLANNER_OF_LANG_SON)).changedBy(PLANNER_OF_LANG_SON, 200),
                AccessRule.get("/api/plans/plans/{id}/revisions").with("id", plan).signedIn(),
                AccessRule.get("/api/plans/plans/{id}/revisions/{revision}").with("id", plan).with("revision", 1).signedIn(),
                AccessRule.get("/api/plans/plans/{id}/lineage").with("id", plan).signedIn(),
                AccessRule.get("/api/plans/plans/{id}/add-up").with("id", plan).signedIn());
    }

    /**
     * A report is read by its reporting unit's tree and its receiving unit's tree (Đồng Đăng's line: the commune and
     * Lạng Sơn), written by reporters and provincial systems of its unit or above, reviewed by reviewers of the unit
     * receiving it; a province's figures are read by the province and the nation.
     */
    private static List<AccessRule> reportingServiceRules(VictimObjects victim) {
        long plan = victim.planWhoseCommunesReport();
        long owed = victim.annualObligationOfDongDang(plan);
        long[] request = victim.adHocRequest(plan);
        long askedOfDongDang = victim.adHocRequest(plan)[1];
        long reportToChange = victim.draftReport(plan);
        long reportToSubmit = victim.filledReport(plan);
        long reportToReturn = victim.submittedReport(plan);
        long reportToAccept = victim.submittedReport(plan);
        long reportToReopen = victim.acceptedReport(plan);
        Map<String, Object> content = victim.wholeContent(reportToChange);
        Set<Identity> reporters = adminAnd(REPORTER_OF_DONG_DANG, REPORTER_OF_LANG_SON, INTEGRATION_OF_LANG_SON);
        Set<Identity> reviewers = adminAnd(REVIEWER_OF_LANG_SON);
        Map<String, Object> reason = Map.of("reason", "Đề nghị bổ sung số liệu");

        return List.of(
                AccessRule.get("/api/reports/obligations").query("plan", plan).query("size", 500).signedIn()
                        .rows(answer -> answer.jsonPath().getList("items.id", String.class),
                                () -> Set.of(Long.toString(owed), Long.toString(request[1])), Set::of),
                AccessRule.post("/api/reports/requests").body(victim.adHocRequestBody(plan))
                        .allowed(adminAnd(PLANNER_OF_LANG_SON, REVIEWER_OF_LANG_SON)).changedBy(REVIEWER_OF_LANG_SON, 201),
                AccessRule.get("/api/reports/requests/{id}").with("id", request[0]).allowed(victimsLine()),
                AccessRule.post("/api/reports/reports").body(Map.of("obligationId", askedOfDongDang))
                        .allowed(reporters).changedBy(REPORTER_OF_DONG_DANG, 201),
                AccessRule.get("/api/reports/reports/{id}").with("id", reportToChange).allowed(victimsLine()),
                AccessRule.put("/api/reports/reports/{id}").with("id", reportToChange).body(content)
                        .ifMatch(() -> victim.versionOf("/api/reports/reports/{id}", reportToChange))
                        .allowed(reporters).changedBy(REPORTER_OF_DONG_DANG, 200),
                AccessRule.post("/api/reports/reports/{id}/submit").with("id", reportToSubmit)
                        .allowed(reporters).changedBy(REPORTER_OF_DONG_DANG, 200),
                AccessRule.get("/api/reports/reports/{id}/document").with("id", reportToChange).allowed(victimsLine()),
                AccessRule.get("/api/reports/reports/{id}/history").with("id", reportToChange).allowed(victimsLine()),
                AccessRule.post("/api/reports/reports/{id}/return").with("id", reportToReturn).body(reason)
                        .allowed(reviewers).changedBy(REVIEWER_OF_LANG_SON, 200),
                AccessRule.post("/api/reports/reports/{id}/accept").with("id", reportToAccept)
                        .allowed(reviewers).changedBy(REVIEWER_OF_LANG_SON, 200),
                AccessRule.post("/api/reports/reports/{id}/reopen").with("id", reportToReopen).body(reason)
                        .allowed(reviewers).changedBy(REVIEWER_OF_LANG_SON, 200),
                AccessRule.get("/api/reports/completeness").query("unit", LANG_SON).query("plan", plan)
                        .allowed(victimProvince()),
                AccessRule.get("/api/reports/values").query("indicator", INDICATOR).query("unit", LANG_SON)
                        .query("year", 2026).query("kind", "ANNUAL").allowed(victimProvince()),
                AccessRule.get("/api/reports/plans/{planId}/progress").with("planId", plan).query("unit", LANG_SON)
                        .query("year", 2026).allowed(victimProvince()),
                AccessRule.get("/api/reports/plans/{planId}/consolidated-report").with("planId", plan)
                        .query("unit", LANG_SON).query("year", 2026).query("kind", "ANNUAL").allowed(victimProvince()),
                AccessRule.get("/api/reports/data-values").query("plan", plan).query("year", 2026).query("kind", "ANNUAL")
                        .query("unit", DONG_DANG).allowed(reporters),
                // Into Đồng Đăng's annual report, which the import lays out (nothing else here uses it).
                AccessRule.post("/api/reports/data-values")
                        .body(Map.of("values", List.of(Map.of("plan", plan, "unit", DONG_DANG, "year", 2026,
                                "kind", "ANNUAL", "indicator", INDICATOR, "value", 640))))
                        .allowed(reporters).changedBy(REPORTER_OF_DONG_DANG, 200).refusedAsUnknownUnit("values[0].unit"),
                AccessRule.get("/api/reports/units/{code}").with("code", DONG_DANG).signedIn());
    }

    /**
     * Days are everyone's to read; organisers keep those of their unit's tree. Public activities are everyone's; an
     * internal one is read by its unit's line only (404 for others, as for one that does not exist) and changed by
     * organisers of its unit or above. The public calendar is read without a token and never shows internal ones.
     */
    private static List<AccessRule> eventsServiceRules(VictimObjects victim) {
        LocalDate today = VictimObjects.today();
        long internal = victim.activity(today.plusDays(7), "INTERNAL");
        long published = victim.activity(today.plusDays(7), "PUBLIC");
        long activityToChange = victim.activity(today.plusDays(10), "INTERNAL");
        long activityToHold = victim.activity(today.minusDays(1), "INTERNAL");
        long activityToCancel = victim.activity(today.plusDays(12), "INTERNAL");
        String dayToChange = victim.day();
        Set<Identity> organisers = adminAnd(ORGANISER_OF_DONG_DANG, ORGANISER_OF_LANG_SON);
        Supplier<Set<String>> internalId = () -> Set.of(Long.toString(internal));
        Supplier<Set<String>> publishedId = () -> Set.of(Long.toString(published));
        Supplier<Set<String>> internalUid = () -> Set.of("activity-" + internal + UID_DOMAIN);
        Supplier<Set<String>> publishedUid = () -> Set.of("activity-" + published + UID_DOMAIN);
        Function<Response, Collection<String>> calendarActivities = answer -> answer.jsonPath().getList("activityId", String.class)
                .stream().filter(Objects::nonNull).toList();

        return List.of(
                AccessRule.get("/api/events/days").query("year", 2026).query("unit", DONG_DANG).signedIn(),
                AccessRule.get("/api/events/days/{code}").with("code", dayToChange).signedIn(),
                AccessRule.post("/api/events/days").body(victim.dayBody(victim.code("E2E_AZ_DAY_")))
                        .allowed(organisers).changedBy(ORGANISER_OF_DONG_DANG, 201).refusedAsUnknownUnit("scopeUnitCode"),
                AccessRule.put("/api/events/days/{code}").with("code", dayToChange).body(victim.dayBody(dayToChange))
                        .ifMatch(() -> victim.versionOf("/api/events/days/{code}", dayToChange))
                        .allowed(organisers).changedBy(ORGANISER_OF_DONG_DANG, 200),
                AccessRule.post("/api/events/activities").body(victim.activityBody(today.plusDays(20), "INTERNAL"))
                        .allowed(organisers).changedBy(ORGANISER_OF_DONG_DANG, 201).refusedAsUnknownUnit("unitCode"),
                AccessRule.get("/api/events/activities").query("unit", DONG_DANG).query("from", today.minusDays(30).toString())
                        .query("to", today.plusDays(60).toString()).query("size", 500).signedIn()
                        .rows(answer -> answer.jsonPath().getList("items.id", String.class), internalId, publishedId),
                AccessRule.get("/api/events/activities/{id}").with("id", internal).allowed(victimsLine()),
                AccessRule.put("/api/events/activities/{id}").with("id", activityToChange)
                        .body(victim.activityBody(today.plusDays(11), "INTERNAL"))
                        .ifMatch(() -> victim.versionOf("/api/events/activities/{id}", activityToChange))
                        .allowed(organisers).changedBy(ORGANISER_OF_DONG_DANG, 200),
                AccessRule.post("/api/events/activities/{id}/held").with("id", activityToHold)
                        .body(Map.of("actualParticipants", 75)).allowed(organisers).changedBy(ORGANISER_OF_DONG_DANG, 200),
                AccessRule.post("/api/events/activities/{id}/cancellation").with("id", activityToCancel)
                        .body(Map.of("reason", "Hoãn do thời tiết")).allowed(organisers).changedBy(ORGANISER_OF_DONG_DANG, 200),
                AccessRule.get("/api/events/calendar").query("unit", DONG_DANG).query("from", today.minusDays(30).toString())
                        .query("to", today.plusDays(60).toString()).signedIn().rows(calendarActivities, internalId, publishedId),
                AccessRule.get("/api/events/upcoming").query("unit", DONG_DANG).query("days", 30).signedIn()
                        .rows(calendarActivities, internalId, publishedId),
                AccessRule.get("/api/events/calendar.ics").query("unit", DONG_DANG).signedIn()
                        .rows(AuthorizationMatrixTest::uids, internalUid, publishedUid),
                AccessRule.get("/api/events/public/calendar.ics").query("unit", DONG_DANG).publicToAll()
                        .rowsNeverShowing(AuthorizationMatrixTest::uids, internalUid, publishedUid),
                AccessRule.get("/api/events/public/lunar/{date}").with("date", "2026-02-17").publicToAll(),
                AccessRule.get("/api/events/units/{code}").with("code", DONG_DANG).signedIn());
    }

    private static List<String> uids(Response feed) {
        List<String> uids = new ArrayList<>();
        Matcher uid = ICALENDAR_UID.matcher(feed.asString());
        while (uid.find()) {
            uids.add(uid.group(1));
        }
        return uids;
    }
}
