package vn.culture.lifelong.stack;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Makes sure nothing this JVM starts outlives it, even when the JVM dies abruptly (kill -9, or Surefire halting
 * a test JVM whose shutdown takes longer than 30 s): machines are shared, and an orphaned Keycloak holds half a
 * gigabyte.
 *
 * <p>A small shell, in a session of its own so that nothing aimed at the JVM's process group reaches it, reads
 * on its standard input which process groups and directories belong to this JVM. Its input ends when the JVM
 * is gone, however it ended; it then stops those groups (TERM, then KILL after a grace period) and deletes
 * those directories. A process group is the process and everything it forked (Keycloak's kc.sh forks its JVM,
 * PostgreSQL's postmaster its workers), even children that outlived their parent. Groups the JVM stops itself
 * are released first, so that a later process reusing the number is never touched.
 */
final class OrphanWatchdog {

    private static final String SCRIPT = """
            groups=''
            directories=''
            while read -r verb argument; do
              case $verb in
                adopt) groups="$groups $argument" ;;
                release)
                  kept=''
                  for group in $groups; do [ "$group" = "$argument" ] || kept="$kept $group"; done
                  groups=$kept ;;
                delete) directories="$directories$argument
            " ;;
              esac
            done
            for group in $groups; do kill -TERM -"$group" 2>/dev/null; done
            tries=0
            while [ $tries -lt 100 ]; do
              alive=''
              for group in $groups; do kill -0 -"$group" 2>/dev/null && alive="$alive $group"; done
              [ -z "$alive" ] && break
              sleep 0.1
              tries=$((tries + 1))
            done
            for group in $alive; do kill -KILL -"$group" 2>/dev/null; done
            printf '%s' "$directories" | while IFS= read -r directory; do rm -rf -- "$directory"; done
            """;

    private static Writer commands;

    private OrphanWatchdog() {
    }

    /** Stops the process group led by {@code leader} if this JVM ends before it released the group. */
    static void adopt(long leader) {
        send("adopt " + leader);
    }

    /** The group was stopped by this JVM: nothing left to do for it. */
    static void release(long leader) {
        send("release " + leader);
    }

    /** Deletes {@code directory} when this JVM ends (after the groups are stopped, since they write there). */
    static void deleteWhenJvmEnds(Path directory) {
        send("delete " + directory.toAbsolutePath());
    }

    private static synchronized void send(String command) {
        try {
            if (commands == null) {
                Process shell = new ProcessBuilder("setsid", "sh", "-c", SCRIPT)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                commands = new OutputStreamWriter(shell.getOutputStream(), StandardCharsets.UTF_8);
            }
            commands.write(command + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The watchdog that stops this JVM's processes when it ends is not running", e);
        }
    }
}
