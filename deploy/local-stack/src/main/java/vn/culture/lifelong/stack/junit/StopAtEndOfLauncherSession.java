package vn.culture.lifelong.stack.junit;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops what tests registered with {@link StopWhenTestsEnd} when the JUnit Platform's launcher session closes.
 * Registered through META-INF/services, so every module with this one on its test class path gets it.
 */
public final class StopAtEndOfLauncherSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        StopWhenTestsEnd.stopAll();
    }
}
