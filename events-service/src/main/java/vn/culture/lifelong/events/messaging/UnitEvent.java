package vn.culture.lifelong.events.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * A CloudEvents 1.0 record from {@code plans.units.v1}, checked field by field. {@code unit} is empty for
 * event types this version does not know, which later versions of plans-service may add.
 */
public record UnitEvent(UUID id, String type, OffsetDateTime time, Optional<Unit> unit) {

    public static final String CREATED = "plans.unit.created.v1";
    public static final String UPDATED = "plans.unit.updated.v1";

    public record Unit(String code, String name, String kind, String level, String parentCode, long version) {
    }

    public static UnitEvent parse(ObjectMapper json, String record) {
        JsonNode envelope;
        try {
            envelope = record == null ? null : json.readTree(record);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Not JSON", e);
        }
        if (envelope == null || !envelope.isObject()) {
            throw new MalformedEventException("Not a JSON object");
        }
        if (!"1.0".equals(envelope.path("specversion").asText())) {
            throw new MalformedEventException("Not a CloudEvents 1.0 envelope");
        }
        UUID id = uuid(required(envelope, "id"));
        String type = required(envelope, "type");
        OffsetDateTime time = timestamp(required(envelope, "time"));
        if (!type.equals(CREATED) && !type.equals(UPDATED)) {
            return new UnitEvent(id, type, time, Optional.empty());
        }
        JsonNode data = envelope.path("data");
        String subject = required(envelope, "subject");
        Unit unit = new Unit(required(data, "code"), required(data, "name"), required(data, "kind"),
                required(data, "level"), data.hasNonNull("parentCode") ? data.get("parentCode").asText() : null,
                version(data));
        if (!unit.code().equals(subject)) {
            throw new MalformedEventException("subject " + subject + " differs from data.code " + unit.code());
        }
        return new UnitEvent(id, type, time, Optional.of(unit));
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new MalformedEventException("Missing or empty '" + field + "'");
        }
        return value.asText();
    }

    private static long version(JsonNode data) {
        JsonNode version = data.path("version");
        if (!version.canConvertToExactIntegral() || version.asLong() < 0) {
            throw new MalformedEventException("'version' is not a non-negative integer");
        }
        return version.asLong();
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("'id' is not a UUID", e);
        }
    }

    private static OffsetDateTime timestamp(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("'time' is not an RFC 3339 timestamp", e);
        }
    }
}
