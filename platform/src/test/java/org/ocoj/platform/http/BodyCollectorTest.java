package org.ocoj.platform.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The container keeps a request's read listener with its pooled request objects after the request is answered;
 * a collector that still held its body kept every request thread's last body reachable (issue 16: 15 MB bodies
 * by the dozen ran a 512 MiB server out of memory).
 */
class BodyCollectorTest {

    private static final int SIZE = 4_000_000;

    @Test
    void aCompleteBodyIsHandedOverAndNoLongerHeld() throws Exception {
        byte[] sent = new byte[SIZE];
        Arrays.fill(sent, (byte) '7');
        AtomicReference<BodyCollector.Outcome> outcome = new AtomicReference<>();
        BodyCollector collector = new BodyCollector(new Arriving(sent, SIZE), BodyCollector.buffer(SIZE), SIZE,
                outcome::set);

        collector.onDataAvailable();

        byte[] received = assertInstanceOf(BodyCollector.Outcome.Complete.class, outcome.get()).body();
        assertArrayEquals(sent, received);
        WeakReference<byte[]> body = new WeakReference<>(received);
        received = null;
        outcome.set(null);
        assertTrue(afterCollections(body) == null, "the answered request's body is garbage, the collector left");
        Reference.reachabilityFence(collector);
    }

    @Test
    void aBodyThatTimesOutHalfWayIsLetGo() throws Exception {
        AtomicReference<BodyCollector.Outcome> outcome = new AtomicReference<>();
        BodyCollector.Bytes buffer = BodyCollector.buffer(SIZE);
        BodyCollector collector = new BodyCollector(new Arriving(new byte[SIZE], SIZE / 2), buffer, SIZE, outcome::set);
        collector.onDataAvailable();
        assertEquals(SIZE / 2, buffer.size());

        collector.timeOut();

        assertInstanceOf(BodyCollector.Outcome.TimedOut.class, outcome.get());
        assertEquals(0, buffer.size(), "the bytes so far are let go");
    }

    private static <T> T afterCollections(WeakReference<T> reference) throws InterruptedException {
        for (int i = 0; i < 50 && reference.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        return reference.get();
    }

    /** {@code available} of the bytes have arrived; the rest never comes. */
    private static final class Arriving extends ServletInputStream {
        private final byte[] bytes;
        private final int available;
        private int position;

        Arriving(byte[] bytes, int available) {
            this.bytes = bytes;
            this.available = available;
        }

        @Override
        public boolean isFinished() {
            return position == bytes.length;
        }

        @Override
        public boolean isReady() {
            return position < available;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
            return position < available ? bytes[position++] : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = Math.min(len, available - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }
    }
}
