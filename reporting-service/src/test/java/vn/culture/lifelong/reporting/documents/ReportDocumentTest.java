package vn.culture.lifelong.reporting.documents;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitObligations;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitUnits;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.one;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.under;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.reporting.ReportingWorld;
import vn.culture.lifelong.reporting.SettableClock;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Plan;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * A commune's report and a province's consolidated report as the documents officers sign: read back with PDFBox and
 * Apache POI, their texts and table cells asserted, Vietnamese letters intact, fonts embedded; and refused to those
 * who may not read the report.
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class ReportDocumentTest {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Every letter Vietnamese adds to the Latin alphabet, small and capital. */
    private static final String LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
            + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    SettableClock clock;

    @Inject
    IndicatorViewRepository indicators;

    private ReportingWorld world;
    private Unit province;
    private Unit commune;
    private Unit otherCommune;
    private Plan plan;
    private long report;

    @BeforeEach
    void fileAReport() {
        clock.set(Instant.parse("2026-11-20T03:00:00Z"));
        world = new ReportingWorld(bootstrapServers);
        province = world.unit("Tỉnh Lạng Sơn Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        commune = world.unit("Xã Đồng Đăng Thử", "PEOPLES_COMMITTEE", "COMMUNE", province);
        Unit culturalHouse = world.unit("Nhà văn hóa thôn Pò Kéo", "CULTURAL_HOUSE", "VILLAGE", commune);
        otherCommune = world.unit("Xã Khánh Khê Thử", "PEOPLES_COMMITTEE", "COMMUNE", province);
        String visits = world.indicator("NUMBER");
        String internet = world.indicator("YES_NO");
        awaitUnits(province, commune, culturalHouse, otherCommune);
        await().atMost(ReportingWorld.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> indicators.count("code in ?1", List.of(visits, internet)) == 2));
        plan = new Plan(province, 2026, 2026)
                .target("T01", visits, "ABSOLUTE", under(province, null, "COMMUNE"), 1_000, null)
                .target("T02", internet, "COVERAGE", under(province, "CULTURAL_HOUSE", null), 100, null)
                .task("NV01", "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam", one(province), List.of(under(province, null, "COMMUNE")))
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(province), List.of(under(province, null, "COMMUNE")));
        world.issue(plan);
        awaitObligations(plan.id, 2);
        long obligation = reporter(commune).queryParam("plan", plan.id).queryParam("unit", commune.code())
                .get("/api/reports/obligations").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        report = reporter(commune).body(Map.of("obligationId", obligation)).post("/api/reports/reports").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> visitsLine = new LinkedHashMap<>(Map.of("target", "T01", "unitCode", commune.code(), "value", 1250));
        Map<String, Object> internetLine = new LinkedHashMap<>(Map.of("target", "T02", "unitCode", culturalHouse.code(), "value", true));
        reporter(commune).body(Map.of("lines", List.of(visitsLine, internetLine),
                "tasks", List.of(Map.of("task", "NV01", "progress", "DONE", "note", "Tuần lễ 19–23/4")),
                "results", "Hoàn thành các chỉ tiêu chính.\nChữ Việt đủ dấu: " + LETTERS,
                "difficulties", "Kinh phí hạn hẹp", "proposals", "Đề nghị bổ sung đầu sách"))
                .put("/api/reports/reports/{id}", report).then().statusCode(200);
        reporter(commune).post("/api/reports/reports/{id}/submit", report).then().statusCode(200);
    }

    @AfterEach
    void closeWorld() {
        world.close();
        clock.reset();
    }

    private static RequestSpecification reporter(Unit unit) {
        return given().auth().oauth2(TestTokens.forRole("reporter", unit.code())).contentType(ContentType.JSON);
    }

    private static RequestSpecification reviewer(Unit unit) {
        return given().auth().oauth2(TestTokens.forRole("reviewer", unit.code())).contentType(ContentType.JSON);
    }

    @Test
    void theReportAsPdfIsADecree30DocumentWithEveryLetterAndItsFontsEmbedded() throws IOException {
        Response answer = reporter(commune).accept(PDF).get("/api/reports/reports/{id}/document", report);
        answer.then().statusCode(200).contentType(PDF);
        assertThat(answer.header("Content-Disposition")).startsWith("attachment; filename=\"").contains(".pdf")
                .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o");

        try (PDDocument pdf = Loader.loadPDF(answer.asByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replace("\r", "");
            // Long lines wrap where the page ends them; the motto must not.
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
            assertThat(text.replaceAll("\\s", "")).contains(LETTERS);
            text = text.replaceAll("\\s+", " ");
            String planNumber = reporter(commune).get("/api/reports/reports/{id}", report).jsonPath().getString("planNumber");
            assertThat(text).contains("ỦY BAN NHÂN DÂN", "XÃ ĐỒNG ĐĂNG THỬ", "/BC-UBND",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Đồng Đăng Thử, ngày 20 tháng 11 năm 2026",
                    "BÁO CÁO", "Kết quả thực hiện Kế hoạch số " + planNumber + " năm 2026",
                    "KHÓ KHĂN, VƯỚNG MẮC", "Kinh phí hạn hẹp", "ĐỀ XUẤT, KIẾN NGHỊ",
                    "Nơi nhận:", "- Tỉnh Lạng Sơn Thử (để báo cáo);", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
            // The letterhead comes before the title, the title before the body, the body before the recipients.
            assertThat(text.indexOf("CỘNG HÒA")).isLessThan(text.indexOf("BÁO CÁO"));
            assertThat(text.indexOf("BÁO CÁO")).isLessThan(text.indexOf("KẾT QUẢ THỰC HIỆN"));
            assertThat(text.indexOf("ĐỀ XUẤT, KIẾN NGHỊ")).isLessThan(text.indexOf("Nơi nhận:"));
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @Test
    void theReportAsDocxHoldsTheLetterheadTheFiguresAndTheTasksInTables() throws IOException {
        Response answer = reporter(commune).queryParam("format", "docx").get("/api/reports/reports/{id}/document", report);
        answer.then().statusCode(200).contentType(DOCX);

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(answer.asByteArray()))) {
            List<XWPFTable> tables = docx.getTables();
            assertThat(tables.get(0).getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN", "XÃ ĐỒNG ĐĂNG THỬ", "Số:");
            assertThat(tables.get(0).getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "ngày 20 tháng 11 năm 2026");

            XWPFTable figures = tables.get(1);
            assertThat(cells(figures.getRow(0))).containsExactly("STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm", "Thực hiện", "Đánh giá");
            XWPFTableRow visits = figures.getRows().stream().filter(row -> row.getCell(1).getText().startsWith("T01"))
                    .findFirst().orElseThrow();
            assertThat(cells(visits).subList(2, 6)).containsExactly("Xã Đồng Đăng Thử", "≥ 1.000 lượt", "1.250 lượt", "Đạt");
            XWPFTableRow internet = figures.getRows().stream().filter(row -> row.getCell(1).getText().startsWith("T02"))
                    .findFirst().orElseThrow();
            assertThat(cells(internet).subList(2, 6)).containsExactly("Nhà văn hóa thôn Pò Kéo", "≥ 100%", "Có", "Đạt");

            XWPFTable tasks = tables.get(2);
            assertThat(cells(tasks.getRow(1))).containsExactly("1", "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam",
                    "Hoàn thành", "Tuần lễ 19–23/4");
            assertThat(tables.get(3).getRow(0).getCell(0).getText()).contains("Nơi nhận:", "Tỉnh Lạng Sơn Thử (để báo cáo);");
            assertThat(docx.getParagraphs()).anySatisfy(paragraph -> {
                assertThat(paragraph.getText()).isEqualTo("BÁO CÁO");
                assertThat(paragraph.getRuns().get(0).isBold()).isTrue();
                assertThat(paragraph.getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
            });
        }
    }

    @Test
    void anotherUnitGetsNoDocumentAndAnUnofferedFormatIsNamed() {
        reporter(otherCommune).accept(PDF).get("/api/reports/reports/{id}/document", report).then().statusCode(404)
                .contentType("application/problem+json");
        reporter(commune).queryParam("format", "xlsx").get("/api/reports/reports/{id}/document", report).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        reporter(commune).accept(ContentType.JSON).get("/api/reports/reports/{id}/document", report).then().statusCode(406);
        reporter(otherCommune).queryParam("year", 2026).queryParam("kind", "ANNUAL").queryParam("unit", commune.code())
                .get("/api/reports/plans/{plan}/consolidated-report", plan.id).then().statusCode(403);
    }

    @Test
    void theProvincesConsolidatedReportAddsUpItsCommunesAndTellsWhoReported() throws IOException {
        reviewer(province).post("/api/reports/reports/{id}/accept", report).then().statusCode(200);

        Response pdfAnswer = reviewer(province).queryParam("year", 2026).queryParam("kind", "ANNUAL").accept(PDF)
                .get("/api/reports/plans/{plan}/consolidated-report", plan.id);
        pdfAnswer.then().statusCode(200).contentType(PDF);
        try (PDDocument pdf = Loader.loadPDF(pdfAnswer.asByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN THỬ", "Tổng hợp kết quả thực hiện Kế hoạch số",
                    "TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", "Xã Khánh Khê Thử", "Tổng cộng");
        }

        Response docxAnswer = reviewer(province).queryParam("year", 2026).queryParam("kind", "ANNUAL")
                .queryParam("format", "docx").get("/api/reports/plans/{plan}/consolidated-report", plan.id);
        docxAnswer.then().statusCode(200).contentType(DOCX);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(docxAnswer.asByteArray()))) {
            XWPFTable figures = docx.getTables().get(1);
            XWPFTableRow visits = figures.getRows().stream().filter(row -> row.getCell(1).getText().startsWith("T01"))
                    .findFirst().orElseThrow();
            assertThat(cells(visits).subList(2, 5)).containsExactly("≥ 1.000 lượt", "1.250 lượt", "Đạt");
            XWPFTable completeness = docx.getTables().get(3);
            XWPFTableRow reported = completeness.getRows().stream()
                    .filter(row -> row.getCell(1).getText().equals("Xã Đồng Đăng Thử")).findFirst().orElseThrow();
            assertThat(cells(reported).subList(2, 8)).containsExactly("1", "1", "1", "0", "0", "100%");
            XWPFTableRow silent = completeness.getRows().stream()
                    .filter(row -> row.getCell(1).getText().equals("Xã Khánh Khê Thử")).findFirst().orElseThrow();
            assertThat(cells(silent).subList(2, 8)).containsExactly("1", "0", "0", "0", "1", "0%");
            XWPFTableRow total = completeness.getRows().get(completeness.getRows().size() - 1);
            assertThat(cells(total).subList(1, 8)).containsExactly("Tổng cộng", "2", "1", "1", "0", "1", "50%");
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText()).toList();
    }
}
