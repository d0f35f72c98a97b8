package vn.culture.lifelong.reporting.obligations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitObligations;
import static vn.culture.lifelong.reporting.ReportingWorld.awaitUnits;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.one;
import static vn.culture.lifelong.stack.quarkus.PlansWorld.Plan.under;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.reporting.ReportingWorld;
import vn.culture.lifelong.reporting.SettableClock;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Plan;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestKafka;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/** Obligations derived from issued plans, fed through a real broker as plans-service publishes them. */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class ObligationsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    SettableClock clock;

    private ReportingWorld world;
    private Unit province;
    private Unit commune1;
    private Unit commune2;

    @BeforeEach
    void buildWorld() {
        clock.set(Instant.parse("2026-11-28T03:00:00Z"));
        world = new ReportingWorld(bootstrapServers);
        province = world.unit("Tỉnh Thử Nghiệm", "PEOPLES_COMMITTEE", "PROVINCE", null);
        commune1 = world.unit("Xã Một", "PEOPLES_COMMITTEE", "COMMUNE", province);
        commune2 = world.unit("Xã Hai", "PEOPLES_COMMITTEE", "COMMUNE", province);
        awaitUnits(province, commune1, commune2);
    }

    @AfterEach
    void closeWorld() {
        world.close();
        clock.reset();
    }

    private static RequestSpecification as(String role, Unit unit) {
        return given().auth().oauth2(TestTokens.forRole(role, unit.code()));
    }

    private static JsonPath obligations(String role, Unit caller, Map<String, ?> filters) {
        return as(role, caller).queryParams(filters).get("/api/reports/obligations").then().statusCode(200).extract().jsonPath();
    }

    /** Lai Châu's regime, with communes reporting to the province: half-year by 10/6 for communes (20/6 for others), annual by 30/11. */
    private Plan laiChauLikePlan(int fromYear, int toYear) {
        return new Plan(province, fromYear, toYear)
                .report("HALF_YEAR", new int[] {20, 6}, Map.of("COMMUNE", new int[] {10, 6}), one(province),
                        List.of(under(province, null, "COMMUNE")))
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(province), List.of(under(province, null, "COMMUNE")));
    }

    @Test
    void anIssuedPlanObligesEachReportingUnitForEachPeriodOfItsHorizon() {
        Plan plan = laiChauLikePlan(2025, 2026);
        world.issue(plan);
        awaitObligations(plan.id, 8);

        JsonPath half2025 = obligations("reporter", commune1, Map.of("plan", plan.id, "year", 2025, "kind", "HALF_YEAR"));
        assertThat(half2025.getList("items")).hasSize(1);
        assertThat(half2025.getMap("items[0]")).containsEntry("planId", plan.id)
                .containsEntry("planNumber", plan.number).containsEntry("unitCode", commune1.code())
                .containsEntry("receivingUnitCode", province.code()).containsEntry("kind", "HALF_YEAR")
                .containsEntry("year", 2025).containsEntry("dataFrom", "2024-12-15").containsEntry("dataTo", "2025-06-14")
                .containsEntry("dueDate", "2025-06-10").containsEntry("status", "NOT_STARTED")
                .containsEntry("reportId", null).containsEntry("timeliness", "OVERDUE");

        JsonPath annual2026 = obligations("reporter", commune1, Map.of("plan", plan.id, "year", 2026, "kind", "ANNUAL"));
        assertThat(annual2026.getMap("items[0]")).containsEntry("dataFrom", "2025-12-15").containsEntry("dataTo", "2026-12-14")
                .containsEntry("dueDate", "2026-11-30").containsEntry("timeliness", "PENDING");
    }

    @Test
    void theReceivingUnitNamedAmongTheReportingUnitsOwesItselfNothing() {
        // Lai Châu: "các sở, ban, ngành … báo cáo về Sở VHTTDL", the Sở among them.
        Plan plan = new Plan(province, 2026, 2026)
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(commune1), List.of(under(province, null, "COMMUNE")));
        world.issue(plan);
        awaitObligations(plan.id, 1);
        assertThat(obligations("admin", province, Map.of("plan", plan.id)).getList("items.unitCode", String.class))
                .containsExactly(commune2.code());
    }

    @Test
    void remindersOfAUnitsTreeAreOneQueryAway() {
        Plan plan = laiChauLikePlan(2026, 2026);
        world.issue(plan);
        awaitObligations(plan.id, 4);

        // 28/11/2026: the half-year reports (due 10/6) are overdue; the annual ones (due 30/11) are coming.
        JsonPath overdue = obligations("reviewer", province, Map.of("plan", plan.id, "unit", province.code(),
                "timeliness", "OVERDUE"));
        assertThat(overdue.getList("items.kind", String.class)).containsOnly("HALF_YEAR").hasSize(2);
        JsonPath dueSoon = obligations("reviewer", province, Map.of("plan", plan.id, "timeliness", "PENDING",
                "dueBy", "2026-12-01"));
        assertThat(dueSoon.getList("items.unitCode", String.class)).containsExactlyInAnyOrder(commune1.code(), commune2.code());
        assertThat(dueSoon.getList("items.dueDate", String.class)).containsOnly("2026-11-30");

        clock.set(Instant.parse("2026-12-01T03:00:00Z"));
        assertThat(obligations("reviewer", province, Map.of("plan", plan.id, "timeliness", "OVERDUE")).getList("items"))
                .hasSize(4);
    }

    @Test
    void eachCallerListsOnlyWhatItsTreeOwesOrReceives() {
        Plan plan = laiChauLikePlan(2026, 2026);
        world.issue(plan);
        awaitObligations(plan.id, 4);

        assertThat(obligations("reporter", commune1, Map.of("plan", plan.id)).getList("items.unitCode", String.class))
                .containsOnly(commune1.code()).hasSize(2);
        assertThat(obligations("viewer", province, Map.of("plan", plan.id)).getInt("totalItems")).isEqualTo(4);

        Unit otherProvince = world.unit("Tỉnh Khác", "PEOPLES_COMMITTEE", "PROVINCE", null);
        awaitUnits(otherProvince);
        assertThat(obligations("reviewer", otherProvince, Map.of("plan", plan.id)).getInt("totalItems")).isZero();
        assertThat(obligations("reporter", otherProvince, Map.of("unit", province.code())).getInt("totalItems")).isZero();
        // A caller whose unit this service does not know reaches nothing.
        assertThat(given().auth().oauth2(TestTokens.forRole("viewer", "NO-SUCH-UNIT")).queryParam("plan", plan.id)
                .get("/api/reports/obligations").then().statusCode(200).extract().jsonPath().getInt("totalItems")).isZero();
    }

    @Test
    void aCommuneCreatedLaterInScopeGetsItsObligations() {
        Plan plan = laiChauLikePlan(2026, 2026);
        world.issue(plan);
        awaitObligations(plan.id, 4);

        Unit newCommune = world.unit("Xã Mới", "PEOPLES_COMMITTEE", "COMMUNE", province, "2026-03-01");
        awaitObligations(plan.id, 6);
        assertThat(obligations("reporter", newCommune, Map.of("plan", plan.id)).getList("items.kind", String.class))
                .containsExactlyInAnyOrder("HALF_YEAR", "ANNUAL");
    }

    @Test
    void communesMergedIntoANewOnePassTheirLaterPeriodsToItAndNothingIsCountedTwice() {
        Plan plan = new Plan(province, 2025, 2026)
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(province), List.of(under(province, null, "COMMUNE")));
        world.issue(plan);
        awaitObligations(plan.id, 4);

        // 1 July 2025: both communes merge into a new one (the 2025 reform).
        Unit merged = world.unit("Xã Hợp Nhất", "PEOPLES_COMMITTEE", "COMMUNE", province, "2025-07-01");
        world.close(commune1, LocalDate.of(2025, 6, 30), "MERGED_INTO", merged);
        world.close(commune2, LocalDate.of(2025, 6, 30), "MERGED_INTO", merged);

        await().atMost(ReportingWorld.PATIENCE).untilAsserted(() -> assertThat(
                obligations("admin", province, Map.of("plan", plan.id)).getList("items.unitCode", String.class))
                .containsExactlyInAnyOrder(merged.code(), merged.code()));
        assertThat(obligations("admin", province, Map.of("plan", plan.id)).getList("items.year", Integer.class))
                .containsExactlyInAnyOrder(2025, 2026);
    }

    @Test
    void aPlanNamingOneUnitThatMergedPassesItsObligationsToTheSuccessor() {
        Plan plan = new Plan(province, 2025, 2026)
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(province), List.of(one(commune1)));
        world.issue(plan);
        awaitObligations(plan.id, 2);

        Unit successor = world.unit("Xã Kế Thừa", "PEOPLES_COMMITTEE", "COMMUNE", province, "2025-07-01");
        world.close(commune1, LocalDate.of(2025, 6, 30), "MERGED_INTO", successor);
        await().atMost(ReportingWorld.PATIENCE).untilAsserted(() -> assertThat(
                obligations("admin", province, Map.of("plan", plan.id)).getList("items.unitCode", String.class))
                .containsExactly(successor.code(), successor.code()));
    }

    @Test
    void anAmendmentRederivesWhatIsNotYetReported() {
        Plan plan = laiChauLikePlan(2026, 2026);
        world.issue(plan);
        awaitObligations(plan.id, 4);
        long started = obligations("reporter", commune1, Map.of("plan", plan.id, "kind", "HALF_YEAR")).getLong("items[0].id");
        as("reporter", commune1).contentType("application/json").body(Map.of("obligationId", started))
                .post("/api/reports/reports").then().statusCode(201);

        // Revision 2: no half-year report any more, the annual one due 15/11.
        plan.clearReports().report("ANNUAL", new int[] {15, 11}, Map.of(), one(province),
                List.of(under(province, null, "COMMUNE")));
        world.amend(plan, 2);

        await().atMost(ReportingWorld.PATIENCE).untilAsserted(() -> {
            JsonPath all = obligations("admin", province, Map.of("plan", plan.id));
            // The half-year obligation commune 1 started stays; commune 2's, not started, is gone.
            assertThat(all.getList("items.kind", String.class)).containsExactlyInAnyOrder("HALF_YEAR", "ANNUAL", "ANNUAL");
        });
        given().auth().oauth2(TestTokens.forRole("admin", "BVHTTDL")).queryParam("plan", plan.id).queryParam("kind", "ANNUAL")
                .get("/api/reports/obligations").then().statusCode(200).body("items.dueDate", everyItem(equalTo("2026-11-15")));
    }

    @Test
    void closingAPlanRemovesThePeriodsAfterItsEndThatNobodyStarted() {
        Plan plan = new Plan(province, 2025, 2027)
                .report("ANNUAL", new int[] {30, 11}, Map.of(), one(province), List.of(under(province, null, "COMMUNE")));
        world.issue(plan);
        awaitObligations(plan.id, 6);
        long later = obligations("reporter", commune1, Map.of("plan", plan.id, "year", 2027)).getLong("items[0].id");
        as("reporter", commune1).contentType("application/json").body(Map.of("obligationId", later))
                .post("/api/reports/reports").then().statusCode(201);

        world.close(plan, LocalDate.of(2025, 12, 31));
        // 2026's window starts on 15/12/2025, before the end: it stays. 2027's goes, but for the report started.
        awaitObligations(plan.id, 5);
        assertThat(obligations("admin", province, Map.of("plan", plan.id, "year", 2027)).getList("items.unitCode", String.class))
                .containsExactly(commune1.code());
    }

    @Test
    void malformedPlanEventsGoToTheDeadLetterTopicAndLaterOnesStillArrive() {
        try (TestKafka.Reader deadLetters = TestKafka.reader(bootstrapServers, "plans.plans.v1.reporting-service.dlq")) {
            world.sendRaw("plans.plans.v1", "bad-1", "not JSON at all");
            world.sendRaw("plans.plans.v1", "bad-1", ReportingWorld.envelope("plans.plan.issued.v1", "bad-1",
                    Map.of("id", 1, "status", "ISSUED")));
            Plan plan = laiChauLikePlan(2026, 2026);
            world.issue(plan);
            awaitObligations(plan.id, 4);
            assertThat(deadLetters.recordsFor("bad-1", 2, ReportingWorld.PATIENCE)).hasSize(2);
        }
    }

    @Test
    void anUnknownUnitFilterIsNotFound() {
        as("admin", province).queryParam("unit", "NO-SUCH-UNIT").get("/api/reports/obligations").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("NO-SUCH-UNIT"));
        as("admin", province).queryParam("kind", "MONTHLY").get("/api/reports/obligations").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        as("admin", province).queryParam("dueBy", "30/11/2026").get("/api/reports/obligations").then().statusCode(400)
                .body("errors[0].field", equalTo("dueBy"));
    }
}
