package org.ocoj.platform.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ocoj.platform.time.MovableClock;

/**
 * {@link AccountLockout}: guesses from ever new addresses lock the account after ten; the addresses its owner
 * logged in from keep their way in; the lock ends by itself or by an unlock.
 */
class AccountLockoutTest {

    private final MovableClock clock = new MovableClock();
    private final AccountLockout lockout = new AccountLockout(clock);

    @Test
    void tenWrongPasswordsFromRotatingAddressesLockTheAccountButNotForItsKnownAddress() {
        lockout.succeeded("admin", "10.0.0.1");
        for (int i = 1; i < AccountLockout.MAX_FAILURES; i++) {
            assertFalse(lockout.failed("admin", "203.0.113." + i));
            assertEquals(0, lockout.lockedMillis("admin", "203.0.113.99"), "not yet after " + i);
        }
        assertTrue(lockout.failed("admin", "203.0.113.10"), "the tenth failure locks");
        assertEquals(AccountLockout.LOCK.toMillis(), lockout.lockedMillis("ADMIN", "198.51.100.7"),
                "any new address, the user name in any case");
        assertEquals(0, lockout.lockedMillis("admin", "10.0.0.1"), "the owner's address keeps its way in");
        assertEquals(0, lockout.lockedMillis("operator", "198.51.100.7"), "other accounts are not affected");
        assertFalse(lockout.failed("admin", "203.0.113.11"), "locked once, not again on every failure");
        for (int i = 0; i < 2 * AccountLockout.MAX_FAILURES; i++) {
            assertFalse(lockout.failed("admin", "10.0.0.1"), "the owner's typos do not count");
        }

        clock.advance(AccountLockout.LOCK.toMillis());
        assertEquals(0, lockout.lockedMillis("admin", "198.51.100.7"), "the lock ends by itself");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < AccountLockout.MAX_FAILURES - 1; i++) {
            lockout.failed("nobody", "203.0.113.1");
        }
        clock.advance(AccountLockout.WINDOW.toMillis());
        assertFalse(lockout.failed("nobody", "203.0.113.1"), "the nine earlier failures have expired");
        assertEquals(0, lockout.lockedMillis("nobody", "203.0.113.2"));
    }

    @Test
    void anUnlockEndsTheLockAndForgetsTheFailures() {
        for (int i = 0; i < AccountLockout.MAX_FAILURES; i++) {
            lockout.failed("admin", "203.0.113." + i);
        }
        assertTrue(lockout.lockedMillis("admin", "198.51.100.7") > 0);
        assertTrue(lockout.unlock("admin"));
        assertEquals(0, lockout.lockedMillis("admin", "198.51.100.7"));
        assertFalse(lockout.failed("admin", "203.0.113.1"), "counting starts over");
        assertFalse(lockout.unlock("admin"), "it was not locked any more");
    }
}
