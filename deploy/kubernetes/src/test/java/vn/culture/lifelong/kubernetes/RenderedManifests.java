package vn.culture.lifelong.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The objects of an overlay as the build rendered them (RenderManifests), in target/manifests. */
record RenderedManifests(String overlay, List<JsonNode> objects) {

    static final List<String> OVERLAYS = List.of("local", "production");

    /** For {@code @MethodSource}: every overlay. */
    static final String ALL = "vn.culture.lifelong.kubernetes.RenderedManifests#all";

    static final Path MODULE = Path.of("").toAbsolutePath();

    static RenderedManifests of(String overlay) {
        Path file = MODULE.resolve("target/manifests/" + overlay + ".yaml");
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class).readValues(file.toFile())) {
            documents.forEachRemaining(document -> {
                if (document != null && !document.isEmpty()) {
                    objects.add(document);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Not rendered: " + file + " (the build renders it before the tests)", e);
        }
        return new RenderedManifests(overlay, List.copyOf(objects));
    }

    static Stream<RenderedManifests> all() {
        return OVERLAYS.stream().map(RenderedManifests::of);
    }

    Stream<JsonNode> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.path("kind").asText()));
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).filter(object -> name.equals(name(object))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " " + name));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + " " + name(object);
    }

    @Override
    public String toString() {
        return overlay;
    }
}
