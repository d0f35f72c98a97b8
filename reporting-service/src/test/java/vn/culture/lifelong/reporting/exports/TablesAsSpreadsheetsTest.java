package vn.culture.lifelong.reporting.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitObligations;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitUnits;
import static vn.culture.lifelong.reporting.Spreadsheet.FILTER;
import static vn.culture.lifelong.reporting.Spreadsheet.FIRST_DATA;
import static vn.culture.lifelong.reporting.Spreadsheet.TITLE;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.one;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.under;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.reporting.ReportingWorld;
import vn.culture.lifelong.reporting.Spreadsheet;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Plan;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * The tables that answer JSON, asked for as spreadsheets (by Accept or by ?format=xlsx): title and filter rows,
 * Vietnamese headers, a frozen header, typed and formatted cells, the same figures as the JSON answer, the whole of
 * what a JSON page shows a page of; and refusals as problems, not as empty files.
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class TablesAsSpreadsheetsTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String INTEGER = "#,##0";
    private static final String DECIMAL = "#,##0.##";
    private static final String PERCENT = "0.0%";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    IndicatorViewRepository indicators;

    private ReportingWorld world;
    private Unit nation;
    private Unit province;
    private Unit communeA;
    private Unit communeB;
    private Unit houseA;
    private Unit houseB;
    private Unit otherProvince;
    private String visits;
    private String internet;
    private String share;
    private Plan plan;

    /** A province whose commune A reported (accepted) and commune B did not, and a province beside it. */
    @BeforeEach
    void buildWorld() {
        world = new ReportingWorld(bootstrapServers);
        nation = world.unit("Bộ Văn hóa Bảng Tính", "DEPARTMENT", "CENTRAL", null);
        province = world.unit("Tỉnh Bảng Tính", "PEOPLES_COMMITTEE", "PROVINCE", nation);
        communeA = world.unit("Xã A Bảng Tính", "PEOPLES_COMMITTEE", "COMMUNE", province);
        communeB = world.unit("Xã B Bảng Tính", "PEOPLES_COMMITTEE", "COMMUNE", province);
        houseA = world.unit("Nhà văn hóa thôn A Bảng Tính", "CULTURAL_HOUSE", "VILLAGE", communeA);
        houseB = world.unit("Nhà văn hóa thôn B Bảng Tính", "CULTURAL_HOUSE", "VILLAGE", communeB);
        otherProvince = world.unit("Tỉnh Khác Bảng Tính", "PEOPLES_COMMITTEE", "PROVINCE", nation);
        visits = world.indicator("NUMBER");
        internet = world.indicator("YES_NO");
        share = world.indicator("RATIO");
        awaitUnits(nation, province, communeA, communeB, houseA, houseB, otherProvince);
        await().atMost(ReportingWorld.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> indicators.count("code in ?1", List.of(visits, internet, share)) == 3));
        plan = new Plan(province, 2026, 2026)
                .target("T01", visits, "ABSOLUTE", under(province, null, "COMMUNE"), 150, null)
                .target("T02", internet, "COVERAGE", under(province, "CULTURAL_HOUSE", null), 100, null)
                .target("T03", share, "SHARE_OF_POPULATION", under(province, null, "COMMUNE"), 15, 20)
                .clearTasks()
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(province), List.of(under(province, null, "COMMUNE")));
        world.issue(plan);
        awaitObligations(plan.id, 2);
        long report = submit(communeA, List.of(
                Map.of("target", "T01", "unitCode", communeA.code(), "value", 100),
                Map.of("target", "T02", "unitCode", houseA.code(), "value", true),
                Map.of("target", "T03", "unitCode", communeA.code(), "numerator", 30, "denominator", 100)));
        as("reviewer", province).post("/api/reports/reports/{id}/accept", report).then().statusCode(200);
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    @Test
    void consolidatedValuesComeAsTheWholeBreakdownInTreeOrder() {
        Map<String, Object> asked = Map.of("indicator", internet, "unit", province.code(), "year", 2026, "kind", "ANNUAL");
        byte[] file = as("viewer", province).accept(XLSX).queryParams(asked).get("/api/reports/values").then()
                .statusCode(200).contentType(XLSX).header("Content-Disposition", containsString("attachment"))
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        JsonPath json = as("viewer", province).queryParams(asked).get("/api/reports/values").then().statusCode(200)
                .extract().jsonPath();
        Spreadsheet sheet = Spreadsheet.of(file);

        assertThat(sheet.text(TITLE, 0)).startsWith("Giá trị tổng hợp").contains(internet);
        assertThat(sheet.text(FILTER, 0)).contains(province.name()).contains("năm 2026")
                .contains("báo cáo đã được chấp nhận");
        assertThat(sheet.header()).containsExactly("Mã đơn vị", "Tên đơn vị", "Cấp", "Tầng", "Giá trị (%)",
                "Số đơn vị đã báo cáo", "Số đơn vị phải báo cáo");
        assertThat(sheet.headerFrozen()).isTrue();
        // The province, then each commune followed by its cultural house: the houses are the units expected.
        assertThat(sheet.column(0)).containsExactly(province.code(), communeA.code(), houseA.code(), communeB.code(),
                houseB.code());
        assertThat(sheet.column(3)).containsExactly("0", "1", "2", "1", "2");
        assertThat(sheet.column(2)).containsExactly("Tỉnh", "Xã", "Thôn", "Xã", "Thôn");

        Cell total = sheet.cell(FIRST_DATA, 4);
        assertThat(total.getType()).isEqualTo(CellType.NUMBER);
        assertThat(total.getDataFormatString()).isEqualTo(PERCENT);
        assertThat(total.asNumber()).isEqualByComparingTo(percentOf(json.getDouble("value")));
        assertThat(json.getDouble("value")).isEqualTo(50.0);
        assertThat(sheet.cell(FIRST_DATA, 5).asNumber().intValue()).isEqualTo(json.getInt("unitsReported"));
        assertThat(sheet.cell(FIRST_DATA, 6).asNumber().intValue()).isEqualTo(json.getInt("unitsExpected")).isEqualTo(2);
        assertThat(sheet.cell(FIRST_DATA, 6).getDataFormatString()).isEqualTo(INTEGER);
        for (String child : List.of(communeA.code(), communeB.code())) {
            int row = sheet.rowWhere(0, child).orElseThrow();
            String inJson = "children.items.find { it.unitCode == '" + child + "' }";
            Number value = json.get(inJson + ".value");
            Cell cell = sheet.cell(row, 4);
            if (value == null) {
                assertThat(cell == null || cell.getType() == CellType.EMPTY).as(child).isTrue();
            } else {
                assertThat(cell.asNumber()).as(child).isEqualByComparingTo(percentOf(value.doubleValue()));
            }
            assertThat(sheet.cell(row, 5).asNumber().intValue()).isEqualTo(json.getInt(inJson + ".unitsReported"));
            assertThat(sheet.cell(row, 6).asNumber().intValue()).isEqualTo(json.getInt(inJson + ".unitsExpected"));
        }
        assertThat(sheet.cell(sheet.rowWhere(0, houseA.code()).orElseThrow(), 4).asNumber()).isEqualByComparingTo("1");
    }

    @Test
    void theWholeCountryForAnAdminListsOnlyTheUnitsThatCountBelowTheTopLevel() {
        byte[] file = as("admin", nation).queryParam("indicator", visits).queryParam("unit", "VN").queryParam("year", 2026)
                .queryParam("kind", "ANNUAL").queryParam("format", "xlsx").get("/api/reports/values").then()
                .statusCode(200).contentType(XLSX).extract().asByteArray();
        JsonPath json = as("admin", nation).queryParam("indicator", visits).queryParam("unit", "VN")
                .queryParam("year", 2026).queryParam("kind", "ANNUAL").get("/api/reports/values").then().statusCode(200)
                .extract().jsonPath();
        Spreadsheet sheet = Spreadsheet.of(file);

        assertThat(sheet.header().get(4)).isEqualTo("Giá trị (lượt)");
        assertThat(sheet.text(FIRST_DATA, 0)).isEqualTo("VN");
        assertThat(sheet.text(FIRST_DATA, 1)).isEqualTo("Cả nước");
        assertThat(sheet.cell(FIRST_DATA, 4).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(json.getDouble("value")))
                .isEqualByComparingTo("100");
        assertThat(sheet.cell(FIRST_DATA, 4).getDataFormatString()).isEqualTo(DECIMAL);
        int atNation = sheet.rowWhere(0, nation.code()).orElseThrow();
        int atProvince = sheet.rowWhere(0, province.code()).orElseThrow();
        int atA = sheet.rowWhere(0, communeA.code()).orElseThrow();
        int atB = sheet.rowWhere(0, communeB.code()).orElseThrow();
        assertThat(List.of(atNation, atProvince, atA, atB)).isSorted();
        assertThat(atA).isEqualTo(atProvince + 1);
        assertThat(List.of(sheet.text(atNation, 3), sheet.text(atProvince, 3), sheet.text(atA, 3), sheet.text(atB, 3)))
                .containsExactly("1", "2", "3", "3");
        assertThat(sheet.cell(atA, 4).asNumber()).isEqualByComparingTo("100");
        assertThat(sheet.cell(atB, 6).asNumber().intValue()).isEqualTo(1);
        // Below the top level, a unit nothing was expected of and nobody reported under is left out.
        assertThat(sheet.rowWhere(0, otherProvince.code())).isEmpty();
        assertThat(sheet.rowWhere(0, houseA.code())).isEmpty();
    }

    @Test
    void anotherProvincesTreeIsRefusedAsAProblemNotAnEmptyFile() {
        as("viewer", otherProvince).accept(XLSX).queryParam("indicator", visits).queryParam("unit", province.code())
                .queryParam("year", 2026).queryParam("kind", "ANNUAL").get("/api/reports/values").then().statusCode(403)
                .contentType("application/problem+json");
        as("viewer", otherProvince).queryParam("unit", province.code()).queryParam("format", "xlsx")
                .get("/api/reports/completeness").then().statusCode(403).contentType("application/problem+json");
        as("viewer", otherProvince).accept(XLSX).queryParam("unit", province.code())
                .get("/api/reports/plans/{id}/progress", plan.id).then().statusCode(403);
        // Obligations are filtered, in JSON as in the file: the other province's caller sees none of the plan's.
        as("viewer", otherProvince).queryParam("plan", plan.id).get("/api/reports/obligations").then()
                .body("totalItems", equalTo(0));
        Spreadsheet none = Spreadsheet.of(as("viewer", otherProvince).accept(XLSX).queryParam("plan", plan.id)
                .get("/api/reports/obligations").then().statusCode(200).contentType(XLSX).extract().asByteArray());
        assertThat(none.dataRowCount()).isZero();
        as("viewer", province).queryParam("indicator", visits).queryParam("year", 2026).queryParam("kind", "ANNUAL")
                .queryParam("format", "pdf").get("/api/reports/values").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void completenessComesWithItsCountsAndRatesInPercent() {
        JsonPath json = as("reviewer", province).queryParam("plan", plan.id).get("/api/reports/completeness").then()
                .statusCode(200).extract().jsonPath();
        Spreadsheet sheet = Spreadsheet.of(as("reviewer", province).queryParam("plan", plan.id)
                .queryParam("format", "xlsx").get("/api/reports/completeness").then().statusCode(200).contentType(XLSX)
                .extract().asByteArray());

        assertThat(sheet.text(TITLE, 0)).contains(province.name());
        assertThat(sheet.text(FILTER, 0)).contains("Kế hoạch: mã " + plan.id);
        assertThat(sheet.header()).containsExactly("Mã đơn vị", "Tên đơn vị", "Tầng", "Phải nộp", "Đã nộp",
                "Đã chấp nhận", "Đúng hạn", "Muộn", "Chưa nộp", "Quá hạn", "Số lần trả lại", "Tỷ lệ đã nộp",
                "Tỷ lệ đúng hạn", "Tỷ lệ được chấp nhận");
        assertThat(sheet.headerFrozen()).isTrue();
        assertThat(sheet.column(0)).containsExactly(province.code(), communeA.code(), communeB.code());
        List<String> counts = List.of("expected", "submitted", "accepted", "onTime", "late", "missing", "overdue", "returns");
        List<String> rates = List.of("submissionRate", "onTimeRate", "acceptanceRate");
        for (int row = FIRST_DATA; row < sheet.rowCount(); row++) {
            String at = row == FIRST_DATA ? "total" : "children.find { it.unitCode == '" + sheet.text(row, 0) + "' }";
            for (int i = 0; i < counts.size(); i++) {
                Cell cell = sheet.cell(row, 3 + i);
                assertThat(cell.getDataFormatString()).isEqualTo(INTEGER);
                String count = at + "." + counts.get(i);
                assertThat(cell.asNumber().intValue()).as(count).isEqualTo(json.getInt(count));
            }
            for (int i = 0; i < rates.size(); i++) {
                Cell cell = sheet.cell(row, 11 + i);
                assertThat(cell.getDataFormatString()).isEqualTo(PERCENT);
                String rate = at + "." + rates.get(i);
                assertThat(cell.asNumber()).as(rate).isEqualByComparingTo(percentOf(json.getDouble(rate)));
            }
        }
        assertThat(sheet.cell(FIRST_DATA, 3).asNumber().intValue()).isEqualTo(2);
        assertThat(sheet.cell(FIRST_DATA, 11).asNumber()).isEqualByComparingTo("0.5");
    }

    @Test
    void progressComesAsARowPerTargetWithItsStatusInVietnamese() {
        JsonPath json = as("viewer", province).queryParam("year", 2026).get("/api/reports/plans/{id}/progress", plan.id)
                .then().statusCode(200).extract().jsonPath();
        Spreadsheet sheet = Spreadsheet.of(as("viewer", province).accept(XLSX).queryParam("year", 2026)
                .get("/api/reports/plans/{id}/progress", plan.id).then().statusCode(200).contentType(XLSX)
                .extract().asByteArray());

        assertThat(sheet.text(TITLE, 0)).contains(plan.number);
        assertThat(sheet.text(FILTER, 0)).contains("Năm: 2026").contains(province.name());
        assertThat(sheet.header()).startsWith("Kế hoạch", "Tầng", "Mục tiêu", "Mã chỉ số", "Tên chỉ số", "Loại mục tiêu",
                "Đơn vị tính", "Mục tiêu tối thiểu").contains("Thực hiện", "Đánh giá", "Căn cứ");
        assertThat(sheet.headerFrozen()).isTrue();
        assertThat(sheet.column(2)).containsExactlyElementsOf(json.getList("targets.target", String.class));
        Map<String, String> statuses = Map.of("MET", "Đạt", "ON_TRACK", "Đúng tiến độ", "AT_RISK", "Có nguy cơ không đạt",
                "NOT_MET", "Không đạt", "NO_DATA", "Chưa có số liệu");
        for (int row = FIRST_DATA; row < sheet.rowCount(); row++) {
            String at = "targets.find { it.target == '" + sheet.text(row, 2) + "' }";
            assertThat(sheet.text(row, 3)).isEqualTo(json.getString(at + ".indicator"));
            assertThat(sheet.text(row, 14)).isEqualTo(statuses.get(json.getString(at + ".status")));
            Cell min = sheet.cell(row, 7);
            assertThat(min.getDataFormatString()).isEqualTo(DECIMAL);
            assertThat(min.asNumber()).isEqualByComparingTo(BigDecimal.valueOf(json.getDouble(at + ".targetMin")));
            Number actual = json.get(at + ".actual");
            Cell actualCell = sheet.cell(row, 12);
            if (actual == null) {
                assertThat(actualCell == null || actualCell.getType() == CellType.EMPTY).isTrue();
            } else {
                assertThat(actualCell.asNumber()).isEqualByComparingTo(BigDecimal.valueOf(actual.doubleValue()));
            }
            assertThat(sheet.cell(row, 17).asNumber().intValue()).isEqualTo(json.getInt(at + ".unitsInScope"));
        }
        int visitsRow = sheet.rowWhere(2, "T01").orElseThrow();
        assertThat(sheet.text(visitsRow, 5)).isEqualTo("Giá trị tuyệt đối");
        assertThat(sheet.cell(visitsRow, 12).asNumber()).isEqualByComparingTo("100");
        assertThat(sheet.text(sheet.rowWhere(2, "T02").orElseThrow(), 6)).isEqualTo("%");
    }

    @Test
    void obligationsComeAllAtOnceNotAPage() {
        JsonPath page = as("reviewer", province).queryParam("plan", plan.id).queryParam("size", 1)
                .get("/api/reports/obligations").then().statusCode(200).body("totalItems", equalTo(2)).extract().jsonPath();
        assertThat(page.getList("items")).hasSize(1);
        JsonPath all = as("reviewer", province).queryParam("plan", plan.id).get("/api/reports/obligations").then()
                .extract().jsonPath();
        Spreadsheet sheet = Spreadsheet.of(as("reviewer", province).queryParam("plan", plan.id).queryParam("size", 1)
                .queryParam("format", "xlsx").get("/api/reports/obligations").then().statusCode(200).contentType(XLSX)
                .extract().asByteArray());

        assertThat(sheet.text(TITLE, 0)).isEqualTo("Danh sách nghĩa vụ báo cáo");
        assertThat(sheet.text(FILTER, 0)).contains("Kế hoạch: " + plan.number);
        assertThat(sheet.header()).containsExactly("Mã nghĩa vụ", "Số kế hoạch", "Mã đơn vị", "Tên đơn vị", "Đơn vị nhận",
                "Loại báo cáo", "Năm", "Tên báo cáo", "Số liệu từ ngày", "Số liệu đến ngày", "Hạn nộp", "Trạng thái",
                "Mã báo cáo", "Thời hạn", "Số lần trả lại");
        assertThat(sheet.headerFrozen()).isTrue();
        assertThat(sheet.dataRowCount()).isEqualTo(2);
        assertThat(sheet.column(0)).containsExactlyElementsOf(all.getList("items.id", Long.class).stream()
                .map(String::valueOf).toList());
        int rowA = sheet.rowWhere(2, communeA.code()).orElseThrow();
        assertThat(sheet.text(rowA, 11)).isEqualTo("Đã chấp nhận");
        assertThat(sheet.text(sheet.rowWhere(2, communeB.code()).orElseThrow(), 11)).isEqualTo("Chưa lập");
        assertThat(sheet.text(rowA, 5)).isEqualTo("Năm");
        Cell due = sheet.cell(rowA, 10);
        assertThat(due.getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(due.asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(sheet.cell(rowA, 12).asNumber().longValue())
                .isEqualTo(all.getLong("items.find { it.unitCode == '" + communeA.code() + "' }.reportId"));
        assertThat(sheet.cell(rowA, 0).getDataFormatString()).isEqualTo(INTEGER);
    }

    private static BigDecimal percentOf(double percent) {
        return BigDecimal.valueOf(percent).divide(BigDecimal.valueOf(100));
    }

    private static RequestSpecification as(String role, Unit unit) {
        return given().auth().oauth2(TestTokens.forRole(role, unit.code())).contentType(ContentType.JSON);
    }

    /** The commune's annual report of the plan, started, filled and submitted. */
    private long submit(Unit commune, List<Map<String, Object>> lines) {
        long obligation = as("reporter", commune).queryParam("plan", plan.id).queryParam("unit", commune.code())
                .get("/api/reports/obligations").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        long report = as("reporter", commune).body(Map.of("obligationId", obligation)).post("/api/reports/reports").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as("reporter", commune).body(Map.of("lines", new ArrayList<>(lines))).put("/api/reports/reports/{id}", report)
                .then().statusCode(200);
        as("reporter", commune).post("/api/reports/reports/{id}/submit", report).then().statusCode(200);
        return report;
    }
}
