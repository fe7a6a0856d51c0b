package org.ocoj.platform.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The failed-login line is what fail2ban filters match (docs/accounts.md): its shape must not drift. */
class FailedLoginsTest {

    @Test
    void writesAddressUserAndChannelInOneStableLine() {
        assertEquals("OCO-J login failed: address=192.0.2.7 user=helga via=api",
                FailedLogins.line(FailedLogins.Via.API, "helga", "192.0.2.7"));
        assertEquals("OCO-J login failed: address=2001:db8::1 user=- via=ui",
                FailedLogins.line(FailedLogins.Via.UI, "", "2001:db8::1"));
    }

    @Test
    void aCraftedUserNameCannotForgeAnotherAddressOrLine() {
        assertEquals("OCO-J login failed: address=192.0.2.7 user=x?address?10.0.0.1?OCO-J via=token",
                FailedLogins.line(FailedLogins.Via.TOKEN, "x address=10.0.0.1\nOCO-J", "192.0.2.7"));
    }
}
