package vn.culture.lifelong.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Consolidation at national scale (deploy/bench/consolidation.sh). Every value of a national plan (ten indicators,
 * half-year and annual, for every commune and institution) goes in through the bulk import, a few communes per
 * request by {@code importers} at once; every report is submitted and accepted; one acceptance is timed until the
 * national figure shows it; then {@code requests} consolidated values of the nation and of a province (with their
 * children) are read by {@code clients} at once, through the gateway and straight from reporting-service, and a
 * quarter as many by one client alone; beside the plain SQL GROUP BY over the same rows, each client on its own
 * connection.
 *
 * <p>Arguments: gateway URL, realm URL, admin.demo's password, reporting-service URL, reporting database JDBC URL
 * (embedded PostgreSQL: user and password postgres), plan id, the institutions' JSON, communes.csv, importers,
 * clients, requests.
 */
public final class ConsolidationLoad {

    private static final List<String> NUMBERS = List.of("LIB_READER_VISITS", "LIB_ITEMS_SERVED", "LIB_BOOKS_ADDED",
            "LIB_PERIODICALS_ADDED", "LIB_THEMATIC_DISPLAYS", "LIB_BOOK_ROTATIONS", "MUS_VISITORS", "GEN_ACTIVITIES");
    private static final String COVERAGE = "LIB_FREE_INTERNET";
    private static final String SHARE = "LIB_POPULATION_SHARE";
    private static final List<String> PERIODS = List.of("HALF_YEAR", "ANNUAL");
    /** Communes per import request: ~3,000 rows, well inside the gateway's 30 s and the service's 20,000 rows. */
    private static final int COMMUNES_PER_REQUEST = 5;
    /** Hồ Chí Minh City: the province with the most communes. */
    private static final String PROVINCE = "79";
    private static final String INDICATOR = "LIB_READER_VISITS";

    private final GatewayClient client;
    private final GatewayClient direct;
    private final String database;
    private final long plan;

    private ConsolidationLoad(GatewayClient client, GatewayClient direct, String database, long plan) {
        this.client = client;
        this.direct = direct;
        this.database = database;
        this.plan = plan;
    }

    private record Unit(String code, String kind) {
    }

    public static void main(String[] args) throws Exception {
        GatewayClient client = new GatewayClient(args[0], args[1], args[2]);
        ConsolidationLoad load = new ConsolidationLoad(client, client.at(args[3]), args[4], Long.parseLong(args[5]));
        load.run(units(Path.of(args[6]), Path.of(args[7])), Integer.parseInt(args[8]), Integer.parseInt(args[9]),
                Integer.parseInt(args[10]));
    }

    /** Each commune with the institutions under it, the commune first. */
    private static Map<String, List<Unit>> units(Path institutions, Path communes) throws Exception {
        Map<String, List<Unit>> byCommune = new LinkedHashMap<>();
        Files.readAllLines(communes, StandardCharsets.UTF_8).stream().skip(1).map(line -> line.split(",")[0].strip())
                .forEach(code -> byCommune.put(code, new ArrayList<>(List.of(new Unit(code, "PEOPLES_COMMITTEE")))));
        for (JsonNode institution : GatewayClient.JSON.readTree(institutions.toFile())) {
            byCommune.get(institution.get("parentCode").asText())
                    .add(new Unit(institution.get("code").asText(), institution.get("kind").asText()));
        }
        return byCommune;
    }

    private void run(Map<String, List<Unit>> byCommune, int importers, int clients, int requests) throws Exception {
        int expected = byCommune.size() * PERIODS.size();
        long issued = System.nanoTime();
        while (client.total("/api/reports/obligations?plan=" + plan + "&size=1") < expected) {
            if (System.nanoTime() - issued > Duration.ofMinutes(15).toNanos()) {
                throw new IllegalStateException("The obligations were not all listed within 15 minutes");
            }
            Thread.sleep(500);
        }
        System.out.printf("all %d obligations listed %.1f s after the plan was issued%n",
                client.total("/api/reports/obligations?plan=" + plan + "&size=1"), (System.nanoTime() - issued) / 1e9);

        List<List<Map<String, Object>>> requestsOfRows = new ArrayList<>();
        List<String> communes = List.copyOf(byCommune.keySet());
        for (int from = 0; from < communes.size(); from += COMMUNES_PER_REQUEST) {
            List<Map<String, Object>> rows = new ArrayList<>();
            communes.subList(from, Math.min(from + COMMUNES_PER_REQUEST, communes.size()))
                    .forEach(commune -> byCommune.get(commune).forEach(unit -> rows.addAll(rowsOf(unit))));
            requestsOfRows.add(rows);
        }
        int rows = requestsOfRows.stream().mapToInt(List::size).sum();
        ExecutorService importing = Executors.newFixedThreadPool(importers);
        long importBegan = System.nanoTime();
        Latencies<JsonNode> imports = Latencies.of(importing, requestsOfRows,
                values -> client.send("POST", "/api/reports/data-values", Map.of("values", values), 200));
        double importSeconds = (System.nanoTime() - importBegan) / 1e9;
        int imported = imports.results().stream().mapToInt(summary -> summary.get("imported").asInt()).sum();
        System.out.printf("bulk import: %d rows (%d units) in %d requests by %d importers, %.0f s: %.0f rows/s; "
                        + "%d imported; per request %s%n", rows, byCommune.values().stream().mapToInt(List::size).sum(),
                requestsOfRows.size(), importers, importSeconds, rows / importSeconds, imported, imports.summary());
        JsonNode again = client.send("POST", "/api/reports/data-values", Map.of("values", requestsOfRows.get(0)), 200);
        System.out.printf("the first request again: %d unchanged of %d%n", again.get("unchanged").asInt(),
                requestsOfRows.get(0).size());

        List<Long> reports = new ArrayList<>();
        for (int page = 0; reports.size() < expected; page++) {
            client.get("/api/reports/obligations?plan=" + plan + "&size=500&page=" + page).path("items")
                    .forEach(item -> reports.add(item.get("reportId").asLong()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        // Each answer is a whole report (hundreds of lines): only the ids are kept.
        System.out.printf("submitted: %s%n", Latencies.of(pool, reports, report -> {
            client.send("POST", "/api/reports/reports/" + report + "/submit", null, 200);
            return report;
        }).summary());
        long last = reports.get(reports.size() - 1);
        System.out.printf("accepted:  %s%n", Latencies.of(pool, reports.subList(0, reports.size() - 1), report -> {
            client.send("POST", "/api/reports/reports/" + report + "/accept", null, 200);
            return report;
        }).summary());
        timeAnAcceptanceToTheNationalFigure(last);

        String nation = "/api/reports/values?indicator=" + INDICATOR + "&unit=VN&year=2026&kind=ANNUAL";
        String province = "/api/reports/values?indicator=" + INDICATOR + "&unit=" + PROVINCE + "&year=2026&kind=ANNUAL";
        JsonNode whole = client.get(nation);
        System.out.printf("the nation: %s %s from %d of %d units expected; %d children%n", whole.get("value"), INDICATOR,
                whole.get("unitsReported").asInt(), whole.get("unitsExpected").asInt(),
                whole.get("children").get("totalItems").asInt());
        ExecutorService alone = Executors.newSingleThreadExecutor();
        for (String[] query : new String[][] {{"nation", nation}, {"province " + PROVINCE, province}}) {
            burst(query[0] + ", gateway", pool, requests, () -> client.get(query[1]));
            burst(query[0] + ", reporting-service", pool, requests, () -> direct.get(query[1]));
            burst(query[0] + ", gateway, 1 client", alone, requests / 4, () -> client.get(query[1]));
        }
        alone.shutdown();
        groupBy(clients, requests);
        pool.shutdown();
        importing.shutdown();
    }

    /** A unit's rows for every period: its eight numbers and its share; and, for a library, its free internet. */
    private List<Map<String, Object>> rowsOf(Unit unit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String period : PERIODS) {
            for (String indicator : NUMBERS) {
                rows.add(row(unit, period, indicator, Map.of("value", 1 + Math.floorMod(Objects.hash(unit.code(), period,
                        indicator), 500))));
            }
            int people = 1_000 + Math.floorMod(Objects.hash(unit.code(), period), 9_000);
            rows.add(row(unit, period, SHARE, Map.of("numerator", people / 7, "denominator", people)));
            if (unit.kind().equals("LIBRARY")) {
                rows.add(row(unit, period, COVERAGE, Map.of("value", Math.floorMod(unit.code().hashCode(), 3) > 0)));
            }
        }
        return rows;
    }

    private Map<String, Object> row(Unit unit, String period, String indicator, Map<String, Object> value) {
        Map<String, Object> row = new LinkedHashMap<>(Map.of("plan", plan, "unit", unit.code(), "year", 2026,
                "kind", period, "indicator", indicator));
        row.putAll(value);
        return row;
    }

    /** From sending the acceptance of one annual report to reading a national figure that counts it. */
    private void timeAnAcceptanceToTheNationalFigure(long report) throws InterruptedException {
        String path = "/api/reports/values?indicator=" + INDICATOR + "&unit=VN&year=2026&kind=ANNUAL&size=1";
        int before = client.get(path).get("unitsReported").asInt();
        long began = System.nanoTime();
        client.send("POST", "/api/reports/reports/" + report + "/accept", null, 200);
        long accepted = System.nanoTime();
        while (client.get(path).get("unitsReported").asInt() == before) {
            Thread.sleep(1);
        }
        System.out.printf("an acceptance (%d lines' units) to the national figure counting it: %.1f ms "
                        + "(the acceptance itself %.1f ms)%n", client.get(path).get("unitsReported").asInt() - before,
                (System.nanoTime() - began) / 1e6, (accepted - began) / 1e6);
    }

    /** {@code requests} reads by the pool's clients at once, after a tenth as many to warm up. */
    private static <T> void burst(String name, ExecutorService pool, int requests, Supplier<T> read) throws Exception {
        Latencies.of(pool, IntStream.range(0, Math.max(1, requests / 10)).boxed().toList(), index -> read.get());
        Latencies<T> latencies = Latencies.of(pool, IntStream.range(0, requests).boxed().toList(), index -> read.get());
        System.out.printf("%-38s %s%n", name + ":", latencies.summary());
    }

    /** The same figures by plain SQL: the accepted values under the unit, grouped by child, on every request. */
    private void groupBy(int clients, int requests) throws Exception {
        String sql = "SELECT split_part(substr(u.path, length(?) + 1), '/', 1) AS child, count(*) AS units, "
                + "sum(v.number_value) AS total FROM report_value v JOIN report r ON r.id = v.report_id "
                + "JOIN unit_view u ON u.unit_id = v.unit_id WHERE r.status = 'ACCEPTED' AND v.indicator = ? "
                + "AND v.kind = 'ANNUAL' AND v.year = 2026 AND u.path LIKE ? GROUP BY 1";
        LinkedBlockingQueue<Connection> connections = new LinkedBlockingQueue<>();
        for (int i = 0; i < clients; i++) {
            connections.add(DriverManager.getConnection(database, "postgres", "postgres"));
        }
        String provincePath;
        try (PreparedStatement find = connections.peek().prepareStatement(
                "SELECT path FROM unit_view WHERE code = ? AND valid_to IS NULL")) {
            find.setString(1, PROVINCE);
            try (ResultSet found = find.executeQuery()) {
                found.next();
                provincePath = found.getString(1);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        // A plain GROUP BY of the nation takes seconds: a tenth of the requests tell its percentiles well enough.
        for (String[] query : new String[][] {{"nation", "/"}, {"province " + PROVINCE, provincePath}}) {
            burst(query[0] + ", SQL GROUP BY", pool, Math.max(clients, requests / 10), () -> {
                Connection connection = connections.poll();
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, query[1]);
                    statement.setString(2, INDICATOR);
                    statement.setString(3, query[1] + "%");
                    int children = 0;
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            children++;
                        }
                    }
                    return children;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                } finally {
                    connections.add(connection);
                }
            });
        }
        pool.shutdown();
        for (Connection connection : connections) {
            connection.close();
        }
    }
}
