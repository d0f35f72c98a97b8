package vn.culture.lifelong.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.stack.DemoData;
import vn.culture.lifelong.stack.LocalStack;
import vn.culture.lifelong.stack.ManagedProcess;

/**
 * Failures survived, on the whole stack through the gateway: a service killed (SIGKILL) while it writes, the broker
 * and PostgreSQL stopped and started again. Each test counts what the clients had acknowledged, what the databases
 * committed, and what reached the read models, once.
 */
class ResilienceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RESTART = Duration.ofMinutes(3);
    private static final Duration CATCH_UP = Duration.ofMinutes(4);
    private static final List<String> READ_MODELS = List.of("reporting", "events");
    private static LocalStack stack;
    private static String gateway;

    @BeforeAll
    static void startStackWithTheReferenceUnits() {
        stack = Stack.get();
        gateway = stack.gatewayUrl();
        DemoData.asDemoAdministrator(stack).orElseThrow().load();
    }

    @Test
    void plansServiceKilledTwiceAmidTenThousandChangesLosesNoneAndAppliesNoneTwice() throws Exception {
        String run = "RK" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
        Object start = databaseNow("plans");
        int units = 8_500;
        int renamed = 1_000;
        int plans = 250;
        List<PersistentWriters.Task> changes = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            changes.add(unitCreated(run + "-" + i, i < renamed));
        }
        for (int i = 0; i < plans; i++) {
            changes.add(planDraftedAndIssued(run + " " + i));
        }
        Collections.shuffle(changes);

        PersistentWriters writers = new PersistentWriters(gateway, new RefreshingToken("admin.demo"), RESTART);
        ManagedProcess plansService = stack.process("plans-service");
        long began = System.nanoTime();
        Thread killer = new Thread(() -> {
            killWhenAcknowledged(plansService, writers.acknowledged, 2_500);
            killWhenAcknowledged(plansService, writers.acknowledged, 6_500);
        });
        killer.start();
        writers.run(changes, 8);
        killer.join();
        long seconds = Duration.ofNanos(System.nanoTime() - began).toSeconds();

        assertThat(writers.failures).isEmpty();
        assertThat(writers.acknowledged.get() + writers.settledOtherwise.get()).isEqualTo(units + renamed + 2 * plans);
        String codes = run + "-%";
        assertThat(ServiceDatabases.count("plans", "SELECT count(*) FROM unit WHERE code LIKE ?", codes)).isEqualTo(units);
        assertThat(ServiceDatabases.count("plans", "SELECT count(*) FROM unit WHERE code LIKE ? AND name LIKE '%(đổi tên)'",
                codes)).isEqualTo(renamed);
        assertThat(ServiceDatabases.count("plans", "SELECT count(*) FROM plan WHERE title LIKE ? AND status = 'ISSUED'",
                "%" + run + " %")).isEqualTo(plans);

        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String readModel : READ_MODELS) {
                assertThat(ServiceDatabases.count(readModel, "SELECT count(*) FROM unit_view WHERE code LIKE ?", codes))
                        .as(readModel + " units").isEqualTo(units);
                assertThat(ServiceDatabases.count(readModel,
                        "SELECT count(*) FROM unit_view WHERE code LIKE ? AND name LIKE '%(đổi tên)'", codes))
                        .as(readModel + " renamed units").isEqualTo(renamed);
                assertThat(ServiceDatabases.count(readModel, "SELECT count(*) FROM plan_view WHERE title LIKE ? AND status = 'ISSUED'",
                        "%" + run + " %")).as(readModel + " issued plans").isEqualTo(plans);
            }
        });
        long published = eachEventAppliedOnce(start);
        System.out.printf("Resilience, plans-service killed twice: %d changes acknowledged and %d found done by their retry, in "
                + "%d s (%d requests sent, %d sent again), %d events published, each applied once by %s%n",
                writers.acknowledged.get(), writers.settledOtherwise.get(), seconds, writers.sent.get(), writers.retried.get(),
                published, READ_MODELS);
    }

    @Test
    void theBrokerStoppedMidStreamLosesNothingAndDuplicatesNothing() throws Exception {
        String run = "RB" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
        Object start = databaseNow("plans");
        int units = 2_000;
        List<PersistentWriters.Task> changes = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            changes.add(unitCreated(run + "-" + i, false));
        }
        PersistentWriters writers = new PersistentWriters(gateway, new RefreshingToken("admin.demo"), RESTART);
        Thread outage = new Thread(() -> {
            awaitAcknowledged(writers.acknowledged, 500);
            stack.stopBroker();
            // Writes go on into the outbox while the broker is away: a thousand more before it comes back.
            awaitAcknowledged(writers.acknowledged, 1_500);
            stack.startBroker();
        });
        outage.start();
        writers.run(changes, 8);
        outage.join();

        assertThat(writers.failures).isEmpty();
        assertThat(writers.acknowledged.get()).isEqualTo(units);
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String readModel : READ_MODELS) {
                assertThat(ServiceDatabases.count(readModel, "SELECT count(*) FROM unit_view WHERE code LIKE ?", run + "-%"))
                        .as(readModel).isEqualTo(units);
            }
        });
        long published = eachEventAppliedOnce(start);
        System.out.printf("Resilience, broker stopped from 500 to 1,500 acknowledged: %d units acknowledged, %d events published, each applied "
                + "once by %s%n", writers.acknowledged.get(), published, READ_MODELS);
    }

    @Test
    void reportingServiceKilledDuringSubmissionsKeepsEveryAcknowledgedOneAndMakesNoneTwice() throws Exception {
        long plan = IssuedPlans.issue(gateway, "admin.demo", "01", List.of(IssuedPlans.target("T01", "LIB_READER_VISITS",
                "ABSOLUTE", IssuedPlans.unit("01"), 100_000, null, "Phục vụ 100.000 lượt bạn đọc")));
        RefreshingToken admin = new RefreshingToken("admin.demo");
        List<Long> obligations = await().atMost(Duration.ofSeconds(60)).until(
                () -> obligationsOf(plan, admin.get()), found -> found.size() > 100);

        PersistentWriters writers = new PersistentWriters(gateway, admin, RESTART);
        AtomicInteger submitted = new AtomicInteger();
        List<PersistentWriters.Task> submissions = new ArrayList<>();
        for (long obligation : obligations) {
            submissions.add(client -> submit(client, obligation, submitted));
        }
        ManagedProcess reporting = stack.process("reporting-service");
        Thread killer = new Thread(() -> {
            awaitAcknowledged(submitted, obligations.size() / 3);
            reporting.kill();
            reporting.start();
            reporting.awaitHealthy(RESTART);
        });
        killer.start();
        writers.run(submissions, 8);
        killer.join();

        assertThat(writers.failures).isEmpty();
        String ofPlan = "FROM report r JOIN obligation o ON o.id = r.obligation_id WHERE o.plan_id = ?";
        assertThat(ServiceDatabases.count("reporting", "SELECT count(*) " + ofPlan + " AND r.status = 'SUBMITTED'", plan))
                .as("submitted reports").isEqualTo(obligations.size());
        // One report per obligation is a constraint; a submission made twice would show in the history.
        assertThat(ServiceDatabases.count("reporting", "SELECT count(*) FROM report_history h JOIN report r ON r.id = h.report_id "
                + "JOIN obligation o ON o.id = r.obligation_id WHERE o.plan_id = ? AND h.action = 'SUBMITTED'", plan))
                .as("submissions recorded").isEqualTo(obligations.size());
        System.out.printf("Resilience, reporting-service killed: %d reports submitted (%d with the 2xx seen), %d requests "
                + "sent, %d sent again%n", obligations.size(), submitted.get(), writers.sent.get(), writers.retried.get());
    }

    @Test
    void postgresStoppedAndStartedAgainTheServicesGoDownThenUpWithoutARestart() throws Exception {
        String code = "RP" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
        // Keycloak keeps its data in the same PostgreSQL: the token is fetched before.
        String token = Keycloak.userToken("admin.demo");
        stack.stopPostgres();
        try {
            for (String service : LocalStack.SERVICES) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(stack.serviceUrl(service) + "/q/health/ready")
                        .then().statusCode(503));
            }
            int refused = given().auth().oauth2(token).contentType("application/json")
                    .body(unit(code, "Thư viện khi cơ sở dữ liệu ngừng")).post(gateway + "/api/plans/units").statusCode();
            assertThat(refused).isGreaterThanOrEqualTo(500);
        } finally {
            stack.startPostgres();
        }
        for (String service : LocalStack.SERVICES) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get(stack.serviceUrl(service) + "/q/health/ready")
                    .then().statusCode(200));
        }
        assertThat(ServiceDatabases.count("plans", "SELECT count(*) FROM unit WHERE code = ?", code)).as("half written").isZero();

        String afterwards = code + "-UP";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Keycloak.userToken("admin.demo"))
                .contentType("application/json").body(unit(afterwards, "Thư viện sau khi cơ sở dữ liệu trở lại"))
                .post(gateway + "/api/plans/units").then().statusCode(201));
        await().atMost(CATCH_UP).untilAsserted(() -> {
            for (String readModel : READ_MODELS) {
                assertThat(ServiceDatabases.count(readModel, "SELECT count(*) FROM unit_view WHERE code = ?", afterwards))
                        .as(readModel).isEqualTo(1);
            }
        });
    }

    @Test
    void overloadPastCapacityIsShedWith503AndFullServiceReturnsWithoutGrowingMemory() throws Exception {
        String token = Keycloak.userToken("admin.demo");
        String heavyRead = gateway + "/api/plans/units/01/descendants?size=200";
        Map<Integer, Integer> first = overload(heavyRead, token, 256, Duration.ofSeconds(15));
        Map<String, Long> afterFirst = residentMemory();
        Map<Integer, Integer> second = overload(heavyRead, token, 256, Duration.ofSeconds(15));
        Map<String, Long> afterSecond = residentMemory();

        for (Map<Integer, Integer> round : List.of(first, second)) {
            assertThat(round.keySet()).as("answers under overload").isSubsetOf(200, 429, 503);
            assertThat(round.getOrDefault(503, 0) + round.getOrDefault(429, 0)).as("requests shed").isPositive();
            assertThat(round.get(200)).as("requests served").isPositive();
        }
        stack.processes().values().forEach(process -> assertThat(process.isAlive()).as(process.name()).isTrue());
        afterSecond.forEach((process, bytes) -> assertThat(bytes).as(process + " resident memory after a second round")
                .isLessThan(afterFirst.get(process) + 64L * 1024 * 1024));
        long began = System.nanoTime();
        given().auth().oauth2(token).get(heavyRead).then().statusCode(200);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).as("once the load drops").isLessThan(Duration.ofSeconds(2));
        System.out.printf("Resilience, overload by 256 clients for 2 × 15 s: answers %s then %s; resident memory after the "
                + "first round %s, after the second %s (MiB)%n", first, second, mebibytes(afterFirst), mebibytes(afterSecond));
    }

    /** {@code clients} at once sending {@code url} as fast as they are answered for {@code duration}: answers by status. */
    private static Map<Integer, Integer> overload(String url, String token, int clients, Duration duration) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        statuses.merge(status, 1, Integer::sum);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new TreeMap<>(statuses);
    }

    /** Each process's resident set (VmRSS) with the processes it started (Keycloak's launcher starts its JVM), in bytes. */
    private static Map<String, Long> residentMemory() throws IOException {
        Map<String, Long> memory = new TreeMap<>();
        for (ManagedProcess process : stack.processes().values()) {
            ProcessHandle leader = ProcessHandle.of(process.pid()).orElseThrow();
            long bytes = 0;
            for (ProcessHandle member : Stream.concat(Stream.of(leader), leader.descendants()).toList()) {
                for (String line : Files.readAllLines(Path.of("/proc/" + member.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        bytes += Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            }
            memory.put(process.name(), bytes);
        }
        return memory;
    }

    private static Map<String, Long> mebibytes(Map<String, Long> bytes) {
        Map<String, Long> mebibytes = new TreeMap<>();
        bytes.forEach((process, value) -> mebibytes.put(process, value / (1024 * 1024)));
        return mebibytes;
    }

    /** A unit created (a library of the province level), and renamed afterwards when {@code renamed}. */
    private static PersistentWriters.Task unitCreated(String code, boolean renamed) {
        String key = UUID.randomUUID().toString();
        return client -> {
            Optional<PersistentWriters.Answer> created = client.send("POST", "/api/plans/units",
                    unit(code, "Thư viện thử sức chịu lỗi " + code), key);
            if (created.isPresent() && renamed) {
                client.send("PUT", "/api/plans/units/" + code, unit(code, "Thư viện thử sức chịu lỗi " + code + " (đổi tên)"), null);
            }
        };
    }

    private static String unit(String code, String name) {
        return json(Map.of("code", code, "name", name, "kind", "LIBRARY", "level", "PROVINCE"));
    }

    /** A plan of Lạng Sơn, titled with {@code mark}, drafted and then issued (without a reporting regime: nobody owes). */
    private static PersistentWriters.Task planDraftedAndIssued(String mark) {
        String key = UUID.randomUUID().toString();
        String document = json(Map.of(
                "issuingUnit", "20",
                "title", "Kế hoạch thử sức chịu lỗi " + mark + " năm 2026",
                "horizon", Map.of("fromYear", 2026, "toYear", 2026),
                "targets", List.of(),
                "tasks", List.of(Map.of("key", "NV01", "sector", "LIBRARY", "content", "Tổ chức Ngày Sách 21/4",
                        "schedule", Map.of("kind", "YEARLY"), "lead", IssuedPlans.unit("20"),
                        "implementing", List.of(IssuedPlans.communesOf("20")))),
                "reporting", Map.of("reports", List.of())));
        return client -> {
            Optional<PersistentWriters.Answer> drafted = client.send("POST", "/api/plans/plans", document, key);
            if (drafted.isPresent()) {
                long id = read(drafted.get().body()).path("plan").path("id").asLong();
                String issue = json(Map.of("number", id + "/KH-THU", "issueDate", "2026-01-15"));
                client.send("POST", "/api/plans/plans/" + id + "/issue", issue, null, Set.of(409));
            }
        };
    }

    /**
     * A commune's report drafted (Idempotency-Key), filled and submitted by a careful client: a submission sent
     * again after its answer was lost is refused as submitted already (409), which settles it too.
     */
    private static void submit(PersistentWriters client, long obligation, AtomicInteger submitted) throws InterruptedException {
        Optional<PersistentWriters.Answer> draft = client.send("POST", "/api/reports/reports",
                json(Map.of("obligationId", obligation)), UUID.randomUUID().toString());
        if (draft.isEmpty()) {
            return;
        }
        JsonNode report = read(draft.get().body());
        long id = report.path("id").asLong();
        String unitCode = report.path("lines").path(0).path("unitCode").asText();
        String content = json(Map.of(
                "lines", List.of(Map.of("target", "T01", "unitCode", unitCode, "value", 1_000)),
                "tasks", List.of(Map.of("task", "NV01", "progress", "DONE")),
                "results", "Phục vụ 1.000 lượt bạn đọc"));
        if (client.send("PUT", "/api/reports/reports/" + id, content, null).isEmpty()) {
            return;
        }
        Optional<PersistentWriters.Answer> submission = client.send("POST", "/api/reports/reports/" + id + "/submit", null,
                null, Set.of(409));
        if (submission.isPresent() && submission.get().status() == 200) {
            submitted.incrementAndGet();
        }
    }

    private static List<Long> obligationsOf(long plan, String token) {
        return given().auth().oauth2(token).queryParam("plan", plan).queryParam("size", 500)
                .get(gateway + "/api/reports/obligations").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
    }

    /**
     * Every event plans-service published since {@code start} was applied exactly once by each read model: the
     * consumers record the id of each event they apply in the transaction of its effect (the primary key refuses a
     * second), so a consumer that had applied an event twice, or missed one, shows here. Returns how many.
     */
    private static long eachEventAppliedOnce(Object start) {
        List<List<Object>> events = ServiceDatabases.rows("plans",
                "SELECT id::text FROM outbox_event WHERE created_at >= ? AND topic IN ('plans.units.v1', 'plans.plans.v1')", start);
        assertThat(ServiceDatabases.count("plans", "SELECT count(*) FROM outbox_event WHERE created_at >= ? AND published_at IS NULL",
                start)).as("events not relayed").isZero();
        String ids = String.join(",", events.stream().map(row -> (String) row.get(0)).toList());
        for (String readModel : READ_MODELS) {
            assertThat(ServiceDatabases.count(readModel,
                    "SELECT count(*) FROM processed_event WHERE id::text = ANY (string_to_array(?, ','))", ids))
                    .as(readModel + " applied").isEqualTo(events.size());
        }
        return events.size();
    }

    private static void killWhenAcknowledged(ManagedProcess service, AtomicInteger acknowledged, int count) {
        awaitAcknowledged(acknowledged, count);
        service.kill();
        service.start();
        service.awaitHealthy(RESTART);
    }

    private static void awaitAcknowledged(AtomicInteger acknowledged, int count) {
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50)).until(() -> acknowledged.get() >= count);
    }

    /** The database's clock (a timestamp to hand back as a parameter), which stamps the outbox. */
    private static Object databaseNow(String database) {
        return ServiceDatabases.rows(database, "SELECT now()").get(0).get(0);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
