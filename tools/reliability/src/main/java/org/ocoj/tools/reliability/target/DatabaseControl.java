package org.ocoj.tools.reliability.target;

/** Control over the server's database when it is the suite's own (a mariadbd on a port of its own). */
public interface DatabaseControl {

    /** The database server's JDBC URL without a database (user root, no password), e.g. for throw-away databases. */
    String serverUrl();

    /** SIGSTOP: the database accepts connections and answers nothing, like a hung or partitioned host. */
    void freeze();

    /** SIGCONT after {@link #freeze}. */
    void thaw();

    /** Stops the database cleanly (like a restart for maintenance). */
    void stop() throws InterruptedException;

    /** Starts it again after {@link #stop}, on the same port and data. */
    void start() throws InterruptedException;
}
