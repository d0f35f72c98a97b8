package vn.culture.lifelong.stack.quarkus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records plans-service never sends on its topics, for the consuming services' tests of what they survive (OWASP
 * API10, unsafe consumption of APIs): not JSON, against the contract, or within it but too big for what a consumer
 * keeps. Each claims a version ahead of any real one, so that if it were applied it would show.
 */
public final class BrokenEvents {

    /** Ahead of the versions the tests' good events carry. */
    public static final long AHEAD = 99;

    private BrokenEvents() {
    }

    /**
     * Records about unit {@code id} ({@code code}): cut off, an id that is text, a name of 306 characters (the read
     * models keep 255), a name of 900 KB.
     */
    public static List<String> ofUnit(long id, String code) {
        return List.of(
                "{\"specversion\": \"1.0\", \"id\": ",
                unitEvent(UUID.randomUUID(), "plans.unit.created.v1", "\"" + id + "\"", code, "Thư viện", AHEAD),
                unitEvent(UUID.randomUUID(), "plans.unit.updated.v1", Long.toString(id), code, "Thư viện ".repeat(34), AHEAD),
                unitEvent(UUID.randomUUID(), "plans.unit.updated.v1", Long.toString(id), code, "x".repeat(900 * 1024), AHEAD));
    }

    /** Unit {@code id} as plans-service publishes it: a root LIBRARY of PROVINCE level, checked against its contract. */
    public static String unit(UUID eventId, String type, long id, String code, String name, long version) {
        return EventContracts.checked(unitEvent(eventId, type, Long.toString(id), code, name, version),
                "plans.unit.v1.schema.json");
    }

    private static String unitEvent(UUID eventId, String type, String id, String code, String name, long version) {
        return """
                {"specversion":"1.0","id":"%s","source":"/plans-service","type":"%s","subject":"%s",
                 "time":"2026-11-21T10:00:00Z","datacontenttype":"application/json",
                 "data":{"id":%s,"code":"%s","name":"%s","kind":"LIBRARY","level":"PROVINCE","parentCode":null,
                         "parentId":null,"path":"/%s/","validFrom":null,"validTo":null,"successors":[],
                         "populationByYear":{},"version":%d}}"""
                .formatted(eventId, type, code, id, code, name, id.replace("\"", ""), version);
    }

    /**
     * Records about plan {@code id}, issued by {@code issuer}: data that is a list, an id that is text, a number of 208
     * characters (the consumers keep 60 and 100).
     */
    public static List<String> ofPlan(long id, PlansWorld.Unit issuer) {
        String key = Long.toString(id);
        Map<String, Object> tooLongNumber = new LinkedHashMap<>(Map.of("id", id, "status", "ISSUED", "revision", 1,
                "version", AHEAD, "issuingUnitId", issuer.id(), "units", Map.of(), "changes", List.of(),
                "changedBy", "planner.test"));
        tooLongNumber.put("document", Map.of("number", "1".repeat(200) + "/KH-UBND", "issuingUnit", issuer.code(),
                "title", "Kế hoạch", "horizon", Map.of("fromYear", 2026, "toYear", 2026)));
        return List.of(
                "{\"data\": [1, 2, 3]}",
                PlansWorld.envelope("plans.plan.issued.v1", key, Map.of("id", "kế hoạch", "document", "none")),
                PlansWorld.envelope("plans.plan.issued.v1", key, tooLongNumber));
    }
}
