package vn.culture.lifelong.stack;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;
import vn.culture.lifelong.stack.junit.StopWhenTestsEnd;

/**
 * A test JVM in miniature, run by {@link NothingOutlivesItsJvmTest}: in a launcher session, it starts an embedded
 * PostgreSQL (a postmaster and its workers) and a process that forks (as Keycloak's kc.sh does) in a temporary
 * directory, registers them as tests do, prints their PIDs and the directory, then ends as its argument says.
 */
public final class StackPartsJvm {

    private StackPartsJvm() {
    }

    public static void main(String[] args) throws Exception {
        LauncherSession session = LauncherFactory.openSession();
        Path scratch = Directories.createTemporary("lifecycle-test");
        PostgresServer postgres = PostgresServer.startEmbedded(scratch.resolve("postgres"), 0);
        ManagedProcess forking = new ManagedProcess("forking", List.of("sh", "-c", "sleep 600 & sleep 600 & wait"),
                Map.of(), scratch, scratch.resolve("forking.log"), URI.create("http://127.0.0.1:9/")).start();
        StopWhenTestsEnd.register(() -> {
            ParallelStop.closeAll(List.of(forking, postgres));
            Directories.deleteRecursively(scratch);
        });
        long postmaster = Long.parseLong(Files.readAllLines(scratch.resolve("postgres/postmaster.pid")).get(0).trim());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ProcessHandle.of(forking.pid()).orElseThrow().children().count() >= 2);
        String pids = Stream.of(postmaster, forking.pid())
                .flatMap(pid -> ProcessHandle.of(pid).stream())
                .flatMap(leader -> Stream.concat(Stream.of(leader), leader.descendants()))
                .map(process -> Long.toString(process.pid()))
                .collect(Collectors.joining(" "));
        System.out.println("started " + scratch + " " + pids);

        switch (args[0]) {
            case "session-closes" -> {
                session.close();
                System.out.println("session closed");
                untilKilled();
            }
            case "exits" -> System.exit(0);
            case "killed" -> untilKilled();
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Stays alive, doing nothing, until the test kills this JVM. */
    private static void untilKilled() throws InterruptedException {
        new CountDownLatch(1).await();
    }
}
