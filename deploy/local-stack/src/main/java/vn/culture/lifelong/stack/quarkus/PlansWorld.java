package vn.culture.lifelong.stack.quarkus;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Units, indicators and plans published to the broker the way plans-service publishes them, each event checked
 * against its contract: the world the consuming services' tests work in. Every test builds its own (fresh ids and
 * codes), so tests never see each other's data.
 */
public class PlansWorld implements AutoCloseable {

    private static final AtomicLong IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000L) * 1000);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestKafka.Writer kafka;

    public PlansWorld(String bootstrapServers) {
        this.kafka = TestKafka.writer(bootstrapServers);
    }

    @Override
    public void close() {
        kafka.close();
    }

    /** How long a test waits for what it published to reach a service. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    /**
     * Waits until the read model a service serves at {@code unitPath} (e.g. {@code /api/events/units/{code}}) holds each
     * of {@code units} as published: topics have several partitions, so units published one after the other may
     * arrive in any order.
     */
    public static void awaitUnits(String unitPath, Unit... units) {
        for (Unit unit : units) {
            await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.forRole("admin", "BVHTTDL"))
                    .get(unitPath, unit.code()).then().statusCode(200).body("sourceVersion", equalTo((int) unit.version())));
        }
    }

    public static long nextId() {
        return IDS.incrementAndGet();
    }

    /** A unit as plans-service published it. */
    public record Unit(long id, String code, String name, String kind, String level, Unit parent, String path,
            String validFrom, String validTo, List<Map<String, Object>> successors, long version) {
    }

    public Unit unit(String name, String kind, String level, Unit parent) {
        return unit(name, kind, level, parent, null);
    }

    public Unit unit(String name, String kind, String level, Unit parent, String validFrom) {
        long id = nextId();
        Unit unit = new Unit(id, "R" + id, name, kind, level, parent, (parent == null ? "/" : parent.path()) + id + "/",
                validFrom, null, List.of(), 0);
        publish(unit, "plans.unit.created.v1");
        return unit;
    }

    /** {@code unit} under a new name, as plans-service publishes the change. */
    public Unit rename(Unit unit, String name) {
        Unit renamed = new Unit(unit.id(), unit.code(), name, unit.kind(), unit.level(), unit.parent(), unit.path(),
                unit.validFrom(), unit.validTo(), unit.successors(), unit.version() + 1);
        publish(renamed, "plans.unit.updated.v1");
        return renamed;
    }

    /** Closes {@code unit} after {@code lastDay}; each successor takes over from the next day. */
    public Unit close(Unit unit, LocalDate lastDay, String successionKind, Unit... successors) {
        Unit closed = new Unit(unit.id(), unit.code(), unit.name(), unit.kind(), unit.level(), unit.parent(), unit.path(),
                unit.validFrom(), lastDay.toString(), Arrays.stream(successors)
                        .map(successor -> Map.<String, Object>of("id", successor.id(), "code", successor.code(), "kind",
                                successionKind))
                        .toList(), unit.version() + 1);
        publish(closed, "plans.unit.updated.v1");
        return closed;
    }

    private void publish(Unit unit, String type) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", unit.id());
        data.put("code", unit.code());
        data.put("name", unit.name());
        data.put("kind", unit.kind());
        data.put("level", unit.level());
        data.put("parentCode", unit.parent() == null ? null : unit.parent().code());
        data.put("parentId", unit.parent() == null ? null : unit.parent().id());
        data.put("path", unit.path());
        data.put("validFrom", unit.validFrom());
        data.put("validTo", unit.validTo());
        data.put("successors", unit.successors());
        data.put("populationByYear", Map.of());
        data.put("version", unit.version());
        kafka.send("plans.units.v1", unit.code(),
                EventContracts.checked(envelope(type, unit.code(), data), "plans.unit.v1.schema.json"));
    }

    /** An indicator of the catalogue, with a fresh code. */
    public String indicator(String valueType) {
        return indicator("IND_" + nextId(), valueType);
    }

    /** The indicator {@code code} of the catalogue, as plans-service first published it. */
    public String indicator(String code, String valueType) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", code);
        data.put("nameVi", "Chỉ tiêu " + code);
        data.put("nameEn", "Indicator " + code);
        data.put("unitOfMeasure", "lượt");
        data.put("valueType", valueType);
        data.put("acrossUnits", switch (valueType) {
            case "NUMBER" -> "SUM";
            case "YES_NO" -> "COVERAGE";
            default -> "RATIO_OF_SUMS";
        });
        data.put("overTime", valueType.equals("NUMBER") ? "SUM" : "LAST");
        data.put("direction", "HIGHER_IS_BETTER");
        data.put("sector", "LIBRARY");
        data.put("description", null);
        data.put("version", 0);
        kafka.send("plans.indicators.v1", code,
                EventContracts.checked(envelope("plans.indicator.created.v1", code, data), "plans.indicator.v1.schema.json"));
        return code;
    }

    /** A plan as a document, built part by part; {@link #issue} publishes it. */
    public static final class Plan {

        public final long id = nextId();
        public final String number = (id % 10_000) + "/KH-UBND";
        private final Unit issuer;
        private final int fromYear;
        private final int toYear;
        private final List<Map<String, Object>> targets = new ArrayList<>();
        private final List<Map<String, Object>> tasks = new ArrayList<>();
        private final List<Map<String, Object>> reports = new ArrayList<>();
        private final Map<String, Long> units = new LinkedHashMap<>();
        private Long parentPlanId;
        private long version;

        public Plan(Unit issuer, int fromYear, int toYear) {
            this.issuer = issuer;
            this.fromYear = fromYear;
            this.toYear = toYear;
            name(issuer);
        }

        private void name(Unit unit) {
            units.put(unit.code(), unit.id());
        }

        public static Map<String, Object> one(Unit unit) {
            return selector(unit, false, null, null);
        }

        public static Map<String, Object> under(Unit unit, String kind, String level) {
            return selector(unit, true, kind, level);
        }

        private static Map<String, Object> selector(Unit unit, boolean subtree, String kind, String level) {
            Map<String, Object> selector = new LinkedHashMap<>();
            selector.put("unit", unit.code());
            selector.put("subtree", subtree);
            if (kind != null) {
                selector.put("kind", kind);
            }
            if (level != null) {
                selector.put("level", level);
            }
            selector.put("unitId", unit.id());
            return selector;
        }

        /** A target with one value for every year of the horizon. */
        public Plan target(String key, String indicator, String kind, Map<String, Object> scope, Number min, Number max) {
            return target(key, indicator, kind, scope, List.of(value(fromYear, toYear, min, max, null)), Map.of());
        }

        /**
         * A target of any kind: {@code values} as the document writes them ({@link #value}), {@code more} for the
         * fields of its kind (eachUnit, baseline, recurrence, dueBy).
         */
        public Plan target(String key, String indicator, String kind, Map<String, Object> scope,
                List<Map<String, Object>> values, Map<String, Object> more) {
            Map<String, Object> target = new LinkedHashMap<>(Map.of("key", key, "indicator", indicator, "kind", kind,
                    "scope", named(scope), "eachUnit", false, "values", values, "source", "Chỉ tiêu " + key));
            target.putAll(more);
            targets.add(target);
            return this;
        }

        /** A target's value for {@code fromYear}–{@code toYear}: at least min, at most max (if any), out of outOf (if any). */
        public static Map<String, Object> value(int fromYear, int toYear, Number min, Number max, Integer outOf) {
            Map<String, Object> value = new LinkedHashMap<>(Map.of("fromYear", fromYear, "toYear", toYear, "min", min,
                    "exclusiveMin", false));
            if (max != null) {
                value.put("max", max);
            }
            if (outOf != null) {
                value.put("outOf", outOf);
            }
            return value;
        }

        /** Makes this plan one implementing {@code parent} (a province's plan for the national one). */
        public Plan implementing(Plan parent) {
            parentPlanId = parent.id;
            return this;
        }

        public Plan task(String key, String content, Map<String, Object> lead, List<Map<String, Object>> implementing) {
            tasks.add(Map.of("key", key, "sector", "LIBRARY", "content", content, "schedule", Map.of("kind", "YEARLY"),
                    "lead", named(lead), "implementing", implementing.stream().map(this::named).toList()));
            return this;
        }

        /** A report of the regime: due by day/month (none: "theo hướng dẫn"), per level where given. */
        public Plan report(String kind, int[] dueDayMonth, Map<String, int[]> dueByLevel, Map<String, Object> receiving,
                List<Map<String, Object>> reporting) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("kind", kind);
            if (dueDayMonth != null) {
                report.put("due", Map.of("day", dueDayMonth[0], "month", dueDayMonth[1]));
            }
            if (!dueByLevel.isEmpty()) {
                report.put("dueByLevel", dueByLevel.entrySet().stream().map(entry -> Map.of("level", entry.getKey(),
                        "due", Map.of("day", entry.getValue()[0], "month", entry.getValue()[1]))).toList());
            }
            report.put("receivingUnit", named(receiving));
            report.put("reportingUnits", reporting.stream().map(this::named).toList());
            reports.add(report);
            return this;
        }

        public Plan clearTasks() {
            tasks.clear();
            return this;
        }

        public Plan clearReports() {
            reports.clear();
            return this;
        }

        private Map<String, Object> named(Map<String, Object> selector) {
            Map<String, Object> copy = new LinkedHashMap<>(selector);
            units.put((String) copy.get("unit"), (Long) copy.remove("unitId"));
            return copy;
        }

        Map<String, Object> data(String status, int revision, String endedOn) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("number", number);
            document.put("issuingUnit", issuer.code());
            document.put("issueDate", fromYear + "-01-15");
            document.put("title", "Kế hoạch thực hiện Chương trình học tập suốt đời " + id);
            document.put("horizon", Map.of("fromYear", fromYear, "toYear", toYear));
            document.put("targets", targets);
            document.put("tasks", tasks);
            document.put("reporting", Map.of("reports", reports));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", id);
            data.put("status", status);
            data.put("revision", revision);
            data.put("version", ++version);
            data.put("issuingUnitId", issuer.id());
            data.put("parentPlanId", parentPlanId);
            data.put("endedOn", endedOn);
            data.put("supersededById", null);
            data.put("document", document);
            data.put("units", units);
            data.put("changes", List.of());
            data.put("changedBy", "planner.test");
            return data;
        }
    }

    public void issue(Plan plan) {
        publishPlan(plan, "plans.plan.issued.v1", "ISSUED", 1, null);
    }

    public void amend(Plan plan, int revision) {
        publishPlan(plan, "plans.plan.amended.v1", "ISSUED", revision, null);
    }

    public void close(Plan plan, LocalDate endedOn) {
        publishPlan(plan, "plans.plan.ended.v1", "CLOSED", 1, endedOn.toString());
    }

    private void publishPlan(Plan plan, String type, String status, int revision, String endedOn) {
        String key = Long.toString(plan.id);
        kafka.send("plans.plans.v1", key,
                EventContracts.checked(envelope(type, key, plan.data(status, revision, endedOn)), "plans.plan.v1.schema.json"));
    }

    /** Sends a record as it is, e.g. a broken one. */
    public void sendRaw(String topic, String key, String record) {
        kafka.send(topic, key, record);
    }

    public static String envelope(String type, String subject, Object data) {
        return envelope("/plans-service", type, subject, data);
    }

    /** A CloudEvents envelope of {@code source}'s, as the services' outboxes write them. */
    public static String envelope(String source, String type, String subject, Object data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("source", source);
        envelope.put("type", type);
        envelope.put("subject", subject);
        envelope.put("time", "2026-11-21T10:00:00Z");
        envelope.put("datacontenttype", "application/json");
        envelope.put("data", data);
        try {
            return JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
