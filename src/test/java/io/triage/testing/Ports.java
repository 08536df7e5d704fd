package io.triage.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Free localhost ports for the servers tests start. */
public final class Ports {

    private Ports() {
    }

    /** A port nothing listens on right now (the OS's pick for an ephemeral socket, closed again). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
