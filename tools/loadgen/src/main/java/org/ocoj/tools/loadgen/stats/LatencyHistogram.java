package org.ocoj.tools.loadgen.stats;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Thread-safe latency histogram in microseconds with log-linear buckets: exact below 128 µs, then 64 buckets
 * per power of two (relative error under 1.6 %), up to about 35 minutes. Percentiles use the nearest-rank
 * definition and report the bucket's upper bound (never below the true value); the maximum is exact.
 */
public final class LatencyHistogram {

    private static final int LINEAR = 128;
    private static final int SUB_BUCKETS = 64;
    private static final int SUB_BITS = 6;
    private static final long MAX_VALUE = 1L << 31;

    private final AtomicLongArray counts = new AtomicLongArray(index(MAX_VALUE) + 1);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong max = new AtomicLong();
    private final AtomicLong sum = new AtomicLong();

    public void record(long micros) {
        long value = Math.max(0, Math.min(micros, MAX_VALUE));
        counts.incrementAndGet(index(value));
        total.incrementAndGet();
        sum.addAndGet(value);
        max.accumulateAndGet(value, Math::max);
    }

    static int index(long value) {
        if (value < LINEAR) {
            return (int) value;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(value); // >= 7
        int sub = (int) ((value >>> (exponent - SUB_BITS)) & (SUB_BUCKETS - 1));
        return LINEAR + (exponent - 7) * SUB_BUCKETS + sub;
    }

    /** The largest value that falls into bucket {@code index}. */
    static long upperBound(int index) {
        if (index < LINEAR) {
            return index;
        }
        int exponent = (index - LINEAR) / SUB_BUCKETS + 7;
        long sub = (index - LINEAR) % SUB_BUCKETS;
        long width = 1L << (exponent - SUB_BITS);
        return (1L << exponent) + (sub + 1) * width - 1;
    }

    public long count() {
        return total.get();
    }

    public long maxMicros() {
        return max.get();
    }

    public double meanMicros() {
        long n = total.get();
        return n == 0 ? 0 : (double) sum.get() / n;
    }

    /** Nearest-rank percentile ({@code 0 < p <= 100}) in microseconds; 0 when nothing was recorded. */
    public long percentileMicros(double p) {
        long n = total.get();
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * n));
        long seen = 0;
        for (int i = 0; i < counts.length(); i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(upperBound(i), max.get());
            }
        }
        return max.get();
    }
}
