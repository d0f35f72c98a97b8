package vn.culture.lifelong.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.culture.lifelong.e2e.FuzzInputs.Input;
import vn.culture.lifelong.e2e.FuzzInputs.ValidCall;
import vn.culture.lifelong.stack.DemoData;
import vn.culture.lifelong.stack.LocalStack;

/**
 * Fuzzing (issue 12): every operation of the three services' OpenAPI documents that takes a body or parameters (all but
 * the list of programmes and the reference import), called through the gateway with a real token of a caller allowed
 * to call it, on real objects made for the run, with one thing of a valid call broken at a time (derived from the
 * documents' schemas: wrong types, null, numbers out of range, 1 MB of text, bad dates and enum values, text a pattern
 * refuses, control characters; bad path and query values, If-Match and Idempotency-Key) and with bodies broken as a
 * whole (not JSON, nested 10,000 levels deep, 6 MB, not UTF-8, of another type; CSV and spreadsheets that are not).
 * Never a 5xx, never a stack trace or anything of the implementation, every 4xx a problem of its status, a 400 naming
 * the field at fault, and nothing written: every table of the three databases is read before and after each
 * operation's inputs (rows and newest row version, so updates show too). No table is left out: once the events of
 * earlier writes are consumed none changes on its own (outbox and inbox only move with events, expired idempotency keys
 * and relayed events are a day and a week old), so the reading starts when the databases have settled.
 *
 * <p>Then odd but valid text (SQL naming a real table, markup, a path, invisible and bidirectional characters,
 * Vietnamese decomposed, an emoji, a megabyte where no maximum is declared) in every free text of the writing
 * operations, apart from the refusals since it may be accepted: refused cleanly, or read back exactly as sent in NFC,
 * with every table still there, the one the SQL names not emptied, and every event it caused sent on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FuzzingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DATABASES = List.of("plans", "reporting", "events");
    private static final String LANG_SON = "20";
    private static final String DONG_DANG = "06184";
    private static final String ADMIN = "admin.demo";
    private static final String PLANNER = "planner.langson";
    private static final String REVIEWER = "reviewer.langson";
    private static final String REPORTER = "reporter.dongdang";
    private static final String ORGANISER = "organiser.dongdang";
    /** Body properties tried per operation: every property, then more values of each while the budget lasts. */
    private static final int PROPERTY_BUDGET = 160;
    /**
     * What of the implementation must never reach a caller: a stack frame, an exception's or a framework's class
     * name, an SQL error. (Callers' own text may come back, so SQL keywords alone are not a leak.)
     */
    private static final Pattern LEAK = Pattern.compile("\\bat (vn|java|jdk|org|io|com|sun)\\.|Exception|Throwable"
            + "|java\\.lang|vn\\.culture|org\\.hibernate|org\\.postgresql|io\\.quarkus|io\\.vertx|com\\.fasterxml|jakarta\\."
            + "|SQLState|SQL state|ERROR: |could not execute|syntax error at or near|violates .* constraint");

    private static String gateway;
    private static HttpClient http;
    private static DatabaseRows databases;
    private static final Map<String, ApiDocument> DOCUMENTS = new LinkedHashMap<>();
    private static final Map<String, Token> TOKENS = new HashMap<>();
    private static final Figures FIGURES = new Figures();
    private static RealObjects objects;

    /** The real objects the operations are called on, made through the gateway for this run. */
    private record RealObjects(String unit, String indicator, long draftPlan, long issuedPlan, long otherIssuedPlan,
            String programme, long otherObligation, long report, long reportRequest, long activity, String day,
            int activityYear, byte[] valuesTemplate) {
    }

    private record Token(String value, long fetchedAt) {
    }

    private record Answer(int status, String contentType, byte[] body, Map<String, List<String>> headers) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + text(), e);
            }
        }

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of("")).get(0);
        }
    }

    @BeforeAll
    static void makeRealObjectsAndReadTheDocuments() {
        long started = System.nanoTime();
        LocalStack stack = Stack.get();
        gateway = stack.gatewayUrl();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        DemoData.asDemoAdministrator(stack).orElseThrow().load();
        databases = new DatabaseRows(stack.postgresUrl(), stack.postgresUser(), stack.postgresPassword(), DATABASES);
        for (String service : List.of("plans", "reporting", "events")) {
            DOCUMENTS.put(service, new ApiDocument(call(null, "GET", "/openapi/" + service, null, 200).json()));
        }
        objects = makeObjects();
        FIGURES.setUpSeconds = (System.nanoTime() - started) / 1e9;
    }

    /** The objects every operation is called on: codes and numbers no other test uses (FZ + the run's number). */
    private static RealObjects makeObjects() {
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String unit = "FZ" + run + "U";
        call(ADMIN, "POST", "/api/plans/units", unitBody(unit, "Thư viện xã thử nghiệm"), 201);
        String indicator = "FZ_" + run + "_VISITS";
        call(ADMIN, "POST", "/api/plans/indicators", indicatorBody(indicator), 201);
        String programme = call(ADMIN, "GET", "/api/plans/programmes", null, 200).json().get(0).path("code").asText();

        long draftPlan = createPlan(planDocument("Kế hoạch thử nghiệm (bản nháp)", programme));
        long issuedPlan = issue(createPlan(planDocument("Kế hoạch thử nghiệm đã ban hành", programme)), run + "/KH-UBND");
        long otherIssuedPlan = issue(createPlan(planDocument("Kế hoạch thử nghiệm thay thế", programme)), run + "/KH-UBND-TT");

        JsonNode owed = await().atMost(PATIENCE).until(() -> call(ADMIN, "GET",
                "/api/reports/obligations?plan=" + issuedPlan + "&size=500", null, 200).json(),
                page -> page.path("totalItems").asInt() > 1 && hasObligationOf(page, DONG_DANG));
        long obligation = 0;
        long otherObligation = 0;
        for (JsonNode item : owed.path("items")) {
            if (item.path("unitCode").asText().equals(DONG_DANG)) {
                obligation = item.path("id").asLong();
            } else {
                otherObligation = item.path("id").asLong();
            }
        }
        long report = call(REPORTER, "POST", "/api/reports/reports", JSON.createObjectNode().put("obligationId", obligation),
                201).json().path("id").asLong();
        long reportRequest = call(REVIEWER, "POST", "/api/reports/requests", reportRequestBody(issuedPlan), 201)
                .json().path("id").asLong();
        byte[] valuesTemplate = call(REPORTER, "GET", "/api/reports/data-values?plan=" + issuedPlan
                + "&year=2026&kind=ANNUAL&unit=" + DONG_DANG + "&format=xlsx", null, 200).body();

        int activityYear = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + 1;
        long activity = call(ORGANISER, "POST", "/api/events/activities", activityBody(activityYear, "Cuộc thi đọc sách thử nghiệm"),
                201).json().path("id").asLong();
        String day = "FZ_" + run + "_READING_DAY";
        call(ORGANISER, "POST", "/api/events/days", dayBody(day), 201);
        return new RealObjects(unit, indicator, draftPlan, issuedPlan, otherIssuedPlan, programme, otherObligation, report,
                reportRequest, activity, day, activityYear, valuesTemplate);
    }

    private static boolean hasObligationOf(JsonNode page, String unitCode) {
        for (JsonNode item : page.path("items")) {
            if (item.path("unitCode").asText().equals(unitCode)) {
                return true;
            }
        }
        return false;
    }

    private static long createPlan(JsonNode document) {
        return call(PLANNER, "POST", "/api/plans/plans", document, 201).json().path("plan").path("id").asLong();
    }

    private static long issue(long plan, String number) {
        call(PLANNER, "POST", "/api/plans/plans/" + plan + "/issue",
                JSON.createObjectNode().put("number", number).put("issueDate", "2026-01-15"), 200);
        return plan;
    }

    // ---- Valid bodies: the fuzzer breaks one part of them at a time ----

    private static ObjectNode unitBody(String code, String name) {
        return JSON.createObjectNode().put("code", code).put("name", name).put("kind", "LIBRARY").put("level", "COMMUNE")
                .put("parentCode", LANG_SON);
    }

    private static ObjectNode indicatorBody(String code) {
        return JSON.createObjectNode().put("code", code).put("nameVi", "Lượt bạn đọc thử nghiệm").put("nameEn", "Trial reader visits")
                .put("unitOfMeasure", "lượt").put("valueType", "NUMBER").put("acrossUnits", "SUM").put("overTime", "SUM")
                .put("direction", "HIGHER_IS_BETTER").put("sector", "LIBRARY").put("description", "Chỉ tiêu của phép thử");
    }

    private static ObjectNode selector(String unit) {
        return JSON.createObjectNode().put("unit", unit).put("subtree", false);
    }

    private static ObjectNode communesOf(String province) {
        return JSON.createObjectNode().put("unit", province).put("subtree", true).put("level", "COMMUNE")
                .put("label", "UBND các xã, phường");
    }

    /** A plan of Lạng Sơn for 2026 with every part a document may have, each holding text. */
    private static ObjectNode planDocument(String title, String programme) {
        ObjectNode plan = JSON.createObjectNode().put("issuingUnit", LANG_SON).put("title", title).put("programme", programme);
        plan.putObject("horizon").put("fromYear", 2026).put("toYear", 2026);
        plan.putArray("legalBases").addObject().put("kind", "DECISION").put("number", "1520/QĐ-TTg").put("issuedOn", "2022-12-06")
                .put("issuer", "Thủ tướng Chính phủ").put("title", "Phê duyệt Chương trình đẩy mạnh học tập suốt đời");
        plan.putArray("purposes").add("Nâng cao chất lượng phục vụ bạn đọc");
        plan.putArray("requirements").add("Bám sát nhiệm vụ của từng đơn vị");
        plan.putArray("objectives").addObject().put("key", "MT1").put("kind", "SPECIFIC").put("text", "Tăng lượt bạn đọc");
        ObjectNode target = plan.putArray("targets").addObject().put("key", "T01").put("indicator", "LIB_READER_VISITS")
                .put("kind", "ABSOLUTE").put("objective", "MT1").put("eachUnit", false).put("source", "Phục vụ 10.000 lượt bạn đọc");
        target.set("scope", selector(LANG_SON));
        target.putArray("values").addObject().put("fromYear", 2026).put("toYear", 2026).put("min", 10_000).put("exclusiveMin", false);
        ObjectNode task = plan.putArray("tasks").addObject().put("key", "NV01").put("sector", "LIBRARY")
                .put("content", "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4").put("source", "Mục III.1");
        task.putObject("schedule").put("kind", "YEARLY");
        task.set("lead", selector(LANG_SON));
        task.putArray("implementing").add(communesOf(LANG_SON));
        task.putArray("coordinating").add(selector(DONG_DANG));
        task.putArray("targets").add("T01");
        ObjectNode funding = plan.putObject("funding");
        ObjectNode source = funding.putArray("sources").addObject().put("kind", "STATE_BUDGET").put("description", "Ngân sách tỉnh");
        source.putArray("budgetLevels").add("PROVINCE");
        funding.putArray("estimates").addObject().put("year", 2026).put("source", "STATE_BUDGET").put("amountVnd", 150_000_000)
                .put("purpose", "Mua sách");
        funding.putArray("notes").add("Theo dự toán được giao");
        ObjectNode responsibility = plan.putArray("responsibilities").addObject();
        responsibility.set("unit", selector(LANG_SON));
        responsibility.putArray("duties").add("Hướng dẫn, kiểm tra việc thực hiện");
        ObjectNode report = plan.putObject("reporting").putArray("reports").addObject().put("kind", "ANNUAL")
                .put("title", "Báo cáo kết quả năm");
        report.putObject("due").put("day", 30).put("month", 11);
        report.set("receivingUnit", selector(LANG_SON));
        report.putArray("reportingUnits").add(communesOf(LANG_SON));
        return plan;
    }

    private static ObjectNode reportRequestBody(long plan) {
        ObjectNode request = JSON.createObjectNode().put("planId", plan).put("receivingUnit", LANG_SON)
                .put("title", "Báo cáo đột xuất về Ngày Sách").put("dueDate", "2026-12-20");
        request.putArray("units").add(DONG_DANG);
        return request;
    }

    private static ObjectNode reportContent() {
        ObjectNode content = JSON.createObjectNode().put("results", "Phục vụ 1.250 lượt bạn đọc")
                .put("difficulties", "Thiếu đầu sách thiếu nhi").put("proposals", "Luân chuyển sách từ thư viện tỉnh");
        content.putArray("lines").addObject().put("target", "T01").put("unitCode", DONG_DANG).put("value", 1_250);
        content.putArray("tasks").addObject().put("task", "NV01").put("progress", "DONE").put("note", "Tuần lễ sách 19–23/4");
        return content;
    }

    private static ObjectNode dataValues(long plan) {
        ObjectNode values = JSON.createObjectNode();
        values.putArray("values").addObject().put("plan", plan).put("unit", DONG_DANG).put("year", 2026).put("kind", "ANNUAL")
                .put("indicator", "LIB_READER_VISITS").put("target", "T01").put("value", 1_300);
        return values;
    }

    private static ObjectNode activityBody(int year, String title) {
        return JSON.createObjectNode().put("unitCode", DONG_DANG).put("kind", "READING_CONTEST").put("title", title)
                .put("place", "Nhà văn hóa xã Đồng Đăng").put("start", year + "-04-19").put("end", year + "-04-21")
                .put("dayCode", "BOOK_AND_READING_DAY").put("expectedParticipants", 120).put("visibility", "INTERNAL");
    }

    private static ObjectNode dayBody(String code) {
        ObjectNode day = JSON.createObjectNode().put("code", code).put("nameVi", "Ngày hội đọc sách của xã")
                .put("nameEn", "Commune reading day").put("calendar", "SOLAR").put("startMonth", 9).put("startDay", 15)
                .put("scopeUnitCode", DONG_DANG).put("legalSource", "Kế hoạch số 45/KH-UBND").put("validFromYear", 2026);
        day.putArray("sectors").add("LIBRARY");
        return day;
    }

    /** The version an update must name, as the object's last reading answers it. */
    private static String etagOf(String caller, String path) {
        return call(caller, "GET", path, null, 200).header("ETag");
    }

    /**
     * How each operation is called validly, by a caller allowed to: the planner, reporter, reviewer and organiser of
     * Lạng Sơn and xã Đồng Đăng where the operation is theirs, the administrator elsewhere, nobody on the public calendar.
     */
    private static Map<String, ValidCall> validCalls() {
        RealObjects o = objects;
        String unitPath = "/api/plans/units/" + o.unit();
        String draft = "/api/plans/plans/" + o.draftPlan();
        String issued = "/api/plans/plans/" + o.issuedPlan();
        String activity = "/api/events/activities/" + o.activity();
        Map<String, ValidCall> calls = new LinkedHashMap<>();
        // plans-service
        calls.put("GET /api/plans/commune-mapping-2025", ValidCall.as(ADMIN).query("oldCode", "06205").query("newCode", DONG_DANG)
                .query("q", "hong%20phong").query("page", 0).query("size", 10));
        calls.put("GET /api/plans/indicators", ValidCall.as(ADMIN).query("sector", "LIBRARY").query("page", 0).query("size", 10));
        calls.put("POST /api/plans/indicators", ValidCall.as(ADMIN).body(indicatorBody("FZ_NEVER_CREATED")));
        calls.put("PUT /api/plans/indicators/{code}", ValidCall.as(ADMIN).path("code", o.indicator())
                .header("If-Match", etagOf(ADMIN, "/api/plans/indicators/" + o.indicator())).body(indicatorBody(o.indicator())));
        calls.put("GET /api/plans/indicators/{code}", ValidCall.as(ADMIN).path("code", o.indicator()));
        calls.put("GET /api/plans/plans", ValidCall.as(ADMIN).query("issuedWithin", LANG_SON).query("on", "2026-01-15")
                .query("status", "ISSUED").query("programme", o.programme()).query("year", 2026).query("page", 0).query("size", 10));
        calls.put("POST /api/plans/plans", ValidCall.as(PLANNER).body(planDocument("Kế hoạch không bao giờ được tạo", o.programme())));
        calls.put("PUT /api/plans/plans/{id}", ValidCall.as(PLANNER).path("id", o.draftPlan())
                .header("If-Match", etagOf(PLANNER, draft)).body(planDocument("Kế hoạch thử nghiệm (bản nháp)", o.programme())));
        calls.put("GET /api/plans/plans/{id}", ValidCall.as(ADMIN).path("id", o.issuedPlan()));
        calls.put("DELETE /api/plans/plans/{id}", ValidCall.as(PLANNER).path("id", o.draftPlan()).header("If-Match", etagOf(PLANNER, draft)));
        calls.put("GET /api/plans/plans/{id}/add-up", ValidCall.as(ADMIN).path("id", o.issuedPlan()));
        ObjectNode amendment = JSON.createObjectNode().put("amendmentNumber", "12/KH-UBND-SĐ").put("effectiveOn", "2026-03-01")
                .put("reason", "Điều chỉnh chỉ tiêu theo thực tế");
        amendment.set("document", planDocument("Kế hoạch thử nghiệm đã ban hành (sửa đổi)", o.programme()));
        calls.put("POST /api/plans/plans/{id}/amendments", ValidCall.as(PLANNER).path("id", o.issuedPlan())
                .header("If-Match", etagOf(PLANNER, issued)).body(amendment));
        calls.put("POST /api/plans/plans/{id}/closure", ValidCall.as(PLANNER).path("id", o.issuedPlan())
                .header("If-Match", etagOf(PLANNER, issued)).body(JSON.createObjectNode().put("endedOn", "2026-12-31")));
        calls.put("GET /api/plans/plans/{id}/document", ValidCall.as(ADMIN).path("id", o.issuedPlan()));
        calls.put("POST /api/plans/plans/{id}/issue", ValidCall.as(PLANNER).path("id", o.draftPlan())
                .header("If-Match", etagOf(PLANNER, draft))
                .body(JSON.createObjectNode().put("number", "1/KH-UBND-FZ").put("issueDate", "2026-02-01")));
        calls.put("GET /api/plans/plans/{id}/lineage", ValidCall.as(ADMIN).path("id", o.issuedPlan()));
        calls.put("GET /api/plans/plans/{id}/revisions", ValidCall.as(ADMIN).path("id", o.issuedPlan()));
        calls.put("GET /api/plans/plans/{id}/revisions/{revision}", ValidCall.as(ADMIN).path("id", o.issuedPlan()).path("revision", 1));
        calls.put("POST /api/plans/plans/{id}/supersession", ValidCall.as(PLANNER).path("id", o.issuedPlan())
                .header("If-Match", etagOf(PLANNER, issued))
                .body(JSON.createObjectNode().put("supersededBy", o.otherIssuedPlan()).put("endedOn", "2026-06-30")));
        calls.put("GET /api/plans/units", ValidCall.as(ADMIN).query("parent", LANG_SON).query("q", "dong%20dang")
                .query("on", "2026-01-15").query("page", 0).query("size", 10));
        calls.put("POST /api/plans/units", ValidCall.as(ADMIN).body(unitBody("FZNEVER", "Thư viện không bao giờ được tạo")
                .put("validFrom", "2026-01-01")));
        ArrayNode imports = JSON.createArrayNode().add(unitBody("FZNEVERIMPORTED", "Thư viện không bao giờ được nhập"));
        calls.put("POST /api/plans/units/imports", new ValidCall(ADMIN, Map.of(), Map.of(), Map.of(), FuzzInputs.JSON, imports));
        calls.put("PUT /api/plans/units/{code}", ValidCall.as(ADMIN).path("code", o.unit()).header("If-Match", etagOf(ADMIN, unitPath))
                .body(unitBody(o.unit(), "Thư viện xã thử nghiệm")));
        calls.put("GET /api/plans/units/{code}", ValidCall.as(ADMIN).path("code", DONG_DANG).query("on", "2026-01-15"));
        calls.put("GET /api/plans/units/{code}/children", ValidCall.as(ADMIN).path("code", LANG_SON).query("on", "2026-01-15")
                .query("page", 0).query("size", 10));
        ObjectNode closure = JSON.createObjectNode().put("lastDay", "2026-06-30");
        closure.putArray("successors").addObject().put("code", DONG_DANG).put("kind", "MERGED_INTO");
        calls.put("POST /api/plans/units/{code}/closure", ValidCall.as(ADMIN).path("code", o.unit()).body(closure));
        calls.put("GET /api/plans/units/{code}/descendants", ValidCall.as(ADMIN).path("code", LANG_SON).query("on", "2026-01-15")
                .query("page", 0).query("size", 10));
        calls.put("PUT /api/plans/units/{code}/population/{year}", ValidCall.as(ADMIN).path("code", o.unit()).path("year", 2026)
                .body(JSON.createObjectNode().put("population", 12_000)));
        // reporting-service
        calls.put("GET /api/reports/completeness", ValidCall.as(ADMIN).query("unit", LANG_SON).query("plan", o.issuedPlan())
                .query("kind", "ANNUAL").query("year", 2026).query("format", "json"));
        calls.put("POST /api/reports/data-values", ValidCall.as(REPORTER).query("dryRun", "false").query("atomic", "true")
                .body(dataValues(o.issuedPlan())));
        calls.put("GET /api/reports/data-values", ValidCall.as(REPORTER).query("plan", o.issuedPlan()).query("year", 2026)
                .query("kind", "ANNUAL").query("unit", DONG_DANG).query("format", "json"));
        calls.put("GET /api/reports/obligations", ValidCall.as(ADMIN).query("unit", LANG_SON).query("receivingUnit", LANG_SON)
                .query("plan", o.issuedPlan()).query("year", 2026).query("kind", "ANNUAL").query("status", "DRAFT")
                .query("timeliness", "PENDING").query("dueBy", "2026-12-31").query("page", 0).query("size", 10).query("format", "json"));
        calls.put("GET /api/reports/plans/{planId}/consolidated-report", ValidCall.as(ADMIN).path("planId", o.issuedPlan())
                .query("unit", LANG_SON).query("year", 2026).query("kind", "ANNUAL").query("include", "submitted").query("format", "docx"));
        calls.put("GET /api/reports/plans/{planId}/progress", ValidCall.as(ADMIN).path("planId", o.issuedPlan()).query("year", 2026)
                .query("unit", LANG_SON).query("include", "submitted").query("format", "json"));
        calls.put("POST /api/reports/reports", ValidCall.as(ADMIN).body(JSON.createObjectNode().put("obligationId", o.otherObligation())));
        calls.put("PUT /api/reports/reports/{id}", ValidCall.as(REPORTER).path("id", o.report())
                .header("If-Match", etagOf(REPORTER, "/api/reports/reports/" + o.report())).body(reportContent()));
        calls.put("GET /api/reports/reports/{id}", ValidCall.as(REPORTER).path("id", o.report()));
        calls.put("POST /api/reports/reports/{id}/accept", ValidCall.as(REVIEWER).path("id", o.report()));
        calls.put("GET /api/reports/reports/{id}/document", ValidCall.as(REPORTER).path("id", o.report()).query("format", "docx"));
        calls.put("GET /api/reports/reports/{id}/history", ValidCall.as(REPORTER).path("id", o.report()));
        ObjectNode reason = JSON.createObjectNode().put("reason", "Bổ sung số liệu điểm bưu điện văn hóa xã");
        calls.put("POST /api/reports/reports/{id}/reopen", ValidCall.as(REVIEWER).path("id", o.report()).body(reason));
        calls.put("POST /api/reports/reports/{id}/return", ValidCall.as(REVIEWER).path("id", o.report()).body(reason));
        calls.put("POST /api/reports/reports/{id}/submit", ValidCall.as(REPORTER).path("id", o.report()));
        calls.put("POST /api/reports/requests", ValidCall.as(REVIEWER).body(reportRequestBody(o.issuedPlan())));
        calls.put("GET /api/reports/requests/{id}", ValidCall.as(REVIEWER).path("id", o.reportRequest()));
        calls.put("GET /api/reports/units/{code}", ValidCall.as(ADMIN).path("code", DONG_DANG));
        calls.put("GET /api/reports/values", ValidCall.as(ADMIN).query("indicator", "LIB_READER_VISITS").query("unit", LANG_SON)
                .query("year", 2026).query("kind", "ANNUAL").query("plan", o.issuedPlan()).query("include", "submitted")
                .query("page", 0).query("size", 10).query("format", "json"));
        // events-service
        calls.put("GET /api/events/activities", ValidCall.as(ORGANISER).query("unit", DONG_DANG).query("from", o.activityYear() + "-01-01")
                .query("to", o.activityYear() + "-12-31").query("kind", "READING_CONTEST").query("day", "BOOK_AND_READING_DAY")
                .query("plan", o.issuedPlan()).query("status", "PLANNED").query("page", 0).query("size", 10));
        calls.put("POST /api/events/activities", ValidCall.as(ORGANISER).body(activityBody(o.activityYear(), "Hoạt động không bao giờ được tạo")));
        String activityTag = etagOf(ORGANISER, activity);
        calls.put("PUT /api/events/activities/{id}", ValidCall.as(ORGANISER).path("id", o.activity()).header("If-Match", activityTag)
                .body(activityBody(o.activityYear(), "Cuộc thi đọc sách thử nghiệm")));
        calls.put("GET /api/events/activities/{id}", ValidCall.as(ORGANISER).path("id", o.activity()));
        calls.put("POST /api/events/activities/{id}/cancellation", ValidCall.as(ORGANISER).path("id", o.activity())
                .header("If-Match", activityTag).body(JSON.createObjectNode().put("reason", "Hoãn vì mưa bão")));
        calls.put("POST /api/events/activities/{id}/held", ValidCall.as(ORGANISER).path("id", o.activity())
                .header("If-Match", activityTag).body(JSON.createObjectNode().put("actualParticipants", 130)));
        calls.put("GET /api/events/calendar", ValidCall.as(ORGANISER).query("unit", DONG_DANG).query("from", "2026-04-01")
                .query("to", "2026-04-30").query("format", "json"));
        calls.put("GET /api/events/calendar.ics", ValidCall.as(ORGANISER).query("unit", DONG_DANG));
        calls.put("GET /api/events/days", ValidCall.as(ORGANISER).query("year", 2026).query("unit", DONG_DANG));
        calls.put("POST /api/events/days", ValidCall.as(ORGANISER).body(dayBody("FZ_NEVER_CREATED_DAY")));
        calls.put("PUT /api/events/days/{code}", ValidCall.as(ORGANISER).path("code", o.day())
                .header("If-Match", etagOf(ORGANISER, "/api/events/days/" + o.day())).body(dayBody(o.day())));
        calls.put("GET /api/events/days/{code}", ValidCall.as(ORGANISER).path("code", "BOOK_AND_READING_DAY"));
        calls.put("GET /api/events/public/calendar.ics", ValidCall.as(null).query("unit", DONG_DANG));
        calls.put("GET /api/events/public/lunar/{date}", ValidCall.as(null).path("date", "2026-02-17"));
        calls.put("GET /api/events/units/{code}", ValidCall.as(ADMIN).path("code", DONG_DANG));
        calls.put("GET /api/events/upcoming", ValidCall.as(ORGANISER).query("unit", DONG_DANG).query("days", 30));
        return calls;
    }

    private static List<ApiDocument.Operation> operationsTakingInput() {
        List<ApiDocument.Operation> operations = new ArrayList<>();
        DOCUMENTS.values().forEach(document -> document.operations().stream().filter(ApiDocument.Operation::takesInput)
                .forEach(operations::add));
        return operations;
    }

    private static ApiDocument documentOf(ApiDocument.Operation operation) {
        return DOCUMENTS.values().stream().filter(document -> document.operations().contains(operation)).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void everyOperationOfTheDocumentsThatTakesInputHasAValidCall() {
        Set<String> known = validCalls().keySet();
        List<String> operations = operationsTakingInput().stream().map(ApiDocument.Operation::key).toList();
        assertThat(operations).as("operations of /openapi/{plans,reporting,events} taking a body or parameters")
                .hasSizeGreaterThan(50);
        assertThat(known).as("a valid call for every operation taking input (add one for a new operation)")
                .containsAll(operations);
        assertThat(operations).as("valid calls of operations the documents no longer have").containsAll(known);
    }

    @Test
    @Order(2)
    void brokenInputIsRefusedCleanlyAndWritesNothing() {
        Map<String, ValidCall> calls = validCalls();
        List<String> failures = new ArrayList<>();
        Map<String, DatabaseRows.Table> before = databases.readWhenSettled();
        FIGURES.tablesCounted = before.size();
        long started = System.nanoTime();
        for (ApiDocument.Operation operation : operationsTakingInput()) {
            ValidCall call = withCurrentVersion(operation, calls.get(operation.key()));
            List<Input> inputs = new ArrayList<>(FuzzInputs.of(documentOf(operation), operation, call, PROPERTY_BUDGET));
            if (operation.bodies().containsKey(FuzzInputs.CSV)) {
                inputs.addAll(FuzzInputs.csvBodies(operation, call, "plan,unit,year,kind,indicator,target,value",
                        objects.issuedPlan() + "," + DONG_DANG + ",2026,ANNUAL,LIB_READER_VISITS,T01,1300"));
            }
            if (operation.bodies().containsKey(FuzzInputs.XLSX)) {
                inputs.addAll(FuzzInputs.xlsxBodies(operation, call, objects.valuesTemplate()));
            }
            FIGURES.operations++;
            long operationStarted = System.nanoTime();
            for (Input input : inputs) {
                Answer answer = send(input);
                FIGURES.count(answer.status());
                failures.addAll(judge(operation, input, answer));
            }
            FIGURES.secondsByOperation.put(operation.key() + " (" + inputs.size() + " inputs)",
                    (System.nanoTime() - operationStarted) / 1e9);
            Map<String, DatabaseRows.Table> after = databases.read();
            List<String> written = DatabaseRows.differences(before, after);
            if (!written.isEmpty()) {
                failures.add(operation.key() + " wrote while refusing broken input: " + written);
                // What it wrote travels on to the other services: not theirs to answer for.
                after = databases.readWhenSettled();
            }
            before = after;
        }
        FIGURES.refusalSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(failures).as("what fuzzing found (%d)", failures.size()).isEmpty();
    }

    /** Where odd text may go, and where it is read back: the same property at the same path. */
    private record TextTarget(String operation, String readPath, String table) {
    }

    @Test
    @Order(3)
    void oddButValidTextIsRefusedCleanlyOrKeptAsSentInNfcAndDoesNothingElse() {
        Map<String, ValidCall> calls = validCalls();
        List<String> failures = new ArrayList<>();
        RealObjects o = objects;
        List<TextTarget> targets = List.of(
                new TextTarget("PUT /api/plans/units/{code}", "/api/plans/units/" + o.unit(), "plans.unit"),
                new TextTarget("PUT /api/plans/indicators/{code}", "/api/plans/indicators/" + o.indicator(), "plans.indicator"),
                new TextTarget("PUT /api/plans/plans/{id}", "/api/plans/plans/" + o.draftPlan() + "/document", "plans.plan"),
                new TextTarget("PUT /api/reports/reports/{id}", "/api/reports/reports/" + o.report(), "reporting.report"),
                new TextTarget("POST /api/reports/requests", null, "reporting.report_request"),
                new TextTarget("PUT /api/events/activities/{id}", "/api/events/activities/" + o.activity(), "events.activity"),
                new TextTarget("PUT /api/events/days/{code}", "/api/events/days/" + o.day(), "events.commemorative_day"));
        long started = System.nanoTime();
        for (TextTarget target : targets) {
            ApiDocument.Operation operation = operationsTakingInput().stream()
                    .filter(candidate -> candidate.key().equals(target.operation())).findFirst().orElseThrow();
            ApiDocument document = documentOf(operation);
            ValidCall call = calls.get(target.operation());
            Map<String, DatabaseRows.Table> before = databases.read();
            assertThat(before).as("the table odd SQL names").containsKey(target.table());
            String table = target.table().substring(target.table().indexOf('.') + 1);
            List<String> texts = freeTexts(document, operation.bodies().get(FuzzInputs.JSON), call.body());
            int position = 0;
            for (String path : texts) {
                for (Mutations.Value odd : oddValuesFor(position++, table, document, operation, path)) {
                    ValidCall current = call;
                    if (call.headers().containsKey("If-Match")) {
                        current = call.header("If-Match", etagOf(call.caller(), target.readPath()));
                    }
                    Input input = new Input(path + ": " + odd.label(), path, false, operation.method(),
                            pathOf(operation, current), current.caller(), current.headers(), FuzzInputs.JSON,
                            FuzzInputs.withProperty(current.body(), path, odd));
                    Answer answer = send(input);
                    FIGURES.count(answer.status());
                    List<String> judged = judge(operation, input, answer);
                    failures.addAll(judged);
                    if (answer.status() / 100 == 2 && judged.isEmpty()) {
                        FIGURES.acceptedOdd++;
                        String readPath = target.readPath() != null ? target.readPath()
                                : URI.create(answer.header("Location")).getPath();
                        JsonNode stored = FuzzInputs.at(call(current.caller(), "GET", readPath, null, 200).json(), path);
                        String expected = Normalizer.normalize(Mutations.textOf(odd), Normalizer.Form.NFC);
                        if (!stored.isTextual() || !stored.asText().equals(expected)) {
                            failures.add(operation.key() + " " + input.label() + ": stored " + shorten(stored.toString())
                                    + ", not the text sent in NFC " + shorten(JSON.valueToTree(expected).toString()));
                        }
                    } else if (answer.status() / 100 == 4) {
                        FIGURES.refusedOdd++;
                    }
                }
            }
            Map<String, DatabaseRows.Table> after = databases.read();
            if (!after.keySet().equals(before.keySet())) {
                failures.add(operation.key() + " changed which tables exist: " + before.keySet() + " -> " + after.keySet());
            }
            if (after.get(target.table()) == null || after.get(target.table()).rows() < before.get(target.table()).rows()) {
                failures.add(operation.key() + " lost rows of " + target.table() + ", the table its odd SQL names: "
                        + before.get(target.table()) + " -> " + after.get(target.table()));
            }
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(databases.unsentEvents())
                .as("events the odd text caused, still in the outboxes (one too big to send holds back all after it)")
                .allSatisfy((database, unsent) -> assertThat(unsent).isZero()));
        FIGURES.oddSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(failures).as("what odd text found (%d)", failures.size()).isEmpty();
    }

    /** The free-text properties the valid body holds, by their paths. */
    private static List<String> freeTexts(ApiDocument document, JsonNode schema, JsonNode body) {
        List<String> paths = new ArrayList<>();
        collectFreeTexts(document, "", schema, body, paths);
        return paths;
    }

    private static void collectFreeTexts(ApiDocument document, String path, JsonNode schema, JsonNode value, List<String> paths) {
        String kind = Mutations.kindOf(schema);
        if (kind.equals("object") && value.isObject()) {
            schema.path("properties").fieldNames().forEachRemaining(name -> {
                if (value.has(name)) {
                    collectFreeTexts(document, path.isEmpty() ? name : path + "." + name,
                            document.property(schema, name).orElseThrow(), value.get(name), paths);
                }
            });
        } else if (kind.equals("array") && value.isArray() && !value.isEmpty()) {
            collectFreeTexts(document, path + "[0]", document.items(schema), value.get(0), paths);
        } else if (value.isTextual() && Mutations.isFreeText(schema, value)) {
            paths.add(path);
        }
    }

    /**
     * The odd values one free text gets: every kind on the first, the whole paragraph and one kind in turn on the
     * others, and a megabyte where no maximum length is declared (which is then odd, not wrong).
     */
    private static List<Mutations.Value> oddValuesFor(int position, String table, ApiDocument document,
            ApiDocument.Operation operation, String path) {
        List<Mutations.Value> kinds = Mutations.oddTexts(table);
        List<Mutations.Value> values = new ArrayList<>();
        if (position == 0) {
            values.addAll(kinds);
        } else {
            values.add(kinds.get(position % kinds.size()));
        }
        values.add(Mutations.oddParagraph(table));
        JsonNode schema = schemaAt(document, operation.bodies().get(FuzzInputs.JSON), path);
        if (!schema.has("maxLength")) {
            values.add(new Mutations.Value("1 MB of text (no maximum declared)",
                    JSON.valueToTree("Thư viện ".repeat(Mutations.MEGABYTE / 9)).toString()));
        }
        return values.stream().filter(value -> !schema.has("maxLength")
                || Mutations.textOf(value).length() <= schema.get("maxLength").asInt()).toList();
    }

    private static JsonNode schemaAt(ApiDocument document, JsonNode schema, String path) {
        JsonNode current = schema;
        for (String step : path.replace("[0]", ".[0]").split("\\.")) {
            if (step.equals("[0]")) {
                current = document.items(current);
            } else if (!step.isEmpty()) {
                current = document.property(current, step).orElseThrow();
            }
        }
        return current;
    }

    /**
     * The call with the version its object has now in If-Match: an input wrongly accepted by an earlier operation
     * must not turn this one's refusals into 412s.
     */
    private static ValidCall withCurrentVersion(ApiDocument.Operation operation, ValidCall call) {
        if (!call.headers().containsKey("If-Match")) {
            return call;
        }
        return call.header("If-Match", etagOf(call.caller(), objectPath(operation, call)));
    }

    /** The object an operation acts on: its path up to the last parameter ({@code /plans/7} of {@code /plans/7/issue}). */
    private static String objectPath(ApiDocument.Operation operation, ValidCall call) {
        String template = operation.path().substring(0, operation.path().lastIndexOf('}') + 1);
        for (Map.Entry<String, String> parameter : call.path().entrySet()) {
            template = template.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        return template;
    }

    private static String pathOf(ApiDocument.Operation operation, ValidCall call) {
        String path = operation.path();
        for (Map.Entry<String, String> parameter : call.path().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        return path;
    }

    /** What is wrong with {@code answer} to {@code input}, if anything. */
    private static List<String> judge(ApiDocument.Operation operation, Input input, Answer answer) {
        List<String> wrong = new ArrayList<>();
        String what = operation.key() + " [" + input.label() + "] answered " + answer.status();
        if (answer.status() >= 500) {
            FIGURES.serverErrors++;
            wrong.add(what + ": a server error: " + shorten(answer.text()));
        }
        String text = answer.body().length > 4 * Mutations.MEGABYTE ? "" : answer.text();
        if (LEAK.matcher(text).find()) {
            FIGURES.leaks++;
            wrong.add(what + " with something of the implementation in it: " + shorten(leakAround(text)));
        }
        if (input.mustBeRefused() && answer.status() < 400) {
            wrong.add(what + ": accepted");
        }
        if (answer.status() >= 400 && answer.status() < 500) {
            wrong.addAll(problemFaults(what, input, answer));
        }
        return wrong;
    }

    /**
     * A 4xx is a problem (RFC 9457) of its status; a 400 or 422 lists the fields at fault, and a 400 (a field that is
     * wrong in itself) names the one broken. A 422 may name another: a rule between fields (a target naming an
     * objective whose key was broken) is named where it is checked.
     */
    private static List<String> problemFaults(String what, Input input, Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return List.of(what + " as " + answer.contentType() + ", not application/problem+json: " + shorten(answer.text()));
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (IOException e) {
            return List.of(what + ": a problem that is not JSON: " + shorten(answer.text()));
        }
        List<String> wrong = new ArrayList<>();
        if (problem.path("status").asInt() != answer.status() || problem.path("title").asText().isBlank()) {
            wrong.add(what + ": a problem without its status or title: " + shorten(answer.text()));
        }
        List<String> named = new ArrayList<>();
        problem.path("errors").forEach(error -> named.add(error.path("field").asText()));
        if (answer.status() == 400 && input.field() != null && named.stream().noneMatch(field -> names(field, input.field()))) {
            wrong.add(what + ": the problem names " + named + ", not " + input.field());
        } else if ((answer.status() == 400 || answer.status() == 422) && (named.isEmpty() || named.contains(""))) {
            wrong.add(what + ": a " + answer.status() + " without the fields at fault: " + shorten(answer.text()));
        }
        return wrong;
    }

    /**
     * Whether an error's field names the input's: the same path, one inside the other ({@code targets[0]} for
     * {@code targets[0].values}), or the same property last ({@code document.title} for {@code title}).
     */
    static boolean names(String errorField, String inputField) {
        String error = errorField.replaceFirst("^\\$\\.?", "");
        String input = inputField.replaceFirst("^\\[0]\\.", "");
        error = error.replaceFirst("^\\[0]\\.", "");
        return !error.isEmpty() && (error.equals(input) || error.startsWith(input + ".") || error.startsWith(input + "[")
                || input.startsWith(error + ".") || input.startsWith(error + "[") || lastName(error).equals(lastName(input)));
    }

    private static String lastName(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.replaceAll("\\[\\d+]", "");
    }

    private static String leakAround(String text) {
        var matcher = LEAK.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        int from = Math.max(0, matcher.start() - 100);
        return text.substring(from, Math.min(text.length(), matcher.end() + 100));
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    // ---- Sending ----

    private static Answer send(Input input) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + input.pathAndQuery()))
                .timeout(Duration.ofSeconds(60));
        if (input.caller() != null) {
            request.header("Authorization", "Bearer " + tokenOf(input.caller()));
        }
        input.headers().forEach(request::header);
        if (input.contentType() != null) {
            request.header("Content-Type", input.contentType());
        }
        request.method(input.method(), input.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(input.body()));
        FIGURES.inputs++;
        return exchange(request.build());
    }

    /** One exchange; a 429 from the gateway's limits is waited out as its Retry-After says, then sent again. */
    private static Answer exchange(HttpRequest request) {
        HttpResponse<byte[]> response = RateLimitRetries.send(() -> {
            HttpResponse<byte[]> answer = sendOnce(request);
            if (answer.statusCode() == 429) {
                FIGURES.throttled++;
            }
            return answer;
        }, HttpResponse::statusCode, answer -> answer.headers().firstValue("Retry-After"), 11);
        Map<String, List<String>> headers = new HashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), headers);
    }

    private static HttpResponse<byte[]> sendOnce(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A call of the test itself (making objects, reading back), which must answer {@code expected}. */
    private static Answer call(String caller, String method, String path, JsonNode body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(60));
        if (caller != null) {
            request.header("Authorization", "Bearer " + tokenOf(caller));
        }
        if (body != null) {
            request.header("Content-Type", FuzzInputs.JSON);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(FuzzInputs.bytesOf(body)));
        Answer answer = exchange(request.build());
        if (answer.status() != expected) {
            throw new IllegalStateException(method + " " + path + " as " + caller + " answered " + answer.status() + ": "
                    + shorten(answer.text()));
        }
        return answer;
    }

    /** A caller's access token, fetched again well before it expires (the realm's live five minutes). */
    private static String tokenOf(String caller) {
        Token token = TOKENS.get(caller);
        if (token == null || System.nanoTime() - token.fetchedAt() > Duration.ofMinutes(2).toNanos()) {
            token = new Token(Keycloak.userToken(caller), System.nanoTime());
            TOKENS.put(caller, token);
        }
        return token.value();
    }

    // ---- Figures ----

    private static final class Figures {
        double setUpSeconds;
        double refusalSeconds;
        double oddSeconds;
        int operations;
        int inputs;
        int refused;
        int accepted;
        int acceptedOdd;
        int refusedOdd;
        int serverErrors;
        int leaks;
        int throttled;
        int tablesCounted;
        final Map<String, Double> secondsByOperation = new HashMap<>();

        void count(int status) {
            if (status >= 400 && status < 500) {
                refused++;
            } else if (status < 400) {
                accepted++;
            }
        }
    }

    @AfterAll
    static void printFigures() throws Exception {
        System.out.printf("Fuzzing: %d operations fuzzed (of %d taking input), %d inputs sent: %d refused (4xx), "
                        + "%d accepted (2xx/3xx; odd but valid text kept as sent: %d, odd text refused: %d), %d server errors, "
                        + "%d answers showing the implementation; %d tables counted in %s; %d answers 429 waited out; "
                        + "set-up %.1f s, broken input %.1f s, odd text %.1f s%n",
                FIGURES.operations, operationsTakingInput().size(), FIGURES.inputs, FIGURES.refused, FIGURES.accepted,
                FIGURES.acceptedOdd, FIGURES.refusedOdd, FIGURES.serverErrors, FIGURES.leaks, FIGURES.tablesCounted, DATABASES,
                FIGURES.throttled, FIGURES.setUpSeconds, FIGURES.refusalSeconds, FIGURES.oddSeconds);
        FIGURES.secondsByOperation.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                .forEach(slow -> System.out.printf("  slowest: %s %.1f s%n", slow.getKey(), slow.getValue()));
        if (databases != null) {
            databases.close();
        }
    }
}
