package vn.culture.lifelong.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a deployable's own configuration says it needs of its surroundings: the environment variables its production
 * profile reads, the topics it consumes, dead-letters and publishes (its events' {@code TOPIC}), its consumer group.
 * Read from its sources and those of the libraries it depends on, as its build would see them.
 */
final class ServiceConfiguration {

    static final Path PROJECT = RenderedManifests.MODULE.resolve("../..").normalize();
    static final List<String> SERVICES = List.of("plans-service", "reporting-service", "events-service");
    static final List<String> DEPLOYABLES = List.of("gateway", "plans-service", "reporting-service", "events-service");

    /** The libraries whose microprofile-config.properties a deployable takes in, by artifact id. */
    private static final Map<String, Path> LIBRARIES = Map.of(
            "service-kit", PROJECT.resolve("platform/service-kit"),
            "unit-read-model", PROJECT.resolve("plans-service/unit-read-model"));

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("String TOPIC = \"([^\"]+)\";");

    /** Read once per deployable: every overlay is checked against the same sources. */
    private static final Map<String, ServiceConfiguration> READ = new ConcurrentHashMap<>();

    final String name;
    private final Path module;
    private final Properties properties = new Properties();

    static ServiceConfiguration of(String name) {
        return READ.computeIfAbsent(name, ServiceConfiguration::new);
    }

    private ServiceConfiguration(String name) {
        this.name = name;
        this.module = PROJECT.resolve(name);
        String pom = read(module.resolve("pom.xml"));
        LIBRARIES.forEach((artifact, library) -> {
            if (pom.contains("<artifactId>" + artifact + "</artifactId>")) {
                load(library.resolve("src/main/resources/META-INF/microprofile-config.properties"));
            }
        });
        load(module.resolve("src/main/resources/application.properties"));
    }

    /** The variables the production profile reads, each with whether it has a default. */
    Map<String, Boolean> environmentVariables() {
        Map<String, Boolean> variables = new TreeMap<>();
        properties.forEach((key, value) -> {
            String property = key.toString();
            if (property.startsWith("%") && !property.startsWith("%prod.")) {
                return;
            }
            Matcher matcher = VARIABLE.matcher(value.toString());
            while (matcher.find()) {
                variables.merge(matcher.group(1), matcher.group(2) != null, Boolean::logicalAnd);
            }
        });
        return variables;
    }

    Set<String> consumedTopics() {
        return channelSettings("topic");
    }

    Set<String> deadLetterTopics() {
        return channelSettings("dead-letter-queue.topic");
    }

    Set<String> consumerGroups() {
        return channelSettings("group.id");
    }

    /** The topics of the events it publishes: the TOPIC of each event interface of its own (libraries consume). */
    Set<String> publishedTopics() {
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = TOPIC_CONSTANT.matcher(read(file));
                while (matcher.find()) {
                    topics.add(matcher.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }

    private Set<String> channelSettings(String setting) {
        Set<String> values = new TreeSet<>();
        properties.forEach((key, value) -> {
            if (key.toString().matches("mp\\.messaging\\.incoming\\.[^.]+\\." + Pattern.quote(setting))) {
                values.add(value.toString()
                        .replace("${quarkus.application.name}", properties.getProperty("quarkus.application.name")));
            }
        });
        return values;
    }

    private void load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
