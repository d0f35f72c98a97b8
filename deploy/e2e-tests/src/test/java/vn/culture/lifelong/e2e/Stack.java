package vn.culture.lifelong.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.culture.lifelong.stack.LocalStack;
import vn.culture.lifelong.stack.StackSettings;

/** One stack for the whole end-to-end run, on free ports with fresh data, stopped when the JVM ends. */
final class Stack {

    private static LocalStack stack;

    private Stack() {
    }

    static synchronized LocalStack get() {
        if (stack == null) {
            Path root = Path.of(System.getProperty("lifelong.project-root", "../..")).toAbsolutePath().normalize();
            try {
                Path data = Files.createTempDirectory("lifelong-e2e-");
                stack = LocalStack.start(StackSettings.isolated(root, data));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        }
        return stack;
    }
}
