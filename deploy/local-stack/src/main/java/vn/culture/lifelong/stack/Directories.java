package vn.culture.lifelong.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary directories of test stacks: machines are shared, so each is named {@value #PREFIX}… in the system's
 * temporary directory, removed by whoever stops the stack, and in any case when the JVM that made it ends.
 */
public final class Directories {

    public static final String PREFIX = "lifelong-";

    private Directories() {
    }

    /** A new directory named {@code lifelong-PURPOSE-…}, deleted at the latest when this JVM ends. */
    public static Path createTemporary(String purpose) {
        try {
            Path directory = Files.createTempDirectory(PREFIX + purpose + "-");
            OrphanWatchdog.deleteWhenJvmEnds(directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
