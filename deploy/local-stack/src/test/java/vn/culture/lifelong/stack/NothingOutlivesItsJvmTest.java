package vn.culture.lifelong.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every process a test JVM starts is stopped, and its temporary directory removed, when its tests end, when it
 * exits without stopping anything, and when it is killed: PostgreSQL's workers and the children of a forking
 * launcher script included.
 */
class NothingOutlivesItsJvmTest {

    private static final Duration CLEANUP_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path output;
    private Process jvm;

    @Test
    void whenTheTestsEndEverythingIsStoppedBeforeTheJvmExits() throws Exception {
        Started started = startJvm("session-closes");
        awaitLine("session closed");

        assertThat(jvm.isAlive()).isTrue();
        assertThat(started.pidsAlive()).isEmpty();
        assertThat(started.directory()).doesNotExist();
    }

    @Test
    void aJvmThatExitsWithoutStoppingAnythingLeavesNothing() throws Exception {
        Started started = startJvm("exits");
        assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();

        awaitCleanedUp(started);
    }

    @Test
    void aKilledJvmLeavesNothing() throws Exception {
        Started started = startJvm("killed");
        jvm.destroyForcibly().waitFor();

        awaitCleanedUp(started);
    }

    @AfterEach
    void stopJvm() throws InterruptedException {
        if (jvm != null) {
            jvm.destroyForcibly().waitFor();
        }
    }

    private Started startJvm(String ending) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        jvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StackPartsJvm.class.getName(), ending)
                .redirectErrorStream(true)
                .redirectOutput(output.resolve("jvm.log").toFile())
                .start();
        String[] words = awaitLine("started ").split(" ");
        List<Long> pids = Arrays.stream(words).skip(2).map(Long::valueOf).toList();
        assertThat(pids).hasSizeGreaterThanOrEqualTo(5);
        return new Started(Path.of(words[1]), pids);
    }

    /** The first line of the JVM's output that starts with {@code start}, once it printed one. */
    private String awaitLine(String start) {
        return await("a line '" + start + "…' from the JVM").atMost(Duration.ofMinutes(1))
                .until(() -> lineStartingWith(start), Optional::isPresent).orElseThrow();
    }

    private Optional<String> lineStartingWith(String start) throws IOException {
        return Files.readAllLines(output.resolve("jvm.log")).stream().filter(line -> line.startsWith(start)).findFirst();
    }

    private static void awaitCleanedUp(Started started) {
        await().atMost(CLEANUP_TIMEOUT).untilAsserted(() -> {
            assertThat(started.pidsAlive()).isEmpty();
            assertThat(started.directory()).doesNotExist();
        });
    }

    private record Started(Path directory, List<Long> pids) {

        List<Long> pidsAlive() {
            return pids.stream().filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).toList();
        }
    }
}
