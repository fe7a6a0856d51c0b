package org.ocoj.tools.reliability.target;

/**
 * Control over the server's database: the suite's own mariadbd (MariaDB run), or the embedded default's mariadbd
 * that the server runs itself (it can be frozen, not stopped: the server starts it again).
 */
public interface DatabaseControl {

    /** The database server's JDBC URL without a database (user root, no password), for throw-away databases. */
    java.util.Optional<String> serverUrl();

    /** Whether {@link #stop} and {@link #start} are possible (not for a database the server runs itself). */
    default boolean canStop() {
        return true;
    }

    /** SIGSTOP: the database accepts connections and answers nothing, like a hung or partitioned host. */
    void freeze();

    /** SIGCONT after {@link #freeze}. */
    void thaw();

    /** Stops the database cleanly (like a restart for maintenance). */
    void stop() throws InterruptedException;

    /** Starts it again after {@link #stop}, on the same port and data. */
    void start() throws InterruptedException;
}
