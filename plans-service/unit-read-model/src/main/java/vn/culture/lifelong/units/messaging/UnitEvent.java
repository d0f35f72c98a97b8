package vn.culture.lifelong.units.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.culture.lifelong.kit.inbox.IncomingEvent;
import vn.culture.lifelong.kit.inbox.MalformedEventException;

/**
 * An event of {@code plans.units.v1} (the contract: plans-service's README and JSON Schemas), its unit checked
 * field by field. {@code unit} is empty for event types this version does not know, which later versions of
 * plans-service may add within v1.
 */
public record UnitEvent(IncomingEvent envelope, Optional<Unit> unit) {

    public static final String TOPIC = "plans.units.v1";
    public static final String CREATED = "plans.unit.created.v1";
    public static final String UPDATED = "plans.unit.updated.v1";

    private static final Pattern PATH = Pattern.compile("^/([0-9]+/)+$");

    /**
     * {@code id} is plans-service's id of the unit, which tells apart units that bore the same code at different times;
     * {@code parentId} is its parent's (empty for a root) and {@code path} the ids from the root to the unit.
     */
    public record Unit(long id, String code, String name, String kind, String level, String parentCode, Long parentId,
            String path, LocalDate validFrom, LocalDate validTo, List<Successor> successors, long version) {
    }

    /** A unit that took over this one once it closed, by plans-service's id and by the code it bore then. */
    public record Successor(long id, String code, String kind) {
    }

    public static UnitEvent of(IncomingEvent envelope) {
        if (!envelope.type().equals(CREATED) && !envelope.type().equals(UPDATED)) {
            return new UnitEvent(envelope, Optional.empty());
        }
        JsonNode data = envelope.data();
        String subject = envelope.subject().orElseThrow(() -> new MalformedEventException("Missing or empty 'subject'"));
        long id = id(data, "id");
        Long parentId = parentId(data);
        Unit unit = new Unit(id, IncomingEvent.text(data, "code"), IncomingEvent.text(data, "name"),
                IncomingEvent.text(data, "kind"), IncomingEvent.text(data, "level"),
                data.hasNonNull("parentCode") ? data.get("parentCode").asText() : null, parentId,
                path(data, id, parentId), date(data, "validFrom"), date(data, "validTo"), successors(data), version(data));
        if (!unit.code().equals(subject)) {
            throw new MalformedEventException("subject " + subject + " differs from data.code " + unit.code());
        }
        return new UnitEvent(envelope, Optional.of(unit));
    }

    /** Required, and null for a root. */
    private static Long parentId(JsonNode data) {
        JsonNode parentId = data.path("parentId");
        if (parentId.isNull()) {
            return null;
        }
        if (!parentId.canConvertToExactIntegral()) {
            throw new MalformedEventException("'parentId' is missing or neither an integer nor null");
        }
        return parentId.asLong();
    }

    /**
     * The path must end with the parent's id and the unit's own: when the unit moves, the read model rewrites the
     * paths under its old one, so a path naming another unit's place would move that unit's subtree.
     */
    private static String path(JsonNode data, long id, Long parentId) {
        String path = IncomingEvent.text(data, "path");
        String place = (parentId == null ? "" : "/" + parentId) + "/" + id + "/";
        boolean placed = parentId == null ? path.equals(place) : path.endsWith(place);
        if (!PATH.matcher(path).matches() || !placed) {
            throw new MalformedEventException("'path' " + path + " is not the ids from the root to unit " + id
                    + " under " + (parentId == null ? "no parent" : "parent " + parentId));
        }
        return path;
    }

    private static List<Successor> successors(JsonNode data) {
        JsonNode successors = data.path("successors");
        if (!successors.isArray()) {
            throw new MalformedEventException("'successors' is missing or not an array");
        }
        List<Successor> read = new ArrayList<>(successors.size());
        for (JsonNode successor : successors) {
            read.add(new Successor(id(successor, "id"), IncomingEvent.text(successor, "code"),
                    IncomingEvent.text(successor, "kind")));
        }
        return read;
    }

    private static long version(JsonNode data) {
        JsonNode version = data.path("version");
        if (!version.canConvertToExactIntegral() || version.asLong() < 0) {
            throw new MalformedEventException("'version' is not a non-negative integer");
        }
        return version.asLong();
    }

    private static long id(JsonNode node, String field) {
        JsonNode id = node.path(field);
        if (!id.canConvertToExactIntegral()) {
            throw new MalformedEventException("'" + field + "' is missing or not an integer");
        }
        return id.asLong();
    }

    private static LocalDate date(JsonNode data, String field) {
        JsonNode value = data.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("'" + field + "' is not a date", e);
        }
    }
}
