package vn.culture.lifelong.reporting.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitObligations;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitUnits;
import static vn.culture.lifelong.reporting.Spreadsheet.FILTER;
import static vn.culture.lifelong.reporting.Spreadsheet.FIRST_DATA;
import static vn.culture.lifelong.reporting.Spreadsheet.HEADER;
import static vn.culture.lifelong.reporting.Spreadsheet.TITLE;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.one;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.under;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
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
 * The template of a bulk import, downloaded, filled in and uploaded: the lines the caller may fill (a submitted
 * report's none), the current values, the upload read back by its Vietnamese headers, blank lines left out, faults
 * named by the row under the header; and the refusals, from the attacker's side too.
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class DataValueSpreadsheetTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("Mã kế hoạch", "Mã đơn vị", "Tên đơn vị", "Năm", "Kỳ báo cáo",
            "Mã chỉ số", "Tên chỉ số", "Mục tiêu", "Kiểu giá trị", "Giá trị", "Tử số", "Mẫu số");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    IndicatorViewRepository indicators;

    private ReportingWorld world;
    private Unit province;
    private Unit communeA;
    private Unit communeB;
    private Unit communeC;
    private Unit houseB;
    private Unit otherProvince;
    private String visits;
    private String internet;
    private String share;
    private Plan plan;

    /** Commune A submitted its report, B has a draft with its visits, C has not started. */
    @BeforeEach
    void buildWorld() {
        world = new ReportingWorld(bootstrapServers);
        province = world.unit("Tỉnh Mẫu Nhập", "PEOPLES_COMMITTEE", "PROVINCE", null);
        communeA = world.unit("Xã A Mẫu Nhập", "PEOPLES_COMMITTEE", "COMMUNE", province);
        communeB = world.unit("Xã B Mẫu Nhập", "PEOPLES_COMMITTEE", "COMMUNE", province);
        communeC = world.unit("Xã C Mẫu Nhập", "PEOPLES_COMMITTEE", "COMMUNE", province);
        Unit houseA = world.unit("Nhà văn hóa thôn A Mẫu Nhập", "CULTURAL_HOUSE", "VILLAGE", communeA);
        houseB = world.unit("Nhà văn hóa thôn B Mẫu Nhập", "CULTURAL_HOUSE", "VILLAGE", communeB);
        otherProvince = world.unit("Tỉnh Khác Mẫu Nhập", "PEOPLES_COMMITTEE", "PROVINCE", null);
        visits = world.indicator("NUMBER");
        internet = world.indicator("YES_NO");
        share = world.indicator("RATIO");
        awaitUnits(province, communeA, communeB, communeC, houseA, houseB, otherProvince);
        await().atMost(ReportingWorld.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> indicators.count("code in ?1", List.of(visits, internet, share)) == 3));
        plan = new Plan(province, 2026, 2026)
                .target("T01", visits, "ABSOLUTE", under(province, null, "COMMUNE"), 150, null)
                .target("T02", internet, "COVERAGE", under(province, "CULTURAL_HOUSE", null), 100, null)
                .target("T03", share, "SHARE_OF_POPULATION", under(province, null, "COMMUNE"), 15, 20)
                .clearTasks()
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(province), List.of(under(province, null, "COMMUNE")));
        world.issue(plan);
        awaitObligations(plan.id, 3);
        push(List.of(row(communeA, visits, 10), row(houseA, internet, true), ratio(communeA, 1, 2),
                row(communeB, visits, 50)), "").statusCode(200).body("imported", equalTo(4));
        as("reporter", communeA).post("/api/reports/reports/{id}/submit", reportOf(communeA)).then().statusCode(200);
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    @Test
    void theTemplateListsTheLinesToFillWithTheirValuesAndComesBackFilledIn() {
        JsonPath json = as("integration", province).queryParams(asked()).get("/api/reports/data-values").then()
                .statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        Spreadsheet template = download();

        assertThat(template.text(TITLE, 0)).startsWith("Mẫu nhập số liệu").contains(plan.number);
        assertThat(template.text(FILTER, 0)).contains(province.name());
        assertThat(template.header()).containsExactlyElementsOf(HEADERS);
        assertThat(template.headerFrozen()).isTrue();
        // A's report is submitted: none of its lines. B's draft and C's draft to be, line by line in the plan's order.
        List<String> units = List.of(communeB.code(), houseB.code(), communeB.code(), communeC.code(), communeC.code());
        assertThat(template.column(1)).containsExactlyElementsOf(units);
        assertThat(template.column(7)).containsExactly("T01", "T02", "T03", "T01", "T03");
        assertThat(json.getList("values.unit", String.class)).containsExactlyElementsOf(units);
        assertThat(json.getList("values.target", String.class)).containsExactly("T01", "T02", "T03", "T01", "T03");
        assertThat(json.getString("values[3].reportId")).as("C's draft is not kept").isNull();
        assertThat(json.getDouble("values[0].value")).isEqualTo(50.0);
        Cell planCell = template.cell(FIRST_DATA, 0);
        assertThat(planCell.getType()).isEqualTo(CellType.NUMBER);
        assertThat(planCell.getDataFormatString()).isEqualTo("#,##0");
        assertThat(planCell.asNumber().longValue()).isEqualTo(plan.id);
        assertThat(template.text(FIRST_DATA, 2)).isEqualTo(communeB.name());
        assertThat(template.text(FIRST_DATA, 4)).isEqualTo("ANNUAL");
        // The plan asks yes/no answers too: values are text the import reads either way.
        assertThat(template.cell(FIRST_DATA, 9).getType()).isEqualTo(CellType.STRING);
        assertThat(template.text(FIRST_DATA, 9)).isEqualTo("50");
        assertThat(reportOfOrNull(communeC)).as("downloading keeps no draft").isNull();

        Map<Integer, Map<String, Object>> filled = Map.of(
                0, Map.of("Giá trị", new BigDecimal("75")),
                1, Map.of("Giá trị", true),
                2, Map.of("Tử số", new BigDecimal("10"), "Mẫu số", new BigDecimal("200")),
                3, Map.of("Giá trị", new BigDecimal("20")));
        upload(filled(template, filled), "").statusCode(200).body("rows", equalTo(4)).body("imported", equalTo(3))
                .body("updated", equalTo(1)).body("refused", equalTo(0)).body("written", equalTo(true));
        JsonPath reportB = as("reporter", communeB).get("/api/reports/reports/{id}", reportOf(communeB)).then()
                .statusCode(200).extract().jsonPath();
        assertThat(reportB.getDouble("lines.find { it.target == 'T01' }.value")).isEqualTo(75.0);
        assertThat(reportB.getBoolean("lines.find { it.target == 'T02' }.value")).isTrue();
        assertThat(reportB.getDouble("lines.find { it.target == 'T03' }.numerator")).isEqualTo(10.0);
        assertThat(reportB.getDouble("lines.find { it.target == 'T03' }.denominator")).isEqualTo(200.0);
        JsonPath reportC = as("reporter", communeC).get("/api/reports/reports/{id}", reportOf(communeC)).then()
                .statusCode(200).body("status", equalTo("DRAFT")).extract().jsonPath();
        assertThat(reportC.getDouble("lines.find { it.target == 'T01' }.value")).isEqualTo(20.0);
        assertThat(reportC.getString("lines.find { it.target == 'T03' }.numerator")).isNull();

        // The template as first downloaded: only B's visits carry a value, the blank lines are left out.
        upload(filled(template, Map.of()), "?dryRun=true").statusCode(200).body("rows", equalTo(1))
                .body("updated", equalTo(1)).body("imported", equalTo(0));
        Spreadsheet now = download();
        assertThat(now.text(FIRST_DATA, 9)).isEqualTo("75");
        assertThat(now.text(FIRST_DATA + 1, 9)).isEqualTo("true");
        Cell numerator = now.cell(FIRST_DATA + 2, 10);
        assertThat(numerator.getType()).isEqualTo(CellType.NUMBER);
        assertThat(numerator.getDataFormatString()).isEqualTo("#,##0.##");
        assertThat(numerator.asNumber()).isEqualByComparingTo("10");
    }

    @Test
    void aBadCellIsNamedByItsRowUnderTheHeaderAndNothingIsWritten() {
        Spreadsheet template = download();
        upload(filled(template, Map.of(2, Map.of("Tử số", "mười", "Mẫu số", new BigDecimal("200")))), "").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("values[2].numerator"));
        // Rows 0 to 2 left blank are left out; row 3's value is no number.
        upload(blankedThenFilled(template, Map.of(3, Map.of("Giá trị", "nhiều"))), "").statusCode(422)
                .body("errors.field", equalTo(List.of("values[3].value")));
        upload(blankedThenFilled(template, Map.of(3, Map.of("Năm", "năm nay", "Giá trị", new BigDecimal("5")))), "")
                .statusCode(400).body("errors[0].field", equalTo("values[3].year"));
        upload(blankedThenFilled(template, Map.of()), "").statusCode(400).body("errors[0].field", equalTo("values"));
        given().auth().oauth2(TestTokens.forRole("integration", province.code())).contentType(XLSX)
                .body("plan,unit,year,kind,indicator,value\n1,2,2026,ANNUAL,X,5\n".getBytes())
                .post("/api/reports/data-values").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("values"));
        assertThat(reportOfOrNull(communeC)).as("nothing written").isNull();
    }

    @Test
    void anotherProvincesCallerNeitherDownloadsNorUploadsThisTree() {
        as("integration", otherProvince).accept(XLSX).queryParams(asked()).get("/api/reports/data-values").then()
                .statusCode(403).contentType("application/problem+json");
        as("viewer", province).queryParams(asked()).queryParam("format", "xlsx").get("/api/reports/data-values").then()
                .statusCode(403);
        byte[] filled = filled(download(), Map.of(3, Map.of("Giá trị", new BigDecimal("20"))));
        given().auth().oauth2(TestTokens.forRole("integration", otherProvince.code())).contentType(XLSX).body(filled)
                .post("/api/reports/data-values").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("values[0].unit", "values[3].unit"));
        assertThat(reportOfOrNull(communeC)).isNull();
    }

    private Map<String, Object> asked() {
        return Map.of("plan", plan.id, "year", 2026, "kind", "ANNUAL", "unit", province.code());
    }

    private Spreadsheet download() {
        return Spreadsheet.of(as("integration", province).accept(XLSX).queryParams(asked())
                .get("/api/reports/data-values").then().statusCode(200).contentType(XLSX).extract().asByteArray());
    }

    /**
     * The template as a person fills it in Excel: every cell as downloaded, with {@code changes} (by data row, from 0,
     * and by header) over them, written as a new file.
     */
    private static byte[] filled(Spreadsheet template, Map<Integer, Map<String, Object>> changes) {
        return write(template, changes, false);
    }

    /** As {@link #filled}, every value, numerator and denominator of the template taken out first. */
    private static byte[] blankedThenFilled(Spreadsheet template, Map<Integer, Map<String, Object>> changes) {
        return write(template, changes, true);
    }

    private static byte[] write(Spreadsheet template, Map<Integer, Map<String, Object>> changes, boolean blankValues) {
        List<String> header = template.header();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Số liệu");
            sheet.value(TITLE, 0, template.text(TITLE, 0));
            sheet.value(FILTER, 0, template.text(FILTER, 0));
            for (int c = 0; c < header.size(); c++) {
                sheet.value(HEADER, c, header.get(c));
            }
            for (int row = FIRST_DATA; row < template.rowCount(); row++) {
                Map<String, Object> cells = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = template.cell(row, c);
                    boolean valueColumn = List.of("Giá trị", "Tử số", "Mẫu số").contains(header.get(c));
                    if (cell != null && cell.getType() != CellType.EMPTY && !(blankValues && valueColumn)) {
                        cells.put(header.get(c), cell.getType() == CellType.NUMBER ? cell.asNumber() : cell.getText());
                    }
                }
                cells.putAll(changes.getOrDefault(row - FIRST_DATA, Map.of()));
                for (Map.Entry<String, Object> cell : cells.entrySet()) {
                    int column = header.indexOf(cell.getKey());
                    if (cell.getValue() instanceof Number number) {
                        sheet.value(row, column, number);
                    } else if (cell.getValue() instanceof Boolean yes) {
                        sheet.value(row, column, yes);
                    } else {
                        sheet.value(row, column, cell.getValue().toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        return out.toByteArray();
    }

    private ValidatableResponse upload(byte[] xlsx, String query) {
        return given().auth().oauth2(TestTokens.forRole("integration", province.code())).contentType(XLSX).body(xlsx)
                .post("/api/reports/data-values" + query).then();
    }

    private Map<String, Object> row(Unit unit, String indicator, Object value) {
        Map<String, Object> row = new HashMap<>(Map.of("plan", plan.id, "unit", unit.code(), "year", 2026,
                "kind", "ANNUAL", "indicator", indicator));
        row.put("value", value);
        return row;
    }

    private Map<String, Object> ratio(Unit unit, int numerator, int denominator) {
        Map<String, Object> row = new HashMap<>(Map.of("plan", plan.id, "unit", unit.code(), "year", 2026,
                "kind", "ANNUAL", "indicator", share));
        row.put("numerator", numerator);
        row.put("denominator", denominator);
        return row;
    }

    private ValidatableResponse push(List<Map<String, Object>> rows, String query) {
        return as("integration", province).body(Map.of("values", new ArrayList<>(rows)))
                .post("/api/reports/data-values" + query).then();
    }

    private long reportOf(Unit commune) {
        return Long.parseLong(reportOfOrNull(commune));
    }

    private String reportOfOrNull(Unit commune) {
        return as("admin", province).queryParam("plan", plan.id).queryParam("unit", commune.code())
                .get("/api/reports/obligations").then().statusCode(200).extract().jsonPath().getString("items[0].reportId");
    }

    private static RequestSpecification as(String role, Unit unit) {
        return given().auth().oauth2(TestTokens.forRole(role, unit.code())).contentType(ContentType.JSON);
    }
}
