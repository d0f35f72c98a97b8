package vn.culture.lifelong.units.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
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

    /** {@code id} is empty in events published before plans-service added it (additive within v1). */
    public record Unit(Optional<Long> id, String code, String name, String kind, String level, String parentCode,
            LocalDate validFrom, LocalDate validTo, long version) {
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
        Unit unit = new Unit(unitId(data), required(data, "code"), required(data, "name"), required(data, "kind"),
                required(data, "level"), data.hasNonNull("parentCode") ? data.get("parentCode").asText() : null,
                date(data, "validFrom"), date(data, "validTo"), version(data));
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

    private static Optional<Long> unitId(JsonNode data) {
        JsonNode id = data.path("id");
        if (id.isMissingNode() || id.isNull()) {
            return Optional.empty();
        }
        if (!id.canConvertToExactIntegral()) {
            throw new MalformedEventException("'id' is not an integer");
        }
        return Optional.of(id.asLong());
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
