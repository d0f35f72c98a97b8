package vn.culture.lifelong.events.days;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.quarkus.EventContracts;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestKafka;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/** The seeded days of a year, national and of a unit's tree (Đồng Nai's book week), through the API. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class DayResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static JsonPath days(Map<String, ?> parameters) {
        return given().auth().oauth2(TestTokens.forRole("viewer", "92")).queryParams(parameters).get("/api/events/days")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theNationalDaysOfAYearInDateOrder() {
        JsonPath year = days(Map.of("year", 2026));
        List<String> codes = year.getList("code", String.class);
        assertThat(codes).containsSubsequence("TET", "BOOK_AND_READING_DAY", "WORLD_BOOK_DAY", "INTERNATIONAL_MUSEUM_DAY",
                "SUMMER_READING", "LIFELONG_LEARNING_WEEK", "CULTURAL_HERITAGE_DAY").doesNotContain("DONG_NAI_BOOK_WEEK");
        assertThat(year.getString("find { it.code == 'TET' }.start")).isEqualTo("2026-02-17");
        assertThat(year.getString("find { it.code == 'TET' }.end")).isEqualTo("2026-02-19");
        assertThat(year.getString("find { it.code == 'TET' }.rule.calendar")).isEqualTo("LUNAR");
        assertThat(year.getString("find { it.code == 'BOOK_AND_READING_DAY' }.start")).isEqualTo("2026-04-21");
        assertThat(year.getString("find { it.code == 'BOOK_AND_READING_DAY' }.legalSource")).contains("1862/QĐ-TTg");
        assertThat(year.getString("find { it.code == 'CULTURAL_HERITAGE_DAY' }.start")).isEqualTo("2026-11-23");
        assertThat(year.getString("find { it.code == 'LIFELONG_LEARNING_WEEK' }.end")).isEqualTo("2026-10-07");
        assertThat(year.getList("find { it.code == 'CULTURAL_HERITAGE_DAY' }.sectors", String.class))
                .containsExactly("MUSEUM", "GENERAL");
        // Before its decision, the book day was not kept.
        assertThat(days(Map.of("year", 2013)).getList("code", String.class)).doesNotContain("BOOK_AND_READING_DAY");
    }

    @Test
    void aUnitKeepsItsOwnDaysAndThoseOfTheUnitsAboveIt() {
        long provinceId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        long communeId = provinceId + 1;
        String commune = "C" + communeId;
        try (TestKafka.Writer kafka = TestKafka.writer(bootstrapServers)) {
            // Đồng Nai bears code 75; the book week of 19–23/4 is its own.
            kafka.send("plans.units.v1", "75", unitEvent(provinceId, "75", "Tỉnh Đồng Nai", "PROVINCE", null, null,
                    "/" + provinceId + "/"));
            kafka.send("plans.units.v1", commune, unitEvent(communeId, commune, "Phường Trấn Biên", "COMMUNE", "75",
                    provinceId, "/" + provinceId + "/" + communeId + "/"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.forRole("viewer", "92"))
                .get("/api/events/units/{code}", commune).then().statusCode(200));
        JsonPath ofCommune = days(Map.of("year", 2026, "unit", commune));
        assertThat(ofCommune.getString("find { it.code == 'DONG_NAI_BOOK_WEEK' }.start")).isEqualTo("2026-04-19");
        assertThat(ofCommune.getString("find { it.code == 'DONG_NAI_BOOK_WEEK' }.end")).isEqualTo("2026-04-23");
        assertThat(ofCommune.getList("code", String.class)).contains("BOOK_AND_READING_DAY");
    }

    @Test
    void badParametersAndStrangers() {
        given().get("/api/events/days").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("viewer", "92")).queryParam("unit", "NO-SUCH-UNIT").get("/api/events/days")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("viewer", "92")).queryParam("year", 1800).get("/api/events/days")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    private static String unitEvent(long id, String code, String name, String level, String parentCode, Long parentId,
            String path) {
        return EventContracts.checked("""
                {"specversion":"1.0","id":"%s","source":"/plans-service","type":"plans.unit.created.v1","subject":"%s",
                 "time":"2026-11-21T10:00:00Z","datacontenttype":"application/json",
                 "data":{"id":%d,"code":"%s","name":"%s","kind":"PEOPLES_COMMITTEE","level":"%s","parentCode":%s,
                         "parentId":%s,"path":"%s","validFrom":null,"validTo":null,"successors":[],"populationByYear":{},
                         "version":0}}"""
                .formatted(UUID.randomUUID(), code, id, code, name, level,
                        parentCode == null ? "null" : "\"" + parentCode + "\"", parentId == null ? "null" : parentId, path),
                "plans.unit.v1.schema.json");
    }
}
