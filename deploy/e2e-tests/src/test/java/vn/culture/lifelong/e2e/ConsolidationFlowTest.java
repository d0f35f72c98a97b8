package vn.culture.lifelong.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.culture.lifelong.e2e.Keycloak.as;
import static vn.culture.lifelong.e2e.Keycloak.asProvincialSystem;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.DemoData;
import vn.culture.lifelong.stack.LocalStack;

/**
 * Figures adding up through the gateway with real Keycloak tokens, a real broker and real databases: communes of Lạng
 * Sơn report on a plan of the province and are accepted, and the province's consolidated values and the plan's
 * progress come out of their figures; Cần Thơ's provincial system pushes its communes' figures in bulk, and pushing
 * them again changes nothing.
 */
class ConsolidationFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String LANG_SON = "20";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CAN_THO = "92";
    private static final String DONG_DANG = "06184";
    /** Two more communes (phường, xã) of Lạng Sơn, and three of Cần Thơ, in the 2025 reference tree. */
    private static final String DONG_KINH = "05977";
    private static final String DOAN_KET = "06001";
    private static final List<String> OF_CAN_THO = List.of("31120", "31135", "31147");
    private static LocalStack stack;
    private static String gateway;

    @BeforeAll
    static void startStackWithTheReferenceUnits() {
        stack = Stack.get();
        gateway = stack.gatewayUrl();
        DemoData.asDemoAdministrator(stack).orElseThrow().load();
    }

    @Test
    void communesOfLangSonReportAndTheProvincesValuesAndProgressComeOutOfTheirFigures() {
        long plan = IssuedPlans.issue(gateway, "planner.langson", LANG_SON, List.of(
                IssuedPlans.target("T01", "LIB_BOOKS_ADDED", "ABSOLUTE", IssuedPlans.unit(LANG_SON), 500, null,
                        "Bổ sung 500 bản sách cho thư viện, phòng đọc xã năm 2026"),
                IssuedPlans.target("T02", "LIB_COMMUNE_READING_ROOM", "COUNT_OUT_OF_TOTAL",
                        Map.of("unit", LANG_SON, "subtree", true, "kind", "PEOPLES_COMMITTEE", "level", "COMMUNE"), 3, 65,
                        "03/65 xã, phường có phòng đọc sách năm 2026")));
        // Every commune of Lạng Sơn owes its report once the service knows them all (they arrive in any order).
        await().atMost(PATIENCE).until(() -> as("reviewer.langson").queryParam("plan", plan)
                .get(gateway + "/api/reports/obligations").then().statusCode(200).extract().jsonPath().getInt("totalItems") == 65);

        // Đồng Đăng's reporter; the two other communes' reports are filled by the demo administrator in their stead.
        long dongDang = submit("reporter.dongdang", plan, DONG_DANG, 200, true);
        long dongKinh = submit("admin.demo", plan, DONG_KINH, 150, true);
        long doanKet = submit("admin.demo", plan, DOAN_KET, 180, false);
        JsonPath beforeAcceptance = values("LIB_BOOKS_ADDED", plan, Map.of());
        assertThat(beforeAcceptance.getString("value")).as("nothing accepted yet").isNull();
        assertThat(values("LIB_BOOKS_ADDED", plan, Map.of("include", "submitted")).getInt("value")).isEqualTo(530);
        for (long report : List.of(dongDang, dongKinh, doanKet)) {
            as("reviewer.langson").post(gateway + "/api/reports/reports/{id}/accept", report).then().statusCode(200);
        }

        JsonPath books = values("LIB_BOOKS_ADDED", plan, Map.of());
        assertThat(books.getInt("value")).isEqualTo(530);
        assertThat(books.getInt("unitsReported")).isEqualTo(3);
        assertThat(books.getLong("unitsExpected")).as("every commune of Lạng Sơn owes its share").isEqualTo(65);
        assertThat(books.getInt("children.items.find { it.unitCode == '" + DONG_DANG + "' }.value")).isEqualTo(200);
        String href = books.getString("children.items.find { it.unitCode == '" + DONG_DANG + "' }.href");
        as("reviewer.langson").get(gateway + href).then().statusCode(200).body("unitCode", equalTo(DONG_DANG))
                .body("value", equalTo(200));
        JsonPath readingRooms = values("LIB_COMMUNE_READING_ROOM", plan, Map.of());
        assertThat(readingRooms.getDouble("value")).as("2 of the 65 communes, in percent").isEqualTo(3.08);

        JsonPath progress = as("reviewer.langson").queryParam("year", 2026)
                .get(gateway + "/api/reports/plans/{id}/progress", plan).then().statusCode(200).extract().jsonPath();
        assertThat(progress.getString("targets.find { it.target == 'T01' }.status")).isEqualTo("MET");
        assertThat(progress.getInt("targets.find { it.target == 'T01' }.actual")).isEqualTo(530);
        assertThat(progress.getString("targets.find { it.target == 'T02' }.status")).as("2 of the 3 asked for").isEqualTo("NOT_MET");
        assertThat(progress.getInt("targets.find { it.target == 'T02' }.actual")).isEqualTo(2);
        assertThat(progress.getInt("targets.find { it.target == 'T02' }.outOf")).isEqualTo(65);

        // Cần Thơ's callers read none of Lạng Sơn's figures.
        as("viewer.cantho").queryParam("indicator", "LIB_BOOKS_ADDED").queryParam("unit", LANG_SON).queryParam("year", 2026)
                .queryParam("kind", "ANNUAL").get(gateway + "/api/reports/values").then().statusCode(403)
                .contentType("application/problem+json");
        as("viewer.cantho").get(gateway + "/api/reports/plans/{id}/progress", plan).then().statusCode(403);
    }

    @Test
    void aProvincialSystemsBulkImportLandsAndASecondIdenticalOneChangesNothing() {
        long plan = IssuedPlans.issue(gateway, "planner.cantho", CAN_THO, List.of(
                IssuedPlans.target("T01", "LIB_BOOKS_ADDED", "ABSOLUTE", IssuedPlans.unit(CAN_THO), 29_000, null,
                        "Năm 2026: bổ sung 29.000 bản sách")));
        // Until reporting-service knows the three communes (404 until then; they arrive in any order, and the plan's
        // obligations are derived again as each does) and each owes the plan's report.
        await().atMost(PATIENCE).ignoreExceptions().until(() -> OF_CAN_THO.stream().allMatch(commune -> as("admin.demo")
                .queryParam("plan", plan).queryParam("unit", commune).get(gateway + "/api/reports/obligations").then()
                .statusCode(200).extract().jsonPath().getInt("totalItems") == 1));
        StringBuilder csv = new StringBuilder("plan,unit,year,kind,indicator,value\n");
        for (int i = 0; i < OF_CAN_THO.size(); i++) {
            csv.append(plan).append(',').append(OF_CAN_THO.get(i)).append(",2026,ANNUAL,LIB_BOOKS_ADDED,").append(1_000 * (i + 1))
                    .append('\n');
        }

        asProvincialSystem().contentType("text/csv").body(csv.toString()).post(gateway + "/api/reports/data-values")
                .then().statusCode(200).body("imported", equalTo(3)).body("refused", equalTo(0)).body("written", equalTo(true));
        asProvincialSystem().contentType("text/csv").body(csv.toString()).post(gateway + "/api/reports/data-values")
                .then().statusCode(200).body("unchanged", equalTo(3)).body("imported", equalTo(0)).body("updated", equalTo(0));
        asProvincialSystem().body(Map.of("values", List.of(Map.of("plan", plan,
                        "unit", OF_CAN_THO.get(0), "year", 2026, "kind", "ANNUAL", "indicator", "LIB_BOOKS_ADDED", "value", 1_100))))
                .post(gateway + "/api/reports/data-values?dryRun=true").then().statusCode(200)
                .body("updated", equalTo(1)).body("written", equalTo(false));

        long report = as("admin.demo").queryParam("plan", plan).queryParam("unit", OF_CAN_THO.get(0))
                .get(gateway + "/api/reports/obligations").then().statusCode(200).extract().jsonPath().getLong("items[0].reportId");
        JsonPath draft = as("admin.demo").get(gateway + "/api/reports/reports/{id}", report).then().statusCode(200)
                .body("status", equalTo("DRAFT")).extract().jsonPath();
        assertThat(draft.getDouble("lines[0].value")).as("the dry run wrote nothing").isEqualTo(1_000.0);
        assertThat(as("admin.demo").get(gateway + "/api/reports/reports/{id}/history", report).then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.action == 'CHANGED' }.newValue", String.class)).containsExactly("1000");

        // Another province's commune is not the provincial system's to write: the whole import is refused.
        asProvincialSystem().body(Map.of("values", List.of(Map.of("plan", plan,
                        "unit", DONG_DANG, "year", 2026, "kind", "ANNUAL", "indicator", "LIB_BOOKS_ADDED", "value", 5))))
                .post(gateway + "/api/reports/data-values").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("values[0].unit"));
    }

    @Test
    void theFiguresLeaveAsASpreadsheetTheReportAsADocumentToSignAndTheProvincesAsItsConsolidatedReport() throws IOException {
        long plan = IssuedPlans.issue(gateway, "planner.langson", LANG_SON, List.of(
                IssuedPlans.target("T01", "LIB_BOOKS_ADDED", "ABSOLUTE", IssuedPlans.unit(LANG_SON), 100, null,
                        "Bổ sung 100 bản sách cho thư viện, phòng đọc xã năm 2026"),
                IssuedPlans.target("T02", "LIB_COMMUNE_READING_ROOM", "COUNT_OUT_OF_TOTAL",
                        Map.of("unit", LANG_SON, "subtree", true, "kind", "PEOPLES_COMMITTEE", "level", "COMMUNE"), 3, 65,
                        "03/65 xã, phường có phòng đọc sách năm 2026")));
        await().atMost(PATIENCE).until(() -> as("reviewer.langson").queryParam("plan", plan)
                .get(gateway + "/api/reports/obligations").then().statusCode(200).extract().jsonPath().getInt("totalItems") == 65);
        long report = submit("reporter.dongdang", plan, DONG_DANG, 120, true);
        as("reviewer.langson").post(gateway + "/api/reports/reports/{id}/accept", report).then().statusCode(200);

        // Through the gateway, as the officers download them: the province's breakdown as XLSX…
        byte[] spreadsheet = as("reviewer.langson").queryParam("indicator", "LIB_BOOKS_ADDED").queryParam("unit", LANG_SON)
                .queryParam("year", 2026).queryParam("kind", "ANNUAL").queryParam("plan", plan).queryParam("format", "xlsx")
                .get(gateway + "/api/reports/values").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(spreadsheet));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            Row province = all.stream().filter(row -> LANG_SON.equals(row.getCellText(0))).findFirst().orElseThrow();
            assertThat(province.getCellAsNumber(4)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("120"));
            Row dongDang = all.stream().filter(row -> DONG_DANG.equals(row.getCellText(0))).findFirst().orElseThrow();
            assertThat(dongDang.getCellText(1)).isEqualTo("Xã Đồng Đăng");
            assertThat(dongDang.getCellAsNumber(4)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("120"));
            assertThat(all.stream().filter(row -> row.getCellText(0).matches("\\d{5}")).count())
                    .as("every commune of Lạng Sơn, reported or not").isEqualTo(65);
        }

        // …Đồng Đăng's report as the PDF its chairman signs…
        byte[] pdf = as("reporter.dongdang").accept("application/pdf").get(gateway + "/api/reports/reports/{id}/document", report)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ỦY BAN NHÂN DÂN XÃ ĐỒNG ĐĂNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "- Tỉnh Lạng Sơn (để báo cáo);", "TM. ỦY BAN NHÂN DÂN");
        }
        as("viewer.cantho").accept("application/pdf").get(gateway + "/api/reports/reports/{id}/document", report)
                .then().statusCode(404).contentType("application/problem+json");
        as("viewer.cantho").queryParam("year", 2026).queryParam("kind", "ANNUAL").queryParam("unit", LANG_SON)
                .get(gateway + "/api/reports/plans/{id}/consolidated-report", plan).then().statusCode(403);

        // …and the province's consolidated report as DOCX, its figure judged across plans (the other test's count too).
        byte[] docx = as("reviewer.langson").queryParam("year", 2026).queryParam("kind", "ANNUAL").queryParam("format", "docx")
                .get(gateway + "/api/reports/plans/{id}/consolidated-report", plan).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getTables().get(0).getRow(0).getCell(0).getText()).contains("TỈNH LẠNG SƠN");
            assertThat(document.getTables().get(1).getRow(1).getCell(1).getText()).startsWith("T01");
            assertThat(document.getTables().get(1).getRow(1).getCell(3).getText()).matches("\\d[\\d.]* .+");
            assertThat(document.getTables().get(1).getRow(1).getCell(4).getText()).isEqualTo("Đạt");
        }
    }

    /** The commune's report on the plan, laid out, filled and submitted by {@code username}; its id. */
    private static long submit(String username, long plan, String commune, int booksAdded, boolean readingRoom) {
        long obligation = await().atMost(PATIENCE).ignoreExceptions().until(() -> as(username).queryParam("plan", plan).queryParam("unit", commune)
                .get(gateway + "/api/reports/obligations").then().statusCode(200).extract().jsonPath(),
                page -> page.getInt("totalItems") == 1).getLong("items[0].id");
        long report = as(username).body(Map.of("obligationId", obligation)).post(gateway + "/api/reports/reports").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(username).body(Map.of("lines", List.of(
                        Map.of("target", "T01", "unitCode", commune, "value", booksAdded),
                        Map.of("target", "T02", "unitCode", commune, "value", readingRoom)),
                        "tasks", List.of(Map.of("task", "NV01", "progress", "DONE"))))
                .put(gateway + "/api/reports/reports/{id}", report).then().statusCode(200);
        as(username).post(gateway + "/api/reports/reports/{id}/submit", report).then().statusCode(200);
        return report;
    }

    private static JsonPath values(String indicator, long plan, Map<String, Object> more) {
        return as("reviewer.langson").queryParam("indicator", indicator).queryParam("unit", LANG_SON).queryParam("year", 2026)
                .queryParam("kind", "ANNUAL").queryParam("plan", plan).queryParams(more)
                .get(gateway + "/api/reports/values").then().statusCode(200).extract().jsonPath();
    }
}
