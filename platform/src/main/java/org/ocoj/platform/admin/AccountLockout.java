package org.ocoj.platform.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Password guessing per account, whatever the source address: after {@link #MAX_FAILURES} wrong passwords for
 * one user name within {@link #WINDOW} the account is locked for {@link #LOCK} — its password is not even
 * checked — except from addresses it has logged in from successfully before, so the real admin keeps a way in
 * while someone rotating source addresses is stopped. Unknown user names are counted and locked the same way,
 * so the answer never tells whether an account exists.
 *
 * <p>Kept in memory, per node: a restart unlocks everything (see docs/operations.md).
 */
public final class AccountLockout {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final int KNOWN_ADDRESSES_PER_ACCOUNT = 20;
    private static final int MAX_ACCOUNTS = 100_000;

    private final Clock clock;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    public AccountLockout(Clock clock) {
        this.clock = clock;
    }

    /** One account's recent failures, lock and known addresses; guarded by itself. */
    private static final class Account {
        final Deque<Long> failures = new ArrayDeque<>();
        final Set<String> knownAddresses = new LinkedHashSet<>();
        long lockedUntil;

        boolean idle(long now) {
            return lockedUntil <= now && knownAddresses.isEmpty()
                    && (failures.isEmpty() || failures.peekLast() < now - WINDOW.toMillis());
        }
    }

    /** @return milliseconds the account stays locked for this address; 0 when it may try */
    public long lockedMillis(String username, String address) {
        Account account = accounts.get(key(username));
        if (account == null) {
            return 0;
        }
        synchronized (account) {
            long left = account.lockedUntil - clock.millis();
            return left <= 0 || account.knownAddresses.contains(address) ? 0 : left;
        }
    }

    /** Counts a wrong password from an address the account does not know; @return true if this locked the account */
    public boolean failed(String username, String address) {
        long now = clock.millis();
        Account account = account(username, now);
        if (account == null) {
            return false;
        }
        synchronized (account) {
            if (account.knownAddresses.contains(address)) {
                return false; // the owner's typo: it neither counts nor locks (the address throttle still applies)
            }
            while (!account.failures.isEmpty() && account.failures.peekFirst() <= now - WINDOW.toMillis()) {
                account.failures.removeFirst();
            }
            account.failures.addLast(now);
            if (account.failures.size() < MAX_FAILURES || account.lockedUntil > now) {
                return false;
            }
            account.lockedUntil = now + LOCK.toMillis();
            account.failures.clear();
            return true;
        }
    }

    /** A correct password from this address: it is known from now on (the failures are not forgiven). */
    public void succeeded(String username, String address) {
        Account account = account(username, clock.millis());
        if (account == null) {
            return;
        }
        synchronized (account) {
            account.knownAddresses.remove(address);
            account.knownAddresses.add(address); // most recent last
            if (account.knownAddresses.size() > KNOWN_ADDRESSES_PER_ACCOUNT) {
                account.knownAddresses.remove(account.knownAddresses.iterator().next());
            }
        }
    }

    /** @return true if the account was locked */
    public boolean unlock(String username) {
        Account account = accounts.get(key(username));
        if (account == null) {
            return false;
        }
        synchronized (account) {
            boolean locked = account.lockedUntil > clock.millis();
            account.lockedUntil = 0;
            account.failures.clear();
            return locked;
        }
    }

    /** The account's state, created on first use; null when too many are tracked (they still meet the address throttle). */
    private Account account(String username, long now) {
        if (accounts.size() >= MAX_ACCOUNTS) {
            accounts.values().removeIf(a -> {
                synchronized (a) {
                    return a.idle(now);
                }
            });
            if (accounts.size() >= MAX_ACCOUNTS) {
                return accounts.get(key(username));
            }
        }
        return accounts.computeIfAbsent(key(username), k -> new Account());
    }

    /** User names compare without case, as the database does. */
    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
