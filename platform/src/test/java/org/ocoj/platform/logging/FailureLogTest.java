package org.ocoj.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocoj.platform.time.MovableClock;

/** {@link FailureLog}: a line per failure, in words; the stack trace once per distinct cause per minute. */
class FailureLogTest {

    private final Logger log = Logger.getLogger("ocoj.test.failures");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final MovableClock clock = new MovableClock();
    private final FailureLog failures = new FailureLog(clock);

    @BeforeEach
    void listen() {
        log.setUseParentHandlers(false);
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    void logsOneLinePerFailureAndTheStackTraceOncePerCausePerMinute() {
        for (int i = 0; i < 100; i++) {
            failures.failed(log, "Agent request of pc-" + i, databaseDown(4000 + i));
        }
        assertEquals(100, records.size());
        assertEquals(1, records.stream().filter(r -> r.getThrown() != null).count(), "one stack trace, not 100");
        assertEquals("Agent request of pc-1 failed: the database is unavailable (SocketTimeoutException: Read timed "
                + "out after 4001 ms)", records.get(1).getMessage());

        failures.failed(log, "Client API method oco.computer.list", new IllegalStateException("a bug\nin two lines"));
        assertNotNull(last().getThrown(), "another cause: its own stack trace");
        assertEquals("Client API method oco.computer.list failed: IllegalStateException: a bug in two lines"
                + " (stack trace shown once a minute per cause)",
                last().getMessage());

        clock.advance(FailureLog.STACK_TRACE_EVERY_MILLIS - 1);
        failures.failed(log, "Agent request", databaseDown(1));
        assertNull(last().getThrown());
        clock.advance(1);
        failures.failed(log, "Agent request", databaseDown(1));
        assertNotNull(last().getThrown(), "a minute later the same cause shows its stack trace again");
    }

    private LogRecord last() {
        return records.get(records.size() - 1);
    }

    private static RuntimeException databaseDown(int millis) {
        SQLException sql = new SQLException("Communications link failure", "08S01",
                new SocketTimeoutException("Read timed out after " + millis + " ms"));
        return new IllegalStateException("Exception [EclipseLink-4002]: a long wrapper text", sql);
    }
}
