package org.ocoj.platform.db.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The embedded servers of this JVM, one per data directory. Static on purpose: a mariadbd is a child process of
 * the JVM, not of one application or one connection factory (Payara may create several of those), and it
 * must be stopped exactly once when the JVM ends.
 *
 * <p>Stopping order: the application stops first (its last writes, e.g. buffered heartbeats, still reach the
 * database), then the database. {@link #applicationStopped()} is called at the end of the application's
 * shutdown; the JVM shutdown hook waits for that a short while and then stops what is still running.
 */
public final class EmbeddedServers {

    private static final long WAIT_FOR_APPLICATION_SECONDS = 15;
    private static final Map<Path, EmbeddedMariaDb> SERVERS = new ConcurrentHashMap<>();
    private static final CountDownLatch APPLICATION_STOPPED = new CountDownLatch(1);

    private EmbeddedServers() {
    }

    /** The server for these settings' data directory, created (not yet started) on first use. */
    public static EmbeddedMariaDb of(EmbeddedDatabaseSettings settings) {
        return SERVERS.computeIfAbsent(settings.dataDir(), dir -> {
            if (SERVERS.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedServers::stopAfterApplication,
                        "oco-embedded-db-stop"));
            }
            return new EmbeddedMariaDb(settings, line -> System.out.println("OCO-J: " + line));
        });
    }

    /** The application has finished its shutdown: its database may stop now. */
    public static void applicationStopped() {
        APPLICATION_STOPPED.countDown();
        stopAll();
    }

    /** Stops every embedded server of this JVM (also before the process halts on a failed start). */
    public static void stopAll() {
        SERVERS.values().forEach(EmbeddedMariaDb::stop);
    }

    private static void stopAfterApplication() {
        try {
            APPLICATION_STOPPED.await(WAIT_FOR_APPLICATION_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopAll();
    }
}
