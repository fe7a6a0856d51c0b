package org.ocoj.tools.reliability.target;

import java.time.Duration;

/** Control over the server process, when the suite started it itself (not in the shared-server smoke test). */
public interface ServerControl {

    /** {@code kill -9} of the server's JVM: no shutdown hook, no flush. */
    void kill9();

    /** Starts the server again on the same data directory and database; returns the time until it was ready. */
    Duration restart() throws InterruptedException;

    /** SIGTERM and wait for the exit. @return the process's exit code */
    int terminate() throws InterruptedException;

    /** Whether the server process is running. */
    boolean alive();

    /** The JVM's pid. */
    long pid();

    /** The server bundle it runs from (tools that start servers of their own, like the crash tool, use it too). */
    java.nio.file.Path bundle();
}
