package vn.culture.lifelong.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Keycloak from the keycloak-quarkus-dist zip the build unpacks, started as a child process with our realm. */
public final class KeycloakServer {

    public static final String REALM = "lifelong";
    private static final int MINIMUM_JAVA = 21;
    /** Build-time options; `start --optimized` refuses to run on a build made with others. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true", "--cache=local");
    private static final String BUILD_MARKER = ".lifelong-build";

    private final Path home;
    private final Path javaHome;

    public KeycloakServer(Path home) {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home
                    + "; build the project first (./mvnw -DskipTests package)");
        }
        this.home = home;
        this.javaHome = JavaRuntimes.javaHomeOfAtLeast(MINIMUM_JAVA);
    }

    /**
     * Runs `kc.sh build` once per unpacked distribution (the slow part of a cold start). A file lock keeps two
     * stacks on one checkout (the run command and the tests) from building it at the same time.
     */
    public void buildIfNeeded(Path logFile) {
        Path marker = home.resolve(BUILD_MARKER);
        String wanted = String.join(" ", BUILD_OPTIONS);
        try (FileChannel lockFile = FileChannel.open(home.resolve(BUILD_MARKER + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockFile.lock()) {
            if (Files.exists(marker) && Files.readString(marker).equals(wanted)) {
                return;
            }
            Files.createDirectories(logFile.getParent());
            ProcessBuilder build = new ProcessBuilder(command("build", BUILD_OPTIONS))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            build.environment().put("JAVA_HOME", javaHome.toString());
            Process process = build.start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("kc.sh build failed; see " + logFile);
            }
            Files.writeString(marker, wanted, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building Keycloak", e);
        }
    }

    /** A not yet started Keycloak process serving the realm file at {@code realmFile} on {@code port}. */
    public ManagedProcess process(int port, PostgresServer database, Path realmFile, StackSecrets secrets, Path logFile) {
        int managementPort = FreePorts.pick();
        try {
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> options = List.of(
                "--optimized",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname-strict=false",
                "--db-url=" + database.jdbcUrl("keycloak"),
                "--import-realm");
        Map<String, String> environment = Map.of(
                "JAVA_HOME", javaHome.toString(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_DB_USERNAME", database.user(),
                "KC_DB_PASSWORD", database.password(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.keycloakAdminPassword(),
                // Placeholders of the realm file; the file itself holds no secret.
                "LIFELONG_DEMO_PASSWORD", secrets.demoPassword(),
                "LIFELONG_INTEGRATION_CLIENT_SECRET", secrets.integrationClientSecret());
        return new ManagedProcess("keycloak", command("start", options), environment, home, logFile,
                URI.create("http://127.0.0.1:" + managementPort + "/health/ready"));
    }

    private List<String> command(String verb, List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.add(verb);
        command.addAll(options);
        return command;
    }
}
