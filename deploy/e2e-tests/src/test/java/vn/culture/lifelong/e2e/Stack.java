package vn.culture.lifelong.e2e;

import java.nio.file.Path;
import vn.culture.lifelong.stack.Directories;
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
            Path data = Directories.createTemporary("lifelong-e2e-");
            stack = LocalStack.start(StackSettings.isolated(root, data));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stack.close();
                Directories.deleteRecursively(data);
            }));
        }
        return stack;
    }
}
