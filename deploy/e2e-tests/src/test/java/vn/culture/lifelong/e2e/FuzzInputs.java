package vn.culture.lifelong.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The inputs sent to one operation: its valid call with one thing broken at a time (a body property, a path or query
 * parameter, a header), and bodies broken as a whole. Derived from the operation's schemas where they say enough.
 */
final class FuzzInputs {

    static final String JSON = "application/json";
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Stands in a body for the value being tried, until the body is written out (never in a real body: a control). */
    private static final String PLACEHOLDER = "\u0001fuzz\u0001";
    private static final int DEEPEST_PROPERTY = 8;

    private FuzzInputs() {
    }

    /**
     * How an operation is called validly: by whom ({@code null}: without a token), with which path and query values
     * (percent-encoded), headers, and body. The fuzzer breaks one part at a time, so that each refusal is for it.
     */
    record ValidCall(String caller, Map<String, String> path, Map<String, String> query, Map<String, String> headers,
            String contentType, JsonNode body) {

        static ValidCall as(String caller) {
            return new ValidCall(caller, Map.of(), Map.of(), Map.of(), null, null);
        }

        ValidCall path(String name, Object value) {
            return new ValidCall(caller, with(path, name, value.toString()), query, headers, contentType, body);
        }

        ValidCall query(String name, Object value) {
            return new ValidCall(caller, path, with(query, name, value.toString()), headers, contentType, body);
        }

        ValidCall header(String name, String value) {
            return new ValidCall(caller, path, query, with(headers, name, value), contentType, body);
        }

        ValidCall body(JsonNode json) {
            return new ValidCall(caller, path, query, headers, JSON, json);
        }

        private static Map<String, String> with(Map<String, String> map, String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(map);
            copy.put(name, value);
            return copy;
        }
    }

    /** One request: what it breaks ({@code field}: the property, parameter or header at fault, if one is). */
    record Input(String label, String field, boolean mustBeRefused, String method, String pathAndQuery,
            String caller, Map<String, String> headers, String contentType, byte[] body) {
    }

    /**
     * Every input for {@code operation}, body properties sampled: at most {@code propertyBudget} of them, taken a
     * round at a time (the first value of every property, then the second of every property…), so that every
     * property is tried and the most telling values first.
     */
    static List<Input> of(ApiDocument document, ApiDocument.Operation operation, ValidCall call, int propertyBudget) {
        List<Input> inputs = new ArrayList<>();
        boolean writes = operation.writes();
        for (ApiDocument.Parameter parameter : operation.parametersIn("path")) {
            for (String value : pathValues(parameter)) {
                inputs.add(request(operation, call, "path " + parameter.name() + "=" + shorten(value), parameter.name(),
                        writes, withValue(call.path(), parameter.name(), value), call.query(), call.headers(),
                        call.contentType(), bytesOf(call.body())));
            }
        }
        for (ApiDocument.Parameter parameter : operation.parametersIn("query")) {
            for (String value : Mutations.refusedParameterValues(parameter.schema())) {
                inputs.add(request(operation, call, "query " + parameter.name() + "=" + shorten(value), parameter.name(), true,
                        call.path(), withValue(call.query(), parameter.name(), value), call.headers(), call.contentType(),
                        bytesOf(call.body())));
            }
            if (!writes && Mutations.kindOf(parameter.schema()).equals("string")) {
                for (String value : Mutations.oddParameterValues()) {
                    inputs.add(request(operation, call, "query " + parameter.name() + "=" + shorten(value), parameter.name(),
                            false, call.path(), withValue(call.query(), parameter.name(), value), call.headers(),
                            call.contentType(), bytesOf(call.body())));
                }
            }
        }
        headers(operation, call, inputs);
        if (call.body() != null) {
            properties(document, operation, call, propertyBudget, inputs);
            wholeBodies(operation, call, inputs);
        }
        return inputs;
    }

    private static List<String> pathValues(ApiDocument.Parameter parameter) {
        List<String> values = new ArrayList<>(Mutations.refusedParameterValues(parameter.schema()));
        values.addAll(List.of("%00", "%FF%FE", "..%2F..%2F1", "%E2%80%8B1", Mutations.encode(Mutations.DECOMPOSED),
                Mutations.encode("'; DROP TABLE unit; --"), Mutations.encode("<script>alert(1)</script>"), "x".repeat(1_000)));
        return values.stream().distinct().toList();
    }

    private static void headers(ApiDocument.Operation operation, ValidCall call, List<Input> inputs) {
        List<String> names = operation.parametersIn("header").stream().map(ApiDocument.Parameter::name).toList();
        if (names.contains("If-Match")) {
            for (String value : List.of("\"999999\"", "\"-1\"", "abc", "\"99999999999999999999\"", "W/\"x\"", "\"",
                    "\"1\", \"2\"", "\"" + "9".repeat(4_000) + "\"")) {
                inputs.add(withHeader(operation, call, "If-Match", value, true));
            }
        }
        if (names.contains("Idempotency-Key")) {
            for (String value : List.of("k".repeat(201), "a key with spaces")) {
                inputs.add(withHeader(operation, call, "Idempotency-Key", value, true));
            }
        }
        for (String name : List.of("If-None-Match", "Accept-Encoding")) {
            if (names.contains(name)) {
                for (String value : List.of("\"<script>\"", "W/\"" + "x".repeat(4_000) + "\"", "*, gzip;q=abc, ;;;", "identity;q=0")) {
                    inputs.add(withHeader(operation, call, name, value, false));
                }
            }
        }
        // A service may answer its own type to an Accept it does not serve (RFC 9110): only reads try one.
        if (!operation.writes()) {
            inputs.add(withHeader(operation, call, "Accept", "application/xml", false));
            inputs.add(withHeader(operation, call, "Accept-Language", "xx-ÿÿ;q=abc, *;q=9, ;;;", false));
            inputs.add(withHeader(operation, call, "X-Request-Id", "<script>alert(1)</script>" + "r".repeat(2_000), false));
        }
    }

    private static Input withHeader(ApiDocument.Operation operation, ValidCall call, String name, String value,
            boolean mustBeRefused) {
        return request(operation, call, "header " + name + ": " + shorten(value), name, mustBeRefused, call.path(),
                call.query(), withValue(call.headers(), name, value), call.contentType(), bytesOf(call.body()));
    }

    /** One broken value per body property, sampled round by round within the budget. */
    private static void properties(ApiDocument document, ApiDocument.Operation operation, ValidCall call, int budget,
            List<Input> inputs) {
        JsonNode schema = operation.bodies().get(JSON);
        Map<String, List<Mutations.Value>> byProperty = new LinkedHashMap<>();
        if (call.body().isArray()) {
            walk(document, "[0]", document.items(schema), call.body().get(0), false, 0, byProperty);
        } else {
            walkProperties(document, "", schema, call.body(), 0, byProperty);
        }
        int taken = 0;
        for (int round = 0; taken < budget; round++) {
            boolean any = false;
            for (Map.Entry<String, List<Mutations.Value>> property : byProperty.entrySet()) {
                if (round < property.getValue().size() && taken < budget) {
                    Mutations.Value value = property.getValue().get(round);
                    inputs.add(request(operation, call, property.getKey() + ": " + value.label(),
                            value.breaksJson() ? null : property.getKey(), true,
                            call.path(), call.query(), call.headers(), JSON, withProperty(call.body(), property.getKey(), value)));
                    taken++;
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
    }

    private static void walkProperties(ApiDocument document, String prefix, JsonNode schema, JsonNode baseline, int depth,
            Map<String, List<Mutations.Value>> byProperty) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").fieldNames().forEachRemaining(name -> walk(document, prefix.isEmpty() ? name : prefix + "." + name,
                document.property(schema, name).orElseThrow(), baseline.path(name), required.contains(name), depth + 1,
                byProperty));
    }

    private static void walk(ApiDocument document, String path, JsonNode schema, JsonNode baseline, boolean required,
            int depth, Map<String, List<Mutations.Value>> byProperty) {
        byProperty.put(path, Mutations.refused(schema, required, baseline));
        if (depth >= DEEPEST_PROPERTY) {
            return;
        }
        String kind = Mutations.kindOf(schema);
        if (kind.equals("object") && baseline.isObject()) {
            walkProperties(document, path, schema, baseline, depth, byProperty);
        } else if (kind.equals("array") && baseline.isArray() && !baseline.isEmpty()) {
            JsonNode items = document.items(schema);
            if (Mutations.kindOf(items).equals("object")) {
                walkProperties(document, path + "[0]", items, baseline.get(0), depth + 1, byProperty);
            } else {
                byProperty.put(path + "[0]", Mutations.refused(items, false, baseline.get(0)));
            }
        }
    }

    /** Bodies broken as a whole: not JSON, not the expected shape, too deep, too big, of another type. */
    private static void wholeBodies(ApiDocument.Operation operation, ValidCall call, List<Input> inputs) {
        String valid = call.body().toString();
        boolean object = call.body().isObject();
        byte[] validBytes = valid.getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> broken = new LinkedHashMap<>();
        broken.put("truncated JSON", valid.substring(0, valid.length() / 2).getBytes(StandardCharsets.UTF_8));
        broken.put("a trailing comma", (valid.substring(0, valid.length() - 1) + ",}").getBytes(StandardCharsets.UTF_8));
        broken.put("a comment", (valid.charAt(0) + "/* fuzz */" + valid.substring(1)).getBytes(StandardCharsets.UTF_8));
        broken.put("single quotes", valid.replace('"', '\'').getBytes(StandardCharsets.UTF_8));
        broken.put("an unknown property", object ? ("{\"fuzzUnknown\": 1, " + valid.substring(1)).getBytes(StandardCharsets.UTF_8)
                : ("[{\"fuzzUnknown\": 1}, " + valid.substring(1)).getBytes(StandardCharsets.UTF_8));
        broken.put(object ? "an array where an object is expected" : "an object where an array is expected",
                (object ? "[" + valid + "]" : "{\"fuzz\": " + valid + "}").getBytes(StandardCharsets.UTF_8));
        broken.put("a bare string", "\"Thư viện\"".getBytes(StandardCharsets.UTF_8));
        broken.put("a bare number", "42".getBytes(StandardCharsets.UTF_8));
        broken.put("null", "null".getBytes(StandardCharsets.UTF_8));
        broken.put("an empty body", new byte[0]);
        broken.put("objects nested 10,000 levels deep",
                ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        broken.put("arrays nested 10,000 levels deep", Mutations.nestedArrays(10_000).getBytes(StandardCharsets.UTF_8));
        broken.put("invalid UTF-8", invalidUtf8(valid));
        broken.put("6 MB: an unknown property padded out", object
                ? ("{\"fuzzPadding\": \"" + "x".repeat(6 * Mutations.MEGABYTE) + "\", " + valid.substring(1)).getBytes(StandardCharsets.UTF_8)
                : ("[" + (valid.substring(1, valid.length() - 1) + ",").repeat(6 * Mutations.MEGABYTE / valid.length())
                        + "{\"fuzzUnknown\": 1}]").getBytes(StandardCharsets.UTF_8));
        broken.forEach((label, body) -> inputs.add(request(operation, call, label, null, true, call.path(), call.query(),
                call.headers(), JSON, body)));
        Map<String, byte[]> typed = new LinkedHashMap<>();
        typed.put("text/plain", validBytes);
        typed.put("application/xml", "<unit><code>X</code></unit>".getBytes(StandardCharsets.UTF_8));
        typed.put("application/x-www-form-urlencoded", "code=X&name=Y".getBytes(StandardCharsets.UTF_8));
        typed.put("multipart/form-data; boundary=fuzz", "--fuzz\r\n\r\nx\r\n--fuzz--".getBytes(StandardCharsets.UTF_8));
        typed.put("", validBytes);
        typed.forEach((type, body) -> inputs.add(request(operation, call,
                type.isEmpty() ? "a JSON body without a content type" : "a body of type " + type, null, true, call.path(),
                call.query(), call.headers(), type.isEmpty() ? null : type, body)));
    }

    /** Comma-separated values broken in the ways spreadsheets and scripts break them, each refused. */
    static List<Input> csvBodies(ApiDocument.Operation operation, ValidCall call, String header, String row) {
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("a quote never closed", header + "\n\"" + row + "\n");
        broken.put("an unknown column", header.replace("value", "fuzz") + "\n" + row + "\n");
        broken.put("a NUL character in a cell", header + "\n" + row.replace("ANNUAL", "ANN\u0000UAL") + "\n");
        broken.put("a cell of 1 MB", header + "\n" + row.replace("ANNUAL", "A".repeat(Mutations.MEGABYTE)) + "\n");
        broken.put("text for a year", header + "\n" + row.replace("2026", "hai nghìn") + "\n");
        broken.put("1e309 for a value", header + "\n" + row.substring(0, row.lastIndexOf(',')) + ",1e309\n");
        broken.put("2^63 for a plan", header + "\n9223372036854775808" + row.substring(row.indexOf(',')) + "\n");
        broken.put("an unknown kind", header + "\n" + row.replace("ANNUAL", "MONTHLY") + "\n");
        broken.put("20,001 rows (at most 20,000)", header + "\n" + (row + "\n").repeat(20_001));
        List<Input> inputs = new ArrayList<>();
        broken.forEach((label, body) -> inputs.add(request(operation, call, "CSV: " + label, null, true, call.path(),
                call.query(), call.headers(), CSV, body.getBytes(StandardCharsets.UTF_8))));
        Random random = new Random(12);
        byte[] garbage = new byte[64 * 1024];
        random.nextBytes(garbage);
        inputs.add(request(operation, call, "CSV: random bytes", null, true, call.path(), call.query(), call.headers(), CSV, garbage));
        return inputs;
    }

    /** Files that are not the spreadsheet they say they are, each refused. */
    static List<Input> xlsxBodies(ApiDocument.Operation operation, ValidCall call, byte[] template) {
        Map<String, byte[]> broken = new LinkedHashMap<>();
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        broken.put("random bytes", garbage);
        broken.put("a ZIP archive that is no workbook", zipOf("readme.txt", "Không phải bảng tính".getBytes(StandardCharsets.UTF_8)));
        broken.put("half of a real workbook", Arrays.copyOf(template, template.length / 2));
        broken.put("an empty file", new byte[0]);
        List<Input> inputs = new ArrayList<>();
        broken.forEach((label, body) -> inputs.add(request(operation, call, "XLSX: " + label, null, true, call.path(),
                call.query(), call.headers(), XLSX, body)));
        return inputs;
    }

    private static byte[] zipOf(String name, byte[] content) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid body with a byte sequence UTF-8 does not allow inside its first text. */
    private static byte[] invalidUtf8(String valid) {
        int quote = valid.indexOf(":\"") + 2;
        byte[] before = valid.substring(0, quote).getBytes(StandardCharsets.UTF_8);
        byte[] after = valid.substring(quote).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[before.length + 2 + after.length];
        System.arraycopy(before, 0, body, 0, before.length);
        body[before.length] = (byte) 0xC3;
        body[before.length + 1] = (byte) 0x28;
        System.arraycopy(after, 0, body, before.length + 2, after.length);
        return body;
    }

    /** The body with the property at {@code path} ({@code a.b[0].c}) set to {@code value}, or left out. */
    static byte[] withProperty(JsonNode body, String path, Mutations.Value value) {
        JsonNode copy = body.deepCopy();
        List<String> steps = steps(path);
        JsonNode parent = copy;
        for (int i = 0; i < steps.size() - 1; i++) {
            parent = child(parent, steps.get(i));
        }
        String last = steps.get(steps.size() - 1);
        if (value.leavesOut()) {
            if (parent instanceof ArrayNode array) {
                array.remove(Integer.parseInt(last));
            } else {
                ((ObjectNode) parent).remove(last);
            }
            return bytesOf(copy);
        }
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), TextNode.valueOf(PLACEHOLDER));
        } else {
            ((ObjectNode) parent).put(last, PLACEHOLDER);
        }
        String text = copy.toString();
        return text.replace(TextNode.valueOf(PLACEHOLDER).toString(), value.json()).getBytes(StandardCharsets.UTF_8);
    }

    /** The text at {@code path} of a JSON document, missing if it is not there. */
    static JsonNode at(JsonNode document, String path) {
        JsonNode node = document;
        for (String step : steps(path)) {
            node = child(node, step);
        }
        return node;
    }

    private static JsonNode child(JsonNode node, String step) {
        return node.isArray() ? node.path(Integer.parseInt(step)) : node.path(step);
    }

    /** {@code a.b[0].c} as its steps {@code a, b, 0, c}. */
    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        for (String part : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty()) {
                steps.add(part);
            }
        }
        return steps;
    }

    static byte[] bytesOf(JsonNode body) {
        if (body == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Input request(ApiDocument.Operation operation, ValidCall call, String label, String field,
            boolean mustBeRefused, Map<String, String> path, Map<String, String> query, Map<String, String> headers,
            String contentType, byte[] body) {
        String url = operation.path();
        for (Map.Entry<String, String> parameter : path.entrySet()) {
            url = url.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        if (!query.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            query.forEach((name, value) -> pairs.add(name + "=" + value));
            url += "?" + String.join("&", pairs);
        }
        return new Input(label, field, mustBeRefused, operation.method(), url, call.caller(), headers, contentType, body);
    }

    private static Map<String, String> withValue(Map<String, String> map, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.put(name, value);
        return copy;
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " characters)" : value;
    }
}
