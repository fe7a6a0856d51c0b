package org.ocoj.platform.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads a request body as its bytes arrive, without holding a thread while the client is slow (a Servlet
 * {@link ReadListener}), up to a limit. Exactly one of the outcomes is reported, once.
 */
final class BodyCollector implements ReadListener {

    /** How a body read ended. */
    sealed interface Outcome {
        record Complete(byte[] body) implements Outcome {
        }

        record TooLarge(long limit) implements Outcome {
        }

        record Failed(String reason) implements Outcome {
        }

        record TimedOut() implements Outcome {
        }
    }

    private final ServletInputStream in;
    private final long declaredLength;
    private final long limit;
    private final Consumer<Outcome> done;
    private final Bytes body;
    private final byte[] buffer = new byte[8192];
    private final AtomicBoolean finished = new AtomicBoolean();

    /** @param body from {@link #buffer}, allocated by the caller before it starts the asynchronous read */
    BodyCollector(ServletInputStream in, Bytes body, long limit, Consumer<Outcome> done) {
        this.in = in;
        this.declaredLength = body.declaredLength;
        this.limit = limit;
        this.done = done;
        this.body = body;
    }

    /** @param declaredLength the Content-Length, or -1 (chunked) */
    static Bytes buffer(long declaredLength) {
        return new Bytes(declaredLength);
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!finished.get() && in.isReady()) {
            int n = in.read(buffer);
            if (n < 0) {
                return; // onAllDataRead follows
            }
            if (body.size() + (long) n > limit) {
                finish(new Outcome.TooLarge(limit));
                return;
            }
            body.write(buffer, 0, n);
            if (body.size() == declaredLength) {
                // complete: Grizzly does not report the end of a body that came with an Upgrade header (e.g. the
                // h2c offer of Java's HttpClient), so the declared length is the end
                finish(new Outcome.Complete(body.take()));
                return;
            }
        }
    }

    @Override
    public void onAllDataRead() {
        finish(new Outcome.Complete(body.take()));
    }

    @Override
    public void onError(Throwable failure) {
        finish(new Outcome.Failed(failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage()));
    }

    /** The deadline passed before the body was complete. */
    void timeOut() {
        finish(new Outcome.TimedOut());
    }

    /**
     * Reports the outcome and lets go of the bytes: the container keeps this listener with its pooled request
     * objects after the request is answered, and with it, before, each request thread's last body (15 MB bodies
     * stayed reachable by the dozen and took a 512 MiB heap).
     */
    private void finish(Outcome outcome) {
        if (finished.compareAndSet(false, true)) {
            if (!(outcome instanceof Outcome.Complete)) {
                body.release();
            }
            done.accept(outcome);
        }
    }

    /**
     * The bytes so far. With a declared length the array has exactly that size and is handed over as it is when
     * full: a large body costs its size once, not twice (four unauthenticated 15 MB bodies at once must not take
     * the heap).
     */
    static final class Bytes extends ByteArrayOutputStream {

        private static final byte[] NOTHING = new byte[0];
        private final long declaredLength;

        private Bytes(long declaredLength) {
            super(declaredLength > 0 ? (int) declaredLength : 8192);
            this.declaredLength = declaredLength;
        }

        synchronized byte[] take() {
            byte[] whole = count == buf.length ? buf : toByteArray();
            release();
            return whole;
        }

        synchronized void release() {
            buf = NOTHING;
            count = 0;
        }
    }
}
