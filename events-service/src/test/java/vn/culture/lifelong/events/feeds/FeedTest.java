package vn.culture.lifelong.events.feeds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.culture.lifelong.events.EventsWorld.awaitUnits;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.activity;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.as;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.today;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.with;
import static vn.culture.lifelong.events.feeds.ICalendarFeeds.checkedLines;
import static vn.culture.lifelong.events.feeds.ICalendarFeeds.events;
import static vn.culture.lifelong.events.feeds.ICalendarFeeds.parse;
import static vn.culture.lifelong.events.feeds.ICalendarFeeds.value;
import static vn.culture.lifelong.events.feeds.ICalendarFeeds.withUid;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.events.EventsWorld;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;

/** The iCalendar feeds, read back as strict clients read them: octets, then ical4j. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class FeedTest {

    /** Long enough to fold several times, Vietnamese enough that folding by characters would break lines. */
    private static final String LONG_TITLE = "Hội thi kể chuyện theo sách “Tủ sách Bác Hồ” dành cho thiếu nhi các thôn, "
            + "bản vùng biên giới; trưng bày ảnh tư liệu, giới thiệu sách mới về lịch sử, văn hóa xứ Lạng";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/api/events/public/calendar.ics")
    URL feedUrl;

    private EventsWorld world;
    private Unit province;
    private Unit commune;
    private long internal;
    private long timed;

    @BeforeEach
    void activities() {
        world = new EventsWorld(bootstrapServers);
        province = world.unit("Tỉnh Lạng Sơn Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        commune = world.unit("Xã Đồng Đăng Thử", "PEOPLES_COMMITTEE", "COMMUNE", province);
        awaitUnits(province, commune);
        int year = today().getYear();
        internal = as("organiser", commune).body(activity(commune, year + "-04-21", year + "-04-21"))
                .post("/api/events/activities").then().statusCode(201).extract().jsonPath().getLong("id");
        timed = as("organiser", commune).body(with(with(activity(commune, year + "-04-20T08:00", year + "-04-20T10:30"),
                        "visibility", "PUBLIC"), "title", LONG_TITLE)).post("/api/events/activities").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("organiser", province).body(with(with(activity(province, year + "-04-19", year + "-04-23"), "kind", "BOOK_FAIR"),
                "visibility", "PUBLIC")).post("/api/events/activities").then().statusCode(201);
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    private ExtractableResponse<Response> publicFeed(String ifNoneMatch) {
        var request = given().queryParam("unit", province.code());
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get("/api/events/public/calendar.ics").then().extract();
    }

    @Test
    void thePublicFeedHoldsTheDaysAndThePublicActivitiesWithoutLogin() {
        ExtractableResponse<Response> answer = publicFeed(null);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/calendar").contains("utf-8");
        byte[] feed = answer.asByteArray();
        checkedLines(feed);
        Calendar calendar = parse(feed);
        int year = today().getYear();

        VEvent bookDay = withUid(calendar, "day-BOOK_AND_READING_DAY-" + year + "@events.lifelong.culture.vn");
        assertThat(value(bookDay, "SUMMARY")).isEqualTo("Ngày Sách và Văn hóa đọc Việt Nam");
        assertThat(value(bookDay, "DTSTART")).isEqualTo(year + "0421");
        assertThat(bookDay.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
        assertThat(value(bookDay, "DTEND")).as("exclusive").isEqualTo(year + "0422");
        assertThat(value(withUid(calendar, "day-CULTURAL_HERITAGE_DAY-" + year + "@events.lifelong.culture.vn"), "DTSTART"))
                .isEqualTo(year + "1123");
        // Tết is lunar: each year's occurrence written out (2027: 6–8 February).
        assertThat(value(withUid(calendar, "day-TET-2027@events.lifelong.culture.vn"), "DTSTART")).isEqualTo("20270206");

        VEvent fair = events(calendar).stream().filter(event -> "BOOK_FAIR".equals(value(event, "CATEGORIES"))).findFirst()
                .orElseThrow();
        assertThat(value(fair, "DTSTART")).isEqualTo(year + "0419");
        assertThat(value(fair, "DTEND")).isEqualTo(year + "0424");
        VEvent storytelling = withUid(calendar, "activity-" + timed + "@events.lifelong.culture.vn");
        assertThat(value(storytelling, "SUMMARY")).isEqualTo(LONG_TITLE);
        assertThat(value(storytelling, "DTSTART")).isEqualTo(year + "0420T010000Z");
        assertThat(value(storytelling, "DTEND")).isEqualTo(year + "0420T033000Z");
        assertThat(value(storytelling, "LOCATION")).isEqualTo("Nhà văn hóa Xã Đồng Đăng Thử");
        assertThat(value(storytelling, "DTSTAMP")).endsWith("Z");

        List<String> uids = events(calendar).stream().map(event -> value(event, "UID")).toList();
        assertThat(uids).doesNotHaveDuplicates().doesNotContain("activity-" + internal + "@events.lifelong.culture.vn");
    }

    @Test
    void subscribersPollCheaplyAndSeeChanges() {
        String etag = publicFeed(null).header("ETag");
        // Weak: the gzip-compressed and the plain feed are one.
        assertThat(etag).matches("W/\"[0-9a-f]{32}\"");
        ExtractableResponse<Response> unchanged = publicFeed(etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.asByteArray()).isEmpty();
        assertThat(publicFeed("\"other\", " + etag.substring(2)).statusCode()).isEqualTo(304);

        // The internal activity becomes public: the feed changes, and holds it.
        as("organiser", commune).body(with(activity(commune, today().getYear() + "-04-21", today().getYear() + "-04-21"),
                "visibility", "PUBLIC")).put("/api/events/activities/{id}", internal).then().statusCode(200);
        ExtractableResponse<Response> changed = publicFeed(etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(events(parse(changed.asByteArray()))).extracting(event -> value(event, "UID"))
                .contains("activity-" + internal + "@events.lifelong.culture.vn");
    }

    @Test
    void theFeedGoesOutGzipCompressedToClientsThatAcceptItAndPlainToOthers() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(feedUrl + "?unit=" + province.code());
        HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "br, gzip;q=0.8").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip;q=0, identity").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
        try (GZIPInputStream expanded = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(expanded.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        checkedLines(plain.body());
    }

    @Test
    void aRenamedCommuneChangesTheFeedsThatNameIt() {
        String etag = publicFeed(null).header("ETag");
        awaitUnits(world.rename(commune, "Xã Đồng Đăng Mới"));
        ExtractableResponse<Response> changed = publicFeed(etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(value(withUid(parse(changed.asByteArray()), "activity-" + timed + "@events.lifelong.culture.vn"),
                "DESCRIPTION")).contains("Xã Đồng Đăng Mới");
    }

    @Test
    void theSignedInFeedHoldsTheInternalActivitiesOfTheReadersLine() {
        byte[] feed = as("viewer", province).queryParam("unit", province.code()).get("/api/events/calendar.ics").then()
                .statusCode(200).extract().asByteArray();
        checkedLines(feed);
        VEvent display = withUid(parse(feed), "activity-" + internal + "@events.lifelong.culture.vn");
        assertThat(value(display, "CLASS")).isEqualTo("PRIVATE");
        given().queryParam("unit", province.code()).get("/api/events/calendar.ics").then().statusCode(401);
    }

    @Test
    void aCancelledActivityStaysInTheFeedAsCancelled() {
        long cancelled = as("organiser", commune).body(with(activity(commune, today().plusDays(9), today().plusDays(9)),
                "visibility", "PUBLIC")).post("/api/events/activities").then().statusCode(201).extract().jsonPath().getLong("id");
        as("organiser", commune).body(Map.of("reason", "Hoãn")).post("/api/events/activities/{id}/cancellation", cancelled)
                .then().statusCode(200);
        VEvent event = withUid(parse(publicFeed(null).asByteArray()), "activity-" + cancelled + "@events.lifelong.culture.vn");
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
    }

    @Test
    void withoutAUnitTheNationalDaysAndAnUnknownUnitIsAProblem() {
        byte[] national = given().get("/api/events/public/calendar.ics").then().statusCode(200).extract().asByteArray();
        assertThat(events(parse(national))).extracting(event -> value(event, "CATEGORIES")).containsOnly("COMMEMORATIVE_DAY");
        given().queryParam("unit", "NO-SUCH-UNIT").get("/api/events/public/calendar.ics").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
