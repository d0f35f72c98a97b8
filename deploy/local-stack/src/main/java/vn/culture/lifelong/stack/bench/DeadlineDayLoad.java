package vn.culture.lifelong.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

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

    private final GatewayClient client;

    private DeadlineDayLoad(GatewayClient client) {
        this.client = client;
    }

    public static void main(String[] args) throws Exception {
        DeadlineDayLoad load = new DeadlineDayLoad(new GatewayClient(args[0], args[1], args[2]));
        int clients = Integer.parseInt(args[3]);
        long plan = Long.parseLong(args[4]);
        int expected = Integer.parseInt(args[5]);
        load.run(clients, plan, expected);
    }

    private void run(int clients, long plan, int expected) throws Exception {
        long issued = System.nanoTime();
        while (client.total("/api/reports/obligations?plan=" + plan + "&size=1") < expected) {
            if (System.nanoTime() - issued > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException("The obligations were not all listed within 10 minutes");
            }
            Thread.sleep(200);
        }
        System.out.printf("all %d obligations listed %.1f s after the plan was issued%n", expected,
                (System.nanoTime() - issued) / 1e9);

        List<Long> obligations = new ArrayList<>();
        for (int page = 0; obligations.size() < expected; page++) {
            JsonNode items = client.get("/api/reports/obligations?plan=" + plan + "&size=500&page=" + page).path("items");
            items.forEach(item -> obligations.add(item.get("id").asLong()));
        }

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Latencies<JsonNode> drafts = Latencies.of(pool, obligations, obligation -> client.send("POST", "/api/reports/reports",
                Map.of("obligationId", obligation), 201));
        System.out.printf("drafts started:  %s%n", drafts.summary());

        // What each commune fills in, from the draft it got: every line answered with a value of its type.
        Map<Long, Map<String, Object>> contents = new ConcurrentHashMap<>();
        drafts.results().forEach(draft -> contents.put(draft.get("id").asLong(), content(draft)));
        List<Long> reports = List.copyOf(contents.keySet());

        burst("saving", pool, clients, reports, report -> client.send("PUT", "/api/reports/reports/" + report,
                contents.get(report), 200));
        burst("submitting", pool, clients, reports, report -> client.send("POST", "/api/reports/reports/" + report + "/submit",
                null, 200));
        pool.shutdown();

        int submitted = client.total("/api/reports/obligations?plan=" + plan + "&status=SUBMITTED&size=1");
        int all = client.total("/api/reports/obligations?plan=" + plan + "&size=1");
        System.out.printf("afterwards: %d obligations, %d of them submitted, %d reports started (none twice: %s)%n", all,
                submitted, reports.size(), reports.stream().distinct().count() == reports.size());
    }

    /** {@code clients} reporters at once, each sending its reports' requests one after the other. */
    private void burst(String name, ExecutorService pool, int clients, List<Long> reports, Function<Long, JsonNode> request)
            throws Exception {
        long start = System.nanoTime();
        Latencies<JsonNode> phase = Latencies.of(pool, reports, request);
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
}
