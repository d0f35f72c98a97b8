package vn.culture.lifelong.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Values a client must never get accepted, and odd ones it may, derived from the schema of a body property or a
 * parameter as the OpenAPI document declares it (type, format, enum, minimum and maximum, maxLength, minItems and
 * maxItems, pattern, required).
 */
final class Mutations {

    static final int MEGABYTE = 1 << 20;
    /** Vietnamese as some keyboards send it: letters and their marks apart (NFD), never how it is stored. */
    static final String DECOMPOSED = Normalizer.normalize("Thư viện Đồng Đăng", Normalizer.Form.NFD);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    /** How the documents write "not blank" (@NotBlank): any character but a space. */
    private static final String NOT_BLANK = "\\S";

    private Mutations() {
    }

    /** A value for a property, as the JSON text put in the body; {@code null} leaves the property out. */
    record Value(String label, String json) {

        boolean leavesOut() {
            return json == null;
        }

        /** Whether the body stops being JSON with it: then no property of it can be named. */
        boolean breaksJson() {
            return json != null && json.startsWith("NaN");
        }
    }

    /**
     * What the schema calls the value: {@code enum}, {@code date}, {@code date-time}, or its JSON type; a property
     * that may be one of several ({@code oneOf}) by its first.
     */
    static String kindOf(JsonNode schema) {
        if (schema.has("enum")) {
            return "enum";
        }
        if (schema.has("oneOf")) {
            return kindOf(schema.get("oneOf").get(0));
        }
        JsonNode type = schema.path("type");
        String name = type.isArray() ? firstNonNull(type) : type.asText("");
        if (name.equals("string") && schema.path("format").asText().equals("date")) {
            return "date";
        }
        if (name.equals("string") && schema.path("format").asText().equals("date-time")) {
            return "date-time";
        }
        if (name.isEmpty()) {
            return schema.has("properties") ? "object" : "any";
        }
        return name;
    }

    /** Text only its length may constrain: odd text may be accepted there, and must then be kept as sent. */
    static boolean isFreeText(JsonNode schema, JsonNode baseline) {
        return kindOf(schema).equals("string") && schema.path("pattern").asText(NOT_BLANK).equals(NOT_BLANK)
                && !(baseline.isTextual() && DATE_LIKE.matcher(baseline.asText()).matches());
    }

    /** Values of a property the service must refuse whatever the rest of the body says, the most telling first. */
    static List<Value> refused(JsonNode schema, boolean required, JsonNode baseline) {
        List<Value> values = new ArrayList<>();
        switch (kindOf(schema)) {
            case "string" -> strings(schema, baseline, values);
            case "enum" -> {
                values.add(text("an unknown enum value", "NOT_A_VALUE"));
                values.add(raw("an enum value as a number", "0"));
                otherCase(schema).ifPresent(other -> values.add(text("an enum value in another case", other)));
                values.add(text("an empty enum value", ""));
                values.add(raw("an object for an enum", "{\"fuzz\": 1}"));
            }
            case "date" -> dates(values);
            case "date-time" -> {
                values.add(text("30 February", "2026-02-30T10:00:00+07:00"));
                values.add(text("hour 25", "2026-04-19T25:00:00+07:00"));
                values.add(text("a year beyond any calendar", "+999999999-12-31T00:00:00Z"));
                values.add(raw("seconds since 1970 for a date-time", "1767225600"));
                values.add(raw("an object for a date-time", "{\"fuzz\": 1}"));
            }
            case "integer" -> numbers(schema, true, values);
            case "number" -> numbers(schema, false, values);
            case "boolean" -> {
                values.add(text("text for a boolean", "có lẽ"));
                values.add(raw("an object for a boolean", "{\"fuzz\": 1}"));
                values.add(raw("an array for a boolean", "[true]"));
            }
            case "array" -> arrays(schema, baseline, values);
            case "object" -> {
                values.add(text("text for an object", "một đối tượng"));
                values.add(raw("an array for an object", "[1]"));
                values.add(raw("a number for an object", "42"));
                values.add(raw("arrays nested 2,000 levels deep", nestedArrays(2_000)));
            }
            default -> values.add(raw("arrays nested 2,000 levels deep", nestedArrays(2_000)));
        }
        if (required) {
            values.add(1, raw("null for a required property", "null"));
            values.add(new Value("a required property left out", null));
        }
        return values;
    }

    private static void strings(JsonNode schema, JsonNode baseline, List<Value> values) {
        values.add(raw("an object for text", "{\"fuzz\": 1}"));
        values.add(raw("a number for text", "6184"));
        values.add(text("a NUL character", "Thư viện\u0000"));
        String pattern = schema.path("pattern").asText("");
        if (pattern.equals(NOT_BLANK)) {
            values.add(text("blank text", "   "));
        } else if (!pattern.isEmpty()) {
            for (Value odd : oddTexts("unit")) {
                if (!textOf(odd).matches(pattern)) {
                    values.add(new Value(odd.label() + " (pattern " + pattern + ")", odd.json()));
                }
            }
        }
        if (schema.has("maxLength")) {
            int maxLength = schema.get("maxLength").asInt();
            values.add(text("maxLength + 1 characters", "x".repeat(maxLength + 1)));
            values.add(text("1 MB of text", "x".repeat(MEGABYTE)));
        }
        if (baseline.isTextual() && DATE_LIKE.matcher(baseline.asText()).matches()) {
            dates(values);
            values.add(text("hour 25", baseline.asText().substring(0, 10) + "T25:00"));
        }
        values.add(raw("a boolean for text", "true"));
        values.add(raw("an array for text", "[\"Thư viện\"]"));
    }

    private static void dates(List<Value> values) {
        values.add(text("30 February", "2026-02-30"));
        values.add(text("month 13", "2026-13-01"));
        values.add(text("a year beyond any calendar", "+999999999-12-31"));
        values.add(text("a year before any calendar", "-999999999-01-01"));
        values.add(text("a date written dd/mm/yyyy", "30/11/2026"));
        values.add(raw("a number for a date", "20260101"));
        values.add(raw("an object for a date", "{\"fuzz\": 1}"));
    }

    private static void numbers(JsonNode schema, boolean integral, List<Value> values) {
        values.add(text("text for a number", "một nghìn"));
        values.add(raw("1e309, beyond a double", "1e309"));
        values.add(raw("2^63, beyond a long", "9223372036854775808"));
        if (schema.has("minimum")) {
            BigDecimal below = schema.get("minimum").decimalValue().subtract(integral ? BigDecimal.ONE : new BigDecimal("0.5"));
            values.add(raw("below its minimum", below.toPlainString()));
        }
        if (schema.has("maximum")) {
            values.add(raw("above its maximum", schema.get("maximum").decimalValue().add(BigDecimal.ONE).toPlainString()));
        }
        values.add(raw("-1e309, beyond a double", "-1e309"));
        values.add(raw("-2^63 - 1, beyond a long", "-9223372036854775809"));
        values.add(raw("NaN, not JSON", "NaN"));
        if (integral) {
            values.add(raw("a fraction for a whole number", "12.5"));
            if (schema.path("format").asText().equals("int32")) {
                values.add(raw("2^31, beyond an int", "2147483648"));
            }
        }
        values.add(raw("an object for a number", "{\"fuzz\": 1}"));
        values.add(raw("a boolean for a number", "true"));
    }

    private static void arrays(JsonNode schema, JsonNode baseline, List<Value> values) {
        values.add(raw("an object for an array", "{\"fuzz\": 1}"));
        values.add(text("text for an array", "Thư viện"));
        if (schema.path("minItems").asInt(0) > 0) {
            values.add(raw("fewer items than minItems", "[]"));
        }
        if (schema.has("maxItems") && baseline.isArray() && !baseline.isEmpty()) {
            String item = baseline.get(0).toString();
            values.add(raw("maxItems + 1 items",
                    "[" + String.join(",", Collections.nCopies(schema.get("maxItems").asInt() + 1, item)) + "]"));
        }
        values.add(raw("arrays nested 2,000 levels deep", nestedArrays(2_000)));
    }

    /**
     * Text a caller may well send and a service may accept: SQL and markup (naming {@code table}, a real table, so
     * that any effect would show), a path, invisible and bidirectional characters, Vietnamese decomposed (NFD), an
     * emoji outside the Basic Multilingual Plane. Accepted, it must be kept as sent, in NFC.
     */
    static List<Value> oddTexts(String table) {
        return List.of(
                text("SQL", "'; DROP TABLE " + table + "; --"),
                text("SQL in quotes", "x' OR '1'='1"),
                text("a script element", "<script>alert('fuzz')</script>"),
                text("an HTML handler", "<img src=x onerror=alert(1)>"),
                text("a path up the tree", "../../../etc/passwd"),
                text("a zero-width space", "Thư\u200Bviện"),
                text("a right-to-left override", "\u202Etxt.exe"),
                text("a byte order mark", "\uFEFFThư viện"),
                text("Vietnamese decomposed (NFD)", DECOMPOSED),
                text("an emoji", "\uD83D\uDCDA Ngày Sách"));
    }

    /** All of {@link #oddTexts} in one text, for fields that take a paragraph. */
    static Value oddParagraph(String table) {
        StringBuilder paragraph = new StringBuilder();
        oddTexts(table).forEach(odd -> paragraph.append(textOf(odd)).append(' '));
        return text("every odd text at once", paragraph.toString().strip());
    }

    /** The text a value holds, for values that are JSON strings. */
    static String textOf(Value value) {
        try {
            return MAPPER.readTree(value.json()).asText();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(value.json(), e);
        }
    }

    /** Query and path values the service must refuse, percent-encoded as they go on the URL. */
    static List<String> refusedParameterValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        switch (kindOf(schema)) {
            case "integer", "number" -> {
                values.addAll(List.of("abc", "1.5", "1e309", "9223372036854775808", "-9223372036854775809", "0x10"));
                if (schema.has("minimum")) {
                    values.add(schema.get("minimum").decimalValue().subtract(BigDecimal.ONE).toPlainString());
                }
                if (schema.has("maximum")) {
                    values.add(schema.get("maximum").decimalValue().add(BigDecimal.ONE).toPlainString());
                }
            }
            case "boolean" -> values.addAll(List.of("maybe", "yes", "1"));
            case "enum" -> values.addAll(List.of("NOT_A_VALUE", "0"));
            case "date" -> values.addAll(List.of("2026-02-30", "2026-13-01", encode("+999999999-12-31"),
                    "-999999999-01-01", encode("30/11/2026"), "2026-02-28T10%3A00"));
            default -> {
                values.addAll(List.of("%00", "Th%C6%B0%07"));
                if (schema.has("maxLength") && schema.get("maxLength").asInt() < 1_000) {
                    values.add("x".repeat(schema.get("maxLength").asInt() + 1));
                }
            }
        }
        return values;
    }

    /** Odd query and path values: answered as the service likes, but never with a 5xx. */
    static List<String> oddParameterValues() {
        List<String> values = new ArrayList<>();
        oddTexts("unit").forEach(odd -> values.add(encode(textOf(odd))));
        values.addAll(List.of("%FF%FE", "%25", "%20", "*", "x".repeat(2_000), "-1", "0", "99999999999999999999"));
        return values;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code [[[…]]]}, {@code depth} levels: beyond the depth a JSON parser should follow. */
    static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static Value text(String label, String text) {
        return new Value(label, TextNode.valueOf(text).toString());
    }

    private static Value raw(String label, String json) {
        return new Value(label, json);
    }

    /** The first allowed value in the other case (lower for upper), when that is not allowed too. */
    private static Optional<String> otherCase(JsonNode schema) {
        String first = schema.get("enum").get(0).asText();
        String other = first.equals(first.toUpperCase(Locale.ROOT)) ? first.toLowerCase(Locale.ROOT) : first.toUpperCase(Locale.ROOT);
        for (JsonNode allowed : schema.get("enum")) {
            if (allowed.asText().equals(other)) {
                return Optional.empty();
            }
        }
        return Optional.of(other);
    }

    private static String firstNonNull(JsonNode types) {
        for (JsonNode type : types) {
            if (!type.asText().equals("null")) {
                return type.asText();
            }
        }
        return "";
    }
}
