package org.ocoj.platform.metrics;

import java.util.function.Supplier;

/**
 * Adds metrics to the container's registry one at a time. Payara's registry is not safe for concurrent creation
 * (a timer's configuration check writes a plain HashMap: two first requests of new methods at once ended in a
 * ConcurrentModificationException and a 500), so every creation, at start or on a first request, goes through here.
 * Looking up and updating a metric once created needs no lock.
 */
public final class MetricRegistration {

    private static final Object LOCK = new Object();

    private MetricRegistration() {
    }

    public static <T> T serially(Supplier<T> creation) {
        synchronized (LOCK) {
            return creation.get();
        }
    }

    public static void serially(Runnable creation) {
        synchronized (LOCK) {
            creation.run();
        }
    }
}
