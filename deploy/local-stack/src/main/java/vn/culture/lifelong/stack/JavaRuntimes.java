package vn.culture.lifelong.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** Finds a Java runtime of a minimum version: Keycloak needs 21+, while the project builds and runs on 17. */
public final class JavaRuntimes {

    private static final Path SYSTEM_JVMS = Path.of("/usr/lib/jvm");

    private JavaRuntimes() {
    }

    /** Looks at JAVA_HOME, this JVM, then the JDKs under /usr/lib/jvm; fails with what it looked at. */
    public static Path javaHomeOfAtLeast(int major) {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        if (Files.isDirectory(SYSTEM_JVMS)) {
            try (Stream<Path> installed = Files.list(SYSTEM_JVMS)) {
                installed.sorted().forEach(candidates::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return candidates.stream()
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> majorVersion(home) >= major)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Keycloak needs a Java " + major
                        + " or newer runtime, and none was found. Looked at: " + candidates
                        + ". Install one (for example Debian's openjdk-21-jdk-headless) or set JAVA_HOME to it."));
    }

    static int majorVersion(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(release)) {
            properties.load(reader);
        } catch (IOException e) {
            return 0;
        }
        String version = properties.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
        String major = version.startsWith("1.") ? version.substring(2, 3) : version.split("[.+-]")[0];
        try {
            return Integer.parseInt(major);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
