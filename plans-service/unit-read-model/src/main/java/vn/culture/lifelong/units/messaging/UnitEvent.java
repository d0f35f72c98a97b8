package vn.culture.lifelong.units.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
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

    /** {@code id} is plans-service's id of the unit, which tells apart units that bore the same code at different times. */
    public record Unit(long id, String code, String name, String kind, String level, String parentCode,
            LocalDate validFrom, LocalDate validTo, long version) {
    }

    public static UnitEvent of(IncomingEvent envelope) {
        if (!envelope.type().equals(CREATED) && !envelope.type().equals(UPDATED)) {
            return new UnitEvent(envelope, Optional.empty());
        }
        JsonNode data = envelope.data();
        String subject = envelope.subject().orElseThrow(() -> new MalformedEventException("Missing or empty 'subject'"));
        Unit unit = new Unit(unitId(data), IncomingEvent.text(data, "code"), IncomingEvent.text(data, "name"),
                IncomingEvent.text(data, "kind"), IncomingEvent.text(data, "level"),
                data.hasNonNull("parentCode") ? data.get("parentCode").asText() : null,
                date(data, "validFrom"), date(data, "validTo"), version(data));
        if (!unit.code().equals(subject)) {
            throw new MalformedEventException("subject " + subject + " differs from data.code " + unit.code());
        }
        return new UnitEvent(envelope, Optional.of(unit));
    }

    private static long version(JsonNode data) {
        JsonNode version = data.path("version");
        if (!version.canConvertToExactIntegral() || version.asLong() < 0) {
            throw new MalformedEventException("'version' is not a non-negative integer");
        }
        return version.asLong();
    }

    private static long unitId(JsonNode data) {
        JsonNode id = data.path("id");
        if (!id.canConvertToExactIntegral()) {
            throw new MalformedEventException("'id' is missing or not an integer");
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
