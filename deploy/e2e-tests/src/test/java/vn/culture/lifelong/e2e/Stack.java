package vn.culture.lifelong.e2e;

import java.nio.file.Path;
import vn.culture.lifelong.stack.Directories;
import vn.culture.lifelong.stack.LocalStack;
import vn.culture.lifelong.stack.StackSettings;
import vn.culture.lifelong.stack.junit.StopWhenTestsEnd;

/** One stack for the whole end-to-end run, on free ports with fresh data, stopped when the tests end. */
final class Stack {

    private static LocalStack stack;

    private Stack() {
    }

    static synchronized LocalStack get() {
        if (stack == null) {
            Path root = Path.of(System.getProperty("lifelong.project-root", "../..")).toAbsolutePath().normalize();
            Path data = Directories.createTemporary("e2e");
            stack = LocalStack.start(StackSettings.isolated(root, data));
            StopWhenTestsEnd.register(() -> {
                stack.close();
                Directories.deleteRecursively(data);
            });
        }
        return stack;
    }
}
