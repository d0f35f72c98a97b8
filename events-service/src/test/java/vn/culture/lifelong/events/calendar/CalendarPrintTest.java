package vn.culture.lifelong.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.culture.lifelong.events.EventsWorld.awaitUnits;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.activity;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.as;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.events.EventsWorld;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;

/** The calendar on paper: a unit's year as PDF, a section per month with its days and its activities. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class CalendarPrintTest {

    private static final String BOOK_DAY = "Ngày Sách và Văn hóa đọc Việt Nam";
    private static final String BOOK_FAIR = "Hội sách mùa xuân";
    private static final String STORYTELLING = "Kể chuyện theo sách";
    private static final String CANCELLED = "Đọc thơ dưới trăng";
    private static final String PLACE = "Thư viện xã";
    private static final String UNIT_NAME = "Xã Mẫu Sơn";
    private static final String NOTHING = "Không có ngày kỷ niệm hay hoạt động.";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private EventsWorld world;
    private Unit commune;

    @BeforeEach
    void aCommunesYear2027() {
        world = new EventsWorld(bootstrapServers);
        Unit province = world.unit("Tỉnh Lạng Sơn Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        commune = world.unit(UNIT_NAME, "PEOPLES_COMMITTEE", "COMMUNE", province);
        awaitUnits(province, commune);
        plan(with(with(with(activity(commune, "2027-04-19", "2027-04-23"), "kind", "BOOK_FAIR"), "title", BOOK_FAIR),
                "place", PLACE));
        plan(with(with(with(activity(commune, "2027-10-03T08:00", "2027-10-03T10:00"), "kind", "STORYTELLING"), "title",
                STORYTELLING), "place", PLACE));
        long cancelled = plan(with(with(activity(commune, "2027-06-15", "2027-06-15"), "title", CANCELLED), "place", PLACE));
        as("organiser", commune).body(Map.of("reason", "Trùng lịch")).post("/api/events/activities/{id}/cancellation", cancelled)
                .then().statusCode(200);
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    private long plan(Map<String, Object> content) {
        return as("organiser", commune).body(content).post("/api/events/activities").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @Test
    void acceptingPdfGivesTheYearOnPaperAMonthPerSection() throws IOException {
        ExtractableResponse<Response> answer = as("viewer", commune).accept("application/pdf")
                .queryParam("unit", commune.code()).queryParam("year", 2027).get("/api/events/calendar").then()
                .statusCode(200).extract();
        assertIsTheYear2027(answer);
    }

    @Test
    void formatPdfGivesTheSameWhateverAcceptSays() throws IOException {
        ExtractableResponse<Response> answer = as("viewer", commune).accept("application/json, */*;q=0.5")
                .queryParam("unit", commune.code()).queryParam("format", "pdf")
                .queryParam("from", "2027-01-01").queryParam("to", "2027-12-31").get("/api/events/calendar").then()
                .statusCode(200).extract();
        assertIsTheYear2027(answer);
    }

    private void assertIsTheYear2027(ExtractableResponse<Response> answer) throws IOException {
        assertThat(answer.contentType()).isEqualTo("application/pdf");
        String fileName = "Lịch năm 2027 - " + UNIT_NAME + ".pdf";
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"Lich_nam_2027_-_Xa_Mau_Son.pdf\"; "
                + "filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));

        try (PDDocument pdf = Loader.loadPDF(answer.asByteArray())) {
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Lịch ngày kỷ niệm và hoạt động năm 2027 – " + UNIT_NAME);
            assertEveryFontIsEmbedded(pdf);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            assertThat(text).contains("LỊCH NGÀY KỶ NIỆM VÀ HOẠT ĐỘNG NĂM 2027", UNIT_NAME, "Ngày", "Đơn vị tổ chức");

            List<Integer> months = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                months.add(headingAt(text, "Tháng " + month));
            }
            assertThat(months).isSorted().doesNotHaveDuplicates();
            String april = section(text, months, 4);
            assertThat(april).contains("21/04 " + BOOK_DAY, "23/04 Ngày Sách và Bản quyền thế giới",
                    "19/04 – 23/04 " + BOOK_FAIR + " " + PLACE + " " + UNIT_NAME);
            assertThat(april.indexOf(BOOK_FAIR)).as("the fair (19/04) before Book Day (21/04)").isLessThan(april.indexOf(BOOK_DAY));
            assertThat(section(text, months, 10)).contains("03/10, 08:00 – 10:00 " + STORYTELLING + " " + PLACE + " " + UNIT_NAME)
                    .contains("01/10 – 07/10 Tuần lễ hưởng ứng học tập suốt đời");
            assertThat(section(text, months, 9)).contains(NOTHING);
            assertThat(section(text, months, 4)).doesNotContain(NOTHING);
            assertThat(text).doesNotContain(CANCELLED);
        }
    }

    @Test
    void aPeriodPrintsItsOwnMonthsAndSaysWhichDays() throws IOException {
        ExtractableResponse<Response> answer = as("viewer", commune).queryParam("unit", commune.code())
                .queryParam("format", "PDF").queryParam("from", "2027-04-01").queryParam("to", "2027-05-31")
                .get("/api/events/calendar").then().statusCode(200).contentType("application/pdf").extract();
        assertThat(answer.header("Content-Disposition"))
                .startsWith("attachment; filename=\"Lich_01-04-2027_den_31-05-2027_-_Xa_Mau_Son.pdf\"");
        try (PDDocument pdf = Loader.loadPDF(answer.asByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("(Từ ngày 01/04/2027 đến ngày 31/05/2027)", "18/05 Ngày Quốc tế Bảo tàng");
            assertThat(headingAt(text, "Tháng 4")).isLessThan(headingAt(text, "Tháng 5"));
            assertThat(Pattern.compile("(?m)^Tháng (?!4\\s*$|5\\s*$)").matcher(text).find()).as("no other month").isFalse();
        }
    }

    @Test
    void jsonStaysTheDefaultAndAYearIsAPeriod() {
        List<String> ofTheYear = as("viewer", commune).queryParam("unit", commune.code()).queryParam("year", 2027)
                .get("/api/events/calendar").then().statusCode(200).contentType("application/json").extract().jsonPath()
                .getList("title", String.class);
        assertThat(ofTheYear).contains(BOOK_DAY, BOOK_FAIR, STORYTELLING, CANCELLED)
                .isEqualTo(as("viewer", commune).queryParam("unit", commune.code()).queryParam("from", "2027-01-01")
                        .queryParam("to", "2027-12-31").get("/api/events/calendar").then().statusCode(200).extract()
                        .jsonPath().getList("title", String.class));
        as("viewer", commune).queryParam("year", 2027).queryParam("from", "2027-01-01").get("/api/events/calendar").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
    }

    @Test
    void aFormatNotOfferedHereIsRefusedNamingTheParameter() {
        as("viewer", commune).queryParam("unit", commune.code()).queryParam("format", "docx").get("/api/events/calendar")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"))
                .body("errors[0].message", startsWith("Định dạng không được hỗ trợ"));
    }

    @Test
    void theApiDocumentOffersTheCalendarAsPdf() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> ok = document.getMap("paths.'/api/events/calendar'.get.responses.'200'.content");
        assertThat(ok).containsKeys("application/json", "application/pdf");
        List<Map<String, Object>> parameters = document.getList("paths.'/api/events/calendar'.get.parameters");
        assertThat(parameters).anySatisfy(parameter -> {
            assertThat(parameter.get("name")).isEqualTo("format");
            assertThat((String) parameter.get("description")).contains("pdf");
        }).anySatisfy(parameter -> assertThat(parameter.get("name")).isEqualTo("year"));
    }

    /** Where {@code heading} stands alone on a line of {@code text}; fails when it does not. */
    private static int headingAt(String text, String heading) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(heading) + "[ \\t]*$").matcher(text);
        assertThat(line.find()).as("a line reading " + heading).isTrue();
        int at = line.start();
        assertThat(line.find()).as(heading + " only once").isFalse();
        return at;
    }

    /** The text of month {@code month}'s section (from its heading to the next), whitespace made single spaces. */
    private static String section(String text, List<Integer> months, int month) {
        int end = month < months.size() ? months.get(month) : text.length();
        return text.substring(months.get(month - 1), end).replaceAll("\\s+", " ");
    }

    private static void assertEveryFontIsEmbedded(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
    }
}
