package vn.culture.lifelong.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * The public calendar of a busy province (deploy/bench/public-feed.sh): {@code activities} public activities spread
 * over this year and over the province's communes are planned through the gateway; then {@code clients} subscribers
 * at once fetch the province's public iCalendar feed without a token, accepting gzip as calendar apps do,
 * {@code requests} times cold (no If-None-Match) and as often with the ETag they hold (304). Prints requests per
 * second, time to first byte and to the last byte (percentiles), and the feed's size and events.
 *
 * <p>Arguments: gateway URL, the realm's URL, admin.demo's password, province code, activities, clients, requests.
 */
public final class PublicFeedLoad {

    private static final String[] KINDS = {"EXHIBITION", "THEMATIC_DISPLAY", "BOOK_FAIR", "BOOK_STREET",
        "READING_CONTEST", "STORYTELLING", "TALK", "TRAINING_CLASS", "MOBILE_LIBRARY", "FESTIVAL", "OTHER"};

    private final GatewayClient client;

    private PublicFeedLoad(GatewayClient client) {
        this.client = client;
    }

    public static void main(String[] args) throws Exception {
        PublicFeedLoad load = new PublicFeedLoad(new GatewayClient(args[0], args[1], args[2]));
        load.run(args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]));
    }

    private void run(String province, int activities, int clients, int requests) throws Exception {
        List<String> communes = new ArrayList<>();
        client.get("/api/plans/units/" + province + "/children?size=10000").path("items")
                .forEach(unit -> communes.add(unit.get("code").asText()));
        System.out.printf("province %s: %d units under it%n", province, communes.size());
        awaitInEventsService(communes);

        ExecutorService planners = Executors.newFixedThreadPool(8);
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        long start = System.nanoTime();
        Latencies<JsonNode> planned = Latencies.of(planners, IntStream.range(0, activities).boxed().toList(),
                index -> client.send("POST", "/api/events/activities", activity(communes.get(index % communes.size()),
                        index, year), 201));
        System.out.printf("planned:      %d public activities in %.1f s by 8 clients: %s%n", activities,
                (System.nanoTime() - start) / 1e9, planned.summary());
        planners.shutdown();

        String feedPath = "/api/events/public/calendar.ics?unit=" + province;
        long firstBegin = System.nanoTime();
        Fetch first = fetch(feedPath, null);
        System.out.printf("feed:         %d bytes gzip-compressed, %d events, ETag %s; written first in %.0f ms "
                + "(first byte %.0f ms)%n", first.body.length, first.events(), first.etag,
                (System.nanoTime() - firstBegin) / 1e6, first.firstByteNanos / 1e6);
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            fetch(feedPath, null);
        }
        ExecutorService subscribers = Executors.newFixedThreadPool(clients);
        burst("cold", subscribers, clients, requests, feedPath, null, 200);
        burst("if-none-match", subscribers, clients, requests, feedPath, first.etag, 304);
        subscribers.shutdown();
    }

    /** Waits until events-service's read model holds every unit (it follows plans-service's reference load). */
    private void awaitInEventsService(List<String> units) throws InterruptedException {
        long begin = System.nanoTime();
        for (String unit : units) {
            while (!holds(unit)) {
                if (System.nanoTime() - begin > Duration.ofMinutes(5).toNanos()) {
                    throw new IllegalStateException("events-service does not hold unit " + unit + " after 5 minutes");
                }
                Thread.sleep(500);
            }
        }
    }

    private boolean holds(String unit) {
        try {
            client.get("/api/events/units/" + unit);
            return true;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    private static Map<String, Object> activity(String unit, int index, int year) {
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(index % 365);
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("unitCode", unit);
        activity.put("kind", KINDS[index % KINDS.length]);
        activity.put("title", "Hoạt động hưởng ứng học tập suốt đời số " + index + ": đọc sách, kể chuyện, triển lãm");
        activity.put("place", "Nhà văn hóa, thư viện xã");
        if (index % 2 == 0) {
            activity.put("start", day.toString());
            activity.put("end", day.plusDays(index % 3).toString());
        } else {
            activity.put("start", day + "T08:00");
            activity.put("end", day + "T11:00");
        }
        activity.put("expectedParticipants", 50 + index % 200);
        activity.put("visibility", "PUBLIC");
        return activity;
    }

    private void burst(String name, ExecutorService pool, int clients, int requests, String path, String etag,
            int expectedStatus) throws Exception {
        Latencies<Fetch> firstBytes = new Latencies<>();
        long begin = System.nanoTime();
        Latencies<Fetch> whole = Latencies.of(pool, IntStream.range(0, requests).boxed().toList(), index -> {
            Fetch fetch = fetch(path, etag);
            if (fetch.status != expectedStatus) {
                throw new IllegalStateException(path + " answered " + fetch.status);
            }
            firstBytes.add(fetch.firstByteNanos);
            return fetch;
        });
        double seconds = (System.nanoTime() - begin) / 1e9;
        System.out.printf("%-13s %d subscribers at once, %d requests in %.1f s: %.0f/s%n", name + ":", clients, requests,
                seconds, whole.count() / seconds);
        System.out.printf("  first byte: %s%n  last byte:  %s%n", firstBytes.summary(), whole.summary());
    }

    private record Fetch(int status, long firstByteNanos, byte[] body, String etag) {

        /** The events of a gzip-compressed feed, counted once its body is expanded. */
        long events() {
            try (GZIPInputStream feed = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return new String(feed.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> line.equals("BEGIN:VEVENT")).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One anonymous GET of the feed, timing its first byte (the headers) and its last. */
    private Fetch fetch(String path, String etag) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Encoding", "gzip");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        long begin = System.nanoTime();
        long[] firstByte = new long[1];
        try {
            HttpResponse<byte[]> response = client.http.send(request.build(), info -> {
                firstByte[0] = System.nanoTime() - begin;
                return HttpResponse.BodySubscribers.ofByteArray();
            });
            return new Fetch(response.statusCode(), firstByte[0], response.body(),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }
}
