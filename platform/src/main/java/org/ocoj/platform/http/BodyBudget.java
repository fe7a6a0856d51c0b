package org.ocoj.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.ocoj.platform.config.ServerConfig;

/**
 * How many bytes of request bodies the server holds in memory at once, across all requests
 * ({@code OCO_BODY_BUDGET_BYTES}; by default a quarter of the heap). A body is read only after its bytes are
 * reserved here, so unauthenticated clients declaring large bodies — all at once, or slowly — cannot take the
 * heap: once the budget is used up, further bodies are refused (429, Retry-After) before anything is allocated.
 * Bodies larger than {@link #SMALL_BODY_BYTES} may take at most three quarters of it, so that many slow or large
 * bodies cannot crowd out the small requests that keep the fleet going (hellos, client API calls, logins).
 */
@ApplicationScoped
public class BodyBudget {

    /** Agents' hellos and client API calls stay well below this. */
    static final long SMALL_BODY_BYTES = 64 * 1024;

    private final AtomicLong reserved = new AtomicLong();
    private final long limit;

    protected BodyBudget() {
        limit = 0; // for CDI proxies
    }

    @Inject
    public BodyBudget(ServerConfig config) {
        this(config.bodyBudgetBytes().orElse(Runtime.getRuntime().maxMemory() / 4));
    }

    BodyBudget(long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("OCO_BODY_BUDGET_BYTES must be a positive number of bytes");
        }
        this.limit = limit;
    }

    /** @return true if {@code bytes} more fit (and are now reserved), false if the budget is used up */
    public boolean tryReserve(long bytes) {
        long ceiling = bytes > SMALL_BODY_BYTES ? limit - limit / 4 : limit;
        long before;
        do {
            before = reserved.get();
            if (before + bytes > ceiling) {
                return false;
            }
        } while (!reserved.compareAndSet(before, before + bytes));
        return true;
    }

    public void release(long bytes) {
        reserved.addAndGet(-bytes);
    }

    public long limit() {
        return limit;
    }

    /** Bytes reserved right now. */
    public long reserved() {
        return reserved.get();
    }
}
