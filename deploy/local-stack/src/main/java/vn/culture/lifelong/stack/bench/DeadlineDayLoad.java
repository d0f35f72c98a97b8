package vn.culture.lifelong.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Deadline day through the gateway (deploy/bench/report-submissions.sh): one national plan obliges every commune to an
 * annual report; the time until all obligations are listed; every commune's draft started; then {@code clients}
 * reporters at once save their reports' content, and then submit them. Prints for each burst the requests per second
 * and latency percentiles (failures: answers other than the expected one), and what the service counts afterwards
 * (every report submitted, none twice).
 *
 * <p>Arguments: gateway URL, the realm's URL and admin.demo's password (one login for all reporters, since the realm
 * has no user per commune; the service checks the same rules for it, and the token is renewed before it expires),
 * concurrent clients, plan id, expected obligations.
 */
public final class DeadlineDayLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Tokens live 5 minutes in the realm; a new one is fetched well before. */
    private static final Duration TOKEN_RENEWAL = Duration.ofMinutes(3);

    private final String gateway;
    private final String realm;
    private final String password;
    private volatile String token;
    private volatile long tokenFetchedAt;

    private DeadlineDayLoad(String gateway, String realm, String password) {
        this.gateway = gateway;
        this.realm = realm;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        DeadlineDayLoad load = new DeadlineDayLoad(args[0], args[1], args[2]);
        int clients = Integer.parseInt(args[3]);
        long plan = Long.parseLong(args[4]);
        int expected = Integer.parseInt(args[5]);
        load.run(clients, plan, expected);
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - tokenFetchedAt > TOKEN_RENEWAL.toNanos()) {
            String form = "grant_type=password&client_id=cli&username=admin.demo&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
            token = JSON.readTree(response.body()).path("access_token").asText();
            tokenFetchedAt = System.nanoTime();
        }
        return token;
    }

    private void run(int clients, long plan, int expected) throws Exception {
        long issued = System.nanoTime();
        while (total("/api/reports/obligations?plan=" + plan + "&size=1") < expected) {
            if (System.nanoTime() - issued > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException("The obligations were not all listed within 10 minutes");
            }
            Thread.sleep(200);
        }
        System.out.printf("all %d obligations listed %.1f s after the plan was issued%n", expected,
                (System.nanoTime() - issued) / 1e9);

        List<Long> obligations = new ArrayList<>();
        for (int page = 0; obligations.size() < expected; page++) {
            JsonNode items = get("/api/reports/obligations?plan=" + plan + "&size=500&page=" + page).path("items");
            items.forEach(item -> obligations.add(item.get("id").asLong()));
        }

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Phase drafts = phase(pool, obligations, obligation -> send("POST", "/api/reports/reports",
                Map.of("obligationId", obligation), 201));
        System.out.printf("drafts started:  %s%n", drafts.summary());

        // What each commune fills in, from the draft it got: every line answered with a value of its type.
        Map<Long, Map<String, Object>> contents = new ConcurrentHashMap<>();
        drafts.results().forEach(draft -> contents.put(draft.get("id").asLong(), content(draft)));
        List<Long> reports = List.copyOf(contents.keySet());

        burst("saving", pool, clients, reports, report -> send("PUT", "/api/reports/reports/" + report,
                contents.get(report), 200));
        burst("submitting", pool, clients, reports, report -> send("POST", "/api/reports/reports/" + report + "/submit",
                null, 200));
        pool.shutdown();

        int submitted = total("/api/reports/obligations?plan=" + plan + "&status=SUBMITTED&size=1");
        int all = total("/api/reports/obligations?plan=" + plan + "&size=1");
        System.out.printf("afterwards: %d obligations, %d of them submitted, %d reports started (none twice: %s)%n", all,
                submitted, reports.size(), reports.stream().distinct().count() == reports.size());
    }

    /** {@code clients} reporters at once, each sending its reports' requests one after the other. */
    private void burst(String name, ExecutorService pool, int clients, List<Long> reports, Function<Long, JsonNode> request)
            throws Exception {
        long start = System.nanoTime();
        Phase phase = phase(pool, reports, request);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-11s %d reporters at once, %d reports in %.1f s: %.0f/s; %s%n", name + ":", clients,
                reports.size(), seconds, phase.count() / seconds, phase.summary());
    }

    /** What a reporter fills in: every line of the draft answered, with values of its type. */
    private static Map<String, Object> content(JsonNode draft) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (JsonNode line : draft.path("lines")) {
            String target = line.get("target").asText();
            String unit = line.get("unitCode").asText();
            lines.add(switch (line.get("valueType").asText()) {
                case "NUMBER" -> Map.of("target", target, "unitCode", unit, "value", 1_000 + unit.hashCode() % 500);
                case "YES_NO" -> Map.of("target", target, "unitCode", unit, "value", unit.hashCode() % 2 == 0);
                default -> Map.of("target", target, "unitCode", unit, "numerator", 120, "denominator", 800);
            });
        }
        List<Map<String, Object>> tasks = new ArrayList<>();
        draft.path("tasks").forEach(task -> tasks.add(Map.of("task", task.get("task").asText(), "progress", "DONE")));
        return Map.of("lines", lines, "tasks", tasks, "results", "Hoàn thành các chỉ tiêu năm",
                "difficulties", "Kinh phí hạn hẹp", "proposals", "Đề nghị bổ sung đầu sách");
    }

    private Phase phase(ExecutorService pool, List<Long> ids, Function<Long, JsonNode> work) throws Exception {
        Phase phase = new Phase();
        List<Future<?>> running = new ArrayList<>();
        for (Long id : ids) {
            running.add(pool.submit(() -> phase.results.add(phase.time(() -> work.apply(id)))));
        }
        for (Future<?> future : running) {
            future.get();
        }
        return phase;
    }

    /** Latencies and failures of one kind of request. */
    private static final class Phase {

        private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<JsonNode> results = new ConcurrentLinkedQueue<>();
        private final AtomicInteger failures = new AtomicInteger();

        JsonNode time(Supplier<JsonNode> request) {
            long begin = System.nanoTime();
            try {
                return request.get();
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                throw e;
            } finally {
                nanos.add(System.nanoTime() - begin);
            }
        }

        int count() {
            return nanos.size() - failures.get();
        }

        List<JsonNode> results() {
            return List.copyOf(results);
        }

        String summary() {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return String.format("%d ok, %d failed; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", count(),
                    failures.get(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        private static double percentile(long[] sorted, int percent) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    private int total(String path) {
        return get(path).path("totalItems").asInt();
    }

    private JsonNode get(String path) {
        return send("GET", path, null, 200);
    }

    private JsonNode send(String method, String path, Object body, int expectedStatus) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token());
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
