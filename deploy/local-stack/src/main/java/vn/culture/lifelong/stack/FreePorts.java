package vn.culture.lifelong.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Machines are shared: every port this stack binds is either configured or taken free from the OS. */
public final class FreePorts {

    private FreePorts() {
    }

    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on the loopback interface", e);
        }
    }

    /** A configured port of 0 means "any free port". */
    public static int orFree(int configured) {
        return configured > 0 ? configured : pick();
    }
}
