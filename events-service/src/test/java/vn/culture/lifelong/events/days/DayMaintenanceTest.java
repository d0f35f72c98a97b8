package vn.culture.lifelong.events.days;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.culture.lifelong.events.EventsWorld.awaitUnits;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.as;
import static vn.culture.lifelong.events.activities.ActivityTestWorld.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.events.EventsWorld;
import vn.culture.lifelong.stack.quarkus.PlansWorld;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;

/** Keeping days: admins the national ones, organisers their own unit's; rules checked as a whole, If-Match honoured. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class DayMaintenanceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private EventsWorld world;
    private Unit province;
    private Unit commune;
    private Unit otherProvince;

    @BeforeEach
    void units() {
        world = new EventsWorld(bootstrapServers);
        province = world.unit("Tỉnh Lạng Sơn Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        commune = world.unit("Xã Đồng Đăng Thử", "PEOPLES_COMMITTEE", "COMMUNE", province);
        otherProvince = world.unit("Thành phố Cần Thơ Thử", "PEOPLES_COMMITTEE", "PROVINCE", null);
        awaitUnits(province, commune, otherProvince);
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }

    private static Map<String, Object> day(String scopeUnitCode) {
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("code", "DAY_" + PlansWorld.nextId());
        day.put("nameVi", "Ngày truyền thống Thư viện tỉnh");
        day.put("nameEn", "Provincial Library Day");
        day.put("calendar", "SOLAR");
        day.put("startMonth", 3);
        day.put("startDay", 15);
        day.put("scopeUnitCode", scopeUnitCode);
        day.put("legalSource", "Quyết định số 123/QĐ-UBND ngày 01/3/2026");
        day.put("sectors", List.of("LIBRARY"));
        return day;
    }

    @Test
    void anOrganiserKeepsTheDaysOfTheirTreeAndItsUnitsSeeThem() {
        Map<String, Object> ofCommune = day(commune.code());
        as("organiser", commune).body(ofCommune).post("/api/events/days").then().statusCode(201).header("ETag", "\"0\"")
                .body("scopeUnitCode", equalTo(commune.code()));
        as("organiser", province).body(day(commune.code())).post("/api/events/days").then().statusCode(201);
        as("viewer", commune).queryParam("unit", commune.code()).queryParam("year", 2027).get("/api/events/days").then()
                .body("code", hasItem(ofCommune.get("code"))).body("find { it.code == '" + ofCommune.get("code") + "' }.start",
                        equalTo("2027-03-15"));
        // Not the province's, nor a national one, nor another role's.
        as("organiser", commune).body(day(province.code())).post("/api/events/days").then().statusCode(422)
                .body("errors[0].field", equalTo("scopeUnitCode"));
        as("organiser", commune).body(day(null)).post("/api/events/days").then().statusCode(422)
                .body("errors[0].field", equalTo("scopeUnitCode"));
        as("reporter", commune).body(day(commune.code())).post("/api/events/days").then().statusCode(403);
        as("organiser", commune).body(ofCommune).post("/api/events/days").then().statusCode(409)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void aDaysRuleIsCheckedAsAWhole() {
        as("admin", province).body(with(with(day(null), "startMonth", 2), "startDay", 30)).post("/api/events/days").then()
                .statusCode(422).body("errors[0].field", equalTo("startDay"));
        as("admin", province).body(with(with(day(null), "calendar", "LUNAR"), "startDay", 31)).post("/api/events/days")
                .then().statusCode(422).body("errors[0].field", equalTo("startDay"));
        as("admin", province).body(with(day(null), "endMonth", 3)).post("/api/events/days").then().statusCode(422)
                .body("errors[0].field", equalTo("endDay"));
        as("admin", province).body(with(with(with(day(null), "calendar", "LUNAR"), "endMonth", 3), "endDay", 10))
                .post("/api/events/days").then().statusCode(422).body("errors[0].field", equalTo("endDay"));
        // A solar range may run into the next year.
        as("admin", province).body(with(with(with(day(null), "startMonth", 12), "endMonth", 1), "endDay", 5))
                .post("/api/events/days").then().statusCode(201).body("rule.endMonth", equalTo(1));
        as("admin", province).body(with(with(day(null), "validFromYear", 2030), "validToYear", 2020)).post("/api/events/days")
                .then().statusCode(422).body("errors[0].field", equalTo("validToYear"));
        as("admin", province).body(with(day(null), "sectors", List.of())).post("/api/events/days").then().statusCode(400)
                .body("errors[0].field", equalTo("sectors"));
        as("admin", province).body(with(day(null), "code", "lower case")).post("/api/events/days").then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void changesNeedTheLatestVersionAndTheRightKeeper() {
        Map<String, Object> national = day(null);
        String code = (String) national.get("code");
        as("admin", province).body(national).post("/api/events/days").then().statusCode(201);
        Map<String, Object> renamed = with(national, "nameVi", "Ngày Thư viện Việt Nam");
        as("organiser", province).body(renamed).put("/api/events/days/{code}", code).then().statusCode(403);
        as("admin", province).header("If-Match", "\"3\"").body(renamed).put("/api/events/days/{code}", code).then()
                .statusCode(412);
        as("admin", province).header("If-Match", "\"0\"").body(with(renamed, "code", "OTHER_CODE"))
                .put("/api/events/days/{code}", code).then().statusCode(422).body("errors[0].field", equalTo("code"));
        as("admin", province).header("If-Match", "\"0\"").body(renamed).put("/api/events/days/{code}", code).then()
                .statusCode(200).header("ETag", "\"1\"").body("nameVi", equalTo("Ngày Thư viện Việt Nam"));

        Map<String, Object> ofProvince = day(province.code());
        as("organiser", province).body(ofProvince).post("/api/events/days").then().statusCode(201);
        as("organiser", otherProvince).body(ofProvince).put("/api/events/days/{code}", ofProvince.get("code")).then()
                .statusCode(403);
        as("viewer", otherProvince).get("/api/events/days/{code}", ofProvince.get("code")).then().statusCode(200)
                .body("version", equalTo(0));
        as("viewer", otherProvince).get("/api/events/days/{code}", "NO_SUCH_DAY").then().statusCode(404);
    }
}
