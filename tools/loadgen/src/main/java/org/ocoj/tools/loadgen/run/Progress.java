package org.ocoj.tools.loadgen.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ocoj.tools.loadgen.stats.RunStats;

/** Prints one progress line every few seconds while a run is measured. */
final class Progress implements AutoCloseable {

    private final ScheduledExecutorService timer;

    private Progress(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static Progress start(PrintStream out, RunStats stats, Duration every) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "loadgen-progress");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        long[] last = {0, start};
        long period = Math.max(1, every.toMillis());
        timer.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            long requests = stats.requests();
            double rate = (requests - last[0]) / ((now - last[1]) / 1e9);
            last[0] = requests;
            last[1] = now;
            out.printf("[%6.1fs] %d requests, %.0f req/s now, p99 %.1f ms so far, %d errors%n", (now - start) / 1e9,
                    requests, rate, stats.latency().percentileMicros(99) / 1000.0, stats.errorCount());
        }, period, period, TimeUnit.MILLISECONDS);
        return new Progress(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
