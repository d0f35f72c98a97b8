package vn.culture.lifelong.kit.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A record from a topic, read as a CloudEvents 1.0 envelope in structured JSON mode and checked attribute by
 * attribute; {@code data} is left for the consumer to read. A record that is not such an envelope is
 * {@link MalformedEventException malformed}.
 */
public record IncomingEvent(UUID id, String type, Optional<String> subject, OffsetDateTime time,
        Optional<String> requestId, JsonNode data) {

    public static IncomingEvent parse(ObjectMapper json, String record) {
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
        return new IncomingEvent(uuid(text(envelope, "id")), text(envelope, "type"), optionalText(envelope, "subject"),
                timestamp(text(envelope, "time")), optionalText(envelope, "requestid"), envelope.path("data"));
    }

    /**
     * The data read as {@code payloadType} (a record of the fields the consumer needs), which must be about the event's
     * subject: data that cannot be read so, or whose {@code key} differs from the subject, is malformed.
     */
    public <T> T dataAs(ObjectMapper json, Class<T> payloadType, Function<T, Object> key) {
        T payload;
        try {
            payload = json.treeToValue(data, payloadType);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("The data of " + type + " does not keep the contract: " + e.getMessage(), e);
        }
        String about = subject.orElseThrow(() -> new MalformedEventException("Missing or empty 'subject'"));
        if (!about.equals(String.valueOf(key.apply(payload)))) {
            throw new MalformedEventException("subject " + about + " differs from the data's " + key.apply(payload));
        }
        return payload;
    }

    /** A text attribute or field that must be there and not blank. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new MalformedEventException("Missing or empty '" + field + "'");
        }
        return value.asText();
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
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
