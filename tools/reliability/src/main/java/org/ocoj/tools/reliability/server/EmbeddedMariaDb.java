package org.ocoj.tools.reliability.server;

import java.util.Optional;
import org.ocoj.tools.reliability.target.DatabaseControl;

/**
 * The embedded default database: a mariadbd the server starts itself (bundle {@code lib/mariadb}). It can be
 * frozen like a hung disk; stopping it is not an outage the suite controls (the server starts it again).
 */
final class EmbeddedMariaDb implements DatabaseControl {

    private final BundleServer server;

    EmbeddedMariaDb(BundleServer server) {
        this.server = server;
    }

    private long pid() {
        return server.descendants().filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                .findFirst().map(ProcessHandle::pid)
                .orElseThrow(() -> new IllegalStateException("the server runs no embedded mariadbd"));
    }

    @Override
    public Optional<String> serverUrl() {
        return Optional.empty();
    }

    @Override
    public boolean canStop() {
        return false;
    }

    @Override
    public void freeze() {
        Signals.send("STOP", pid());
    }

    @Override
    public void thaw() {
        Signals.send("CONT", pid());
    }

    @Override
    public void stop() {
        throw new UnsupportedOperationException("the server starts its embedded database again by itself");
    }

    @Override
    public void start() {
        throw new UnsupportedOperationException("the server starts its embedded database again by itself");
    }
}
