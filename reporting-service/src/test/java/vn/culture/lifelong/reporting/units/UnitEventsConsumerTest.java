package vn.culture.lifelong.reporting.units;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.kit.inbox.ProcessedEventRepository;
import vn.culture.lifelong.stack.quarkus.EventContracts;
import vn.culture.lifelong.stack.quarkus.ServiceTestInfrastructure;
import vn.culture.lifelong.stack.quarkus.TestKafka;
import vn.culture.lifelong.stack.quarkus.TestTokens;
import vn.culture.lifelong.units.domain.UnitSuccessor;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.messaging.UnitEvent;
import vn.culture.lifelong.units.repository.UnitViewRepository;
import vn.culture.lifelong.units.service.UnitViewChanged;

/**
 * The unit read model (plans-service/unit-read-model) as reporting-service runs it, fed through a real broker with
 * events that keep plans-service's contract (each sample is checked against its JSON Schemas).
 */
@QuarkusTest
@WithTestResource(ServiceTestInfrastructure.class)
class UnitEventsConsumerTest {

    private static final String DEAD_LETTERS = "plans.units.v1.reporting-service.dlq";
    private static final AtomicLong UNIT_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    /** plans-service's id of province "20", under which the tests' units hang unless a test places them. */
    private static final long PROVINCE_ID = 20;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ProcessedEventRepository processed;

    @Inject
    UnitViewRepository units;

    @Inject
    ChangesSeen changesSeen;

    /** What an observer in the consuming service sees of the read model's changes, and whether it runs in their transaction. */
    @ApplicationScoped
    static class ChangesSeen {

        record Seen(UnitViewChanged change, boolean inTransaction) {
        }

        final Queue<Seen> seen = new ConcurrentLinkedQueue<>();

        void record(@Observes UnitViewChanged change) {
            seen.add(new Seen(change, QuarkusTransaction.isActive()));
        }

        List<Seen> of(long unitId) {
            return seen.stream().filter(each -> each.change().unitId() == unitId).toList();
        }
    }

    private TestKafka.Writer kafka;

    @BeforeEach
    void openWriter() {
        kafka = TestKafka.writer(bootstrapServers);
    }

    @AfterEach
    void closeWriter() {
        kafka.close();
    }

    /**
     * The data of a unit event: open, under province "20" (id {@link #PROVINCE_ID}), with no successors, unless a test
     * says otherwise.
     */
    private record Unit(long id, String code, String name, String parentCode, long parentId, String path,
            String validFrom, String validTo, String successors, long version) {

        static Unit of(long id, String code, String name, long version) {
            return new Unit(id, code, name, "20", PROVINCE_ID, "/" + PROVINCE_ID + "/" + id + "/", null, null, "[]", version);
        }

        Unit under(Unit parent) {
            return new Unit(id, code, name, parent.code, parent.id, parent.path + id + "/", validFrom, validTo, successors,
                    version);
        }

        Unit valid(String firstDay, String lastDay) {
            return new Unit(id, code, name, parentCode, parentId, path, firstDay, lastDay, successors, version);
        }

        Unit succeededBy(String successors) {
            return new Unit(id, code, name, parentCode, parentId, path, validFrom, validTo, successors, version);
        }

        Unit withPath(String path) {
            return new Unit(id, code, name, parentCode, parentId, path, validFrom, validTo, successors, version);
        }

        Unit at(long version) {
            return new Unit(id, code, name, parentCode, parentId, path, validFrom, validTo, successors, version);
        }
    }

    /** A unit event as plans-service writes it, not checked: for what plans-service must never send. */
    private static String uncheckedUnitEvent(UUID eventId, String type, Unit unit) {
        return """
                {"specversion":"1.0","id":"%s","source":"/plans-service","type":"%s","subject":"%s",
                 "time":"2026-11-21T10:00:00Z","datacontenttype":"application/json",
                 "data":{"id":%d,"code":"%s","name":"%s","kind":"PEOPLES_COMMITTEE","level":"COMMUNE","parentCode":"%s",
                         "parentId":%d,"path":"%s","validFrom":%s,"validTo":%s,"successors":%s,"populationByYear":{},
                         "version":%d}}"""
                .formatted(eventId, type, unit.code(), unit.id(), unit.code(), unit.name(), unit.parentCode(),
                        unit.parentId(), unit.path(), quoted(unit.validFrom()), quoted(unit.validTo()), unit.successors(),
                        unit.version());
    }

    /** A unit event as plans-service writes it, checked against its contract. */
    private static String unitEvent(UUID eventId, String type, Unit unit) {
        return EventContracts.checked(uncheckedUnitEvent(eventId, type, unit), "plans.unit.v1.schema.json");
    }

    /** The unit's event: created at version 0, updated after. */
    private static String unitEvent(UUID eventId, Unit unit) {
        return unitEvent(eventId, unit.version() == 0 ? UnitEvent.CREATED : UnitEvent.UPDATED, unit);
    }

    /** An event of unit {@code unitId} under province "20", existing from {@code validFrom} to {@code validTo}. */
    private static String unitEvent(UUID eventId, String type, long unitId, String code, String name, String validFrom,
            String validTo, long version) {
        return unitEvent(eventId, type, Unit.of(unitId, code, name, version).valid(validFrom, validTo));
    }

    private static String quoted(String date) {
        return date == null ? "null" : "\"" + date + "\"";
    }

    /** An event of unit {@code unitId}, open, at {@code version}. */
    private static String unitEvent(UUID eventId, long unitId, String code, String name, long version) {
        return unitEvent(eventId, Unit.of(unitId, code, name, version));
    }

    private void send(String code, String event) {
        kafka.send(UnitEvent.TOPIC, code, event);
    }

    private static ValidatableResponse readUnit(String code) {
        return given().auth().oauth2(TestTokens.forRole("viewer", "T")).get("/api/reports/units/{code}", code).then();
    }

    private static void awaitName(String code, String name) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> readUnit(code).statusCode(200).body("name", equalTo(name)));
    }

    private void awaitProcessed(UUID eventId) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> processed.findById(eventId) != null));
    }

    private static String newCode() {
        return "U" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }

    @Test
    void createdThenUpdatedUnitsAppearInTheReadModel() {
        String code = newCode();
        long unit = UNIT_IDS.incrementAndGet();
        send(code, unitEvent(UUID.randomUUID(), unit, code, "Xã Đồng Đăng", 0));
        awaitName(code, "Xã Đồng Đăng");
        readUnit(code).body("parentCode", equalTo("20")).body("level", equalTo("COMMUNE")).body("sourceVersion", equalTo(0));

        send(code, unitEvent(UUID.randomUUID(), unit, code, "Xã Đồng Đăng mới", 1));
        awaitName(code, "Xã Đồng Đăng mới");
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String code = newCode();
        long unit = UNIT_IDS.incrementAndGet();
        UUID id = UUID.randomUUID();
        send(code, unitEvent(id, unit, code, "Lần đầu", 0));
        awaitName(code, "Lần đầu");

        // Same event id again, with other content: a redelivery must change nothing.
        send(code, unitEvent(id, unit, code, "Lần hai", 5));
        // Same key, same partition: once a later record of this key is applied, the duplicate has been seen.
        send(code, unitEvent(UUID.randomUUID(), unit, code, "Lần đầu", 1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> readUnit(code).body("sourceVersion", equalTo(1)));
        readUnit(code).body("name", equalTo("Lần đầu"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.count("id", id))).isEqualTo(1);
    }

    @Test
    void anOlderVersionDoesNotOverwriteANewerOne() {
        String code = newCode();
        long unit = UNIT_IDS.incrementAndGet();
        send(code, unitEvent(UUID.randomUUID(), unit, code, "Bản 3", 3));
        awaitName(code, "Bản 3");
        UUID older = UUID.randomUUID();
        send(code, unitEvent(older, unit, code, "Bản 2", 2));
        awaitProcessed(older);
        readUnit(code).body("name", equalTo("Bản 3")).body("sourceVersion", equalTo(3));
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicAndLaterEventsStillArrive() {
        String code = newCode();
        try (TestKafka.Reader deadLetters = TestKafka.reader(bootstrapServers, DEAD_LETTERS)) {
            send(code, "this is not JSON");
            send(code, "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"plans.unit.created.v1\"}");
            send(code, unitEvent(UUID.randomUUID(), UNIT_IDS.incrementAndGet(), code, "Sau bản ghi hỏng", 0));

            awaitName(code, "Sau bản ghi hỏng");
            assertThat(deadLetters.recordsFor(code, 2, Duration.ofSeconds(20)))
                    .hasSize(2).first().satisfies(record -> assertThat(record.value()).isEqualTo("this is not JSON"));
        }
    }

    @Test
    void eventTypesThisVersionDoesNotKnowAreSkipped() {
        String code = newCode();
        send(code, EventContracts.checkedEnvelope("""
                {"specversion":"1.0","id":"%s","source":"/plans-service","type":"plans.unit.merged.v1",
                 "subject":"%s","time":"2026-11-21T10:00:00Z","datacontenttype":"application/json","data":{}}"""
                .formatted(UUID.randomUUID(), code)));
        send(code, unitEvent(UUID.randomUUID(), UNIT_IDS.incrementAndGet(), code, "Vẫn tiếp tục", 0));
        awaitName(code, "Vẫn tiếp tục");
    }

    @Test
    void aCodePassedFromAClosedUnitToANewOneKeepsBothApart() {
        String code = newCode();
        long oldId = UNIT_IDS.incrementAndGet();
        long newId = UNIT_IDS.incrementAndGet();
        send(code, unitEvent(UUID.randomUUID(), UnitEvent.UPDATED, oldId, code, "Tỉnh Yên Bái", null, null, 3));
        awaitName(code, "Tỉnh Yên Bái");
        send(code, unitEvent(UUID.randomUUID(), UnitEvent.UPDATED, oldId, code, "Tỉnh Yên Bái", null, "2025-06-30", 4));
        send(code, unitEvent(UUID.randomUUID(), UnitEvent.CREATED, newId, code, "Tỉnh Lào Cai", "2025-07-01", null, 0));
        awaitName(code, "Tỉnh Lào Cai");
        readUnit(code).body("validFrom", equalTo("2025-07-01"));
        // A late change to the closed unit must not overwrite the one bearing the code today.
        UUID lateChange = UUID.randomUUID();
        send(code, unitEvent(lateChange, UnitEvent.UPDATED, oldId, code, "Tỉnh Yên Bái (đã sáp nhập)", null, "2025-06-30", 5));
        awaitProcessed(lateChange);
        assertThat(QuarkusTransaction.requiringNew().call(() -> units.find("unitId", oldId).<UnitView>firstResult().name))
                .isEqualTo("Tỉnh Yên Bái (đã sáp nhập)");
        assertThat(QuarkusTransaction.requiringNew().call(() -> units.count("code", code))).isEqualTo(2);
        readUnit(code).body("name", equalTo("Tỉnh Lào Cai"));
    }

    @Test
    void aClosedUnitsSuccessorsAreKept() {
        String code = newCode();
        Unit unit = Unit.of(UNIT_IDS.incrementAndGet(), code, "Xã Hồng Phong", 0);
        long first = UNIT_IDS.incrementAndGet();
        long second = UNIT_IDS.incrementAndGet();
        send(code, unitEvent(UUID.randomUUID(), unit));
        UUID closure = UUID.randomUUID();
        send(code, unitEvent(closure, unit.valid(null, "2025-06-30").succeededBy("""
                [{"id":%d,"code":"06184","kind":"SPLIT_INTO"},{"id":%d,"code":"06187","kind":"SPLIT_INTO"}]"""
                .formatted(first, second)).at(1)));
        awaitProcessed(closure);

        assertThat(QuarkusTransaction.requiringNew().call(() -> Set.copyOf(units.findByUnitId(unit.id()).orElseThrow().successors)))
                .containsExactlyInAnyOrder(new UnitSuccessor(first, "SPLIT_INTO"), new UnitSuccessor(second, "SPLIT_INTO"));
        assertThat(changesSeen.of(unit.id())).extracting(seen -> seen.change().validTo())
                .containsExactly(null, LocalDate.of(2025, 6, 30));
    }

    @Test
    void aMovedUnitTakesItsDescendantsAlong() {
        Unit from = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Huyện Văn Yên", 0);
        Unit to = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Huyện Trấn Yên", 0);
        Unit moved = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Xã Đông Cuông", 0).under(from);
        Unit child = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Thôn Đồng Bằng", 0).under(moved);
        Unit grandchild = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Nhà văn hóa thôn Đồng Bằng", 0).under(child);
        Unit sibling = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Xã Mậu Đông", 0).under(from);
        List<Unit> all = List.of(from, to, moved, child, grandchild, sibling);
        List<UUID> created = new ArrayList<>();
        for (Unit unit : all) {
            UUID event = UUID.randomUUID();
            send(unit.code(), unitEvent(event, unit));
            created.add(event);
        }
        // Events of different codes may be applied in any order: the subtree is in the read model before it moves.
        created.forEach(this::awaitProcessed);

        UUID move = UUID.randomUUID();
        send(moved.code(), unitEvent(move, moved.under(to).at(1)));
        awaitProcessed(move);

        String movedPath = to.path() + moved.id() + "/";
        Map<Long, String> paths = QuarkusTransaction.requiringNew().call(() -> all.stream()
                .collect(Collectors.toMap(Unit::id, unit -> units.findByUnitId(unit.id()).orElseThrow().path)));
        assertThat(paths).containsExactlyInAnyOrderEntriesOf(Map.of(
                from.id(), from.path(),
                to.id(), to.path(),
                moved.id(), movedPath,
                child.id(), movedPath + child.id() + "/",
                grandchild.id(), movedPath + child.id() + "/" + grandchild.id() + "/",
                sibling.id(), sibling.path()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> units.count("path like ?1", to.path() + "%"))).isEqualTo(4);
        assertThat(changesSeen.of(moved.id())).containsExactly(
                new ChangesSeen.Seen(new UnitViewChanged(moved.id(), moved.path(), null), true),
                new ChangesSeen.Seen(new UnitViewChanged(moved.id(), movedPath, null), true));
    }

    private String pathOf(Unit unit) {
        return QuarkusTransaction.requiringNew().call(() -> units.findByUnitId(unit.id()).orElseThrow().path);
    }

    private void sendAndAwait(Unit... published) {
        for (Unit unit : published) {
            UUID event = UUID.randomUUID();
            send(unit.code(), unitEvent(event, unit));
            awaitProcessed(event);
        }
    }

    @Test
    void aUnitWhoseEventArrivesAfterItsAncestorMovedHangsWhereTheAncestorIsNow() {
        Unit from = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Huyện Văn Yên", 0);
        Unit to = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Huyện Trấn Yên", 0);
        Unit moved = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Xã Đông Cuông", 0).under(from);
        // Published before the commune moved, applied after: its path still names the old district.
        Unit lateChild = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Thôn Đồng Bằng", 0).under(moved);
        sendAndAwait(from, to, moved, moved.under(to).at(1), lateChild);

        assertThat(pathOf(lateChild)).isEqualTo(to.path() + moved.id() + "/" + lateChild.id() + "/");
    }

    @Test
    void childrenThatArrivedBeforeTheirParentsPlaceHangUnderItOnceItArrives() {
        Unit from = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Huyện Văn Yên", 0);
        Unit to = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Huyện Trấn Yên", 0);
        Unit parent = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Xã Đông Cuông", 0).under(from);
        Unit child = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Thôn Đồng Bằng", 0).under(parent);
        Unit grandchild = Unit.of(UNIT_IDS.incrementAndGet(), newCode(), "Nhà văn hóa thôn Đồng Bằng", 0).under(child);
        // The child and grandchild come first, with the place the commune had; the commune comes last, already moved.
        sendAndAwait(from, to, child, grandchild, parent.under(to).at(1));

        String parentPath = to.path() + parent.id() + "/";
        assertThat(pathOf(parent)).isEqualTo(parentPath);
        assertThat(pathOf(child)).isEqualTo(parentPath + child.id() + "/");
        assertThat(pathOf(grandchild)).isEqualTo(parentPath + child.id() + "/" + grandchild.id() + "/");
    }

    @Test
    void aPathThatDoesNotPlaceTheUnitGoesToTheDeadLetterTopic() {
        String code = newCode();
        Unit unit = Unit.of(UNIT_IDS.incrementAndGet(), code, "Xã Đồng Đăng", 0);
        try (TestKafka.Reader deadLetters = TestKafka.reader(bootstrapServers, DEAD_LETTERS)) {
            // Not ids between slashes, which the contract forbids.
            send(code, uncheckedUnitEvent(UUID.randomUUID(), UnitEvent.CREATED, unit.withPath(PROVINCE_ID + "/" + unit.id())));
            // Within the contract, but naming another unit's place: moving the unit would then move that one's subtree.
            send(code, unitEvent(UUID.randomUUID(), unit.withPath("/" + PROVINCE_ID + "/")));
            send(code, unitEvent(UUID.randomUUID(), unit.withPath("/" + unit.id() + "/")));
            send(code, unitEvent(UUID.randomUUID(), unit));

            awaitName(code, "Xã Đồng Đăng");
            assertThat(deadLetters.recordsFor(code, 3, Duration.ofSeconds(20))).hasSize(3);
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> units.findByUnitId(unit.id()).orElseThrow().path))
                .isEqualTo(unit.path());
    }

    @Test
    void readingTheReadModelNeedsAToken() {
        given().get("/api/reports/units/ANY").then().statusCode(401).contentType("application/problem+json");
        readUnit("NO-SUCH-UNIT").statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("NO-SUCH-UNIT"));
    }
}
