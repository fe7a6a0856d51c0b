package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.tools.reliability.http.Answer;
import org.ocoj.tools.reliability.http.RawHttp;

/**
 * Password guessing against one account from ever new source addresses (127.0.0.20 onwards: all of 127/8 is
 * loopback): per-address throttling alone let every guess through. Now ten are checked, then the account is
 * locked — audited — except for the address its owner logged in from, and an admin can unlock it.
 */
@ExtendWith(SharedServer.class)
class LoginLockoutIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int GUESSES = 30;

    private final SharedServer.Running server = SharedServer.get();
    private final RawHttp http = new RawHttp(server.url().getHost(), server.url().getPort());

    @Test
    void guessesFromRotatingAddressesLockTheAccountWhileItsOwnerKeepsAWayIn() throws Exception {
        InetAddress owner = InetAddress.getByName("127.0.0.1");
        server.clientApi().data("oco.admin.unlock", Map.of("username", "admin")); // no earlier test's failures
        assertEquals(200, login(SharedServer.ADMIN_PASSWORD, owner).status(), "the owner logs in before the attack");

        int checked = 0;
        int refused = 0;
        for (int i = 0; i < GUESSES; i++) {
            Answer answer = login("guess-" + i, loopback(20 + i));
            checked += answer.status() == 401 ? 1 : 0;
            refused += answer.status() == 429 ? 1 : 0;
        }
        assertEquals(10, checked, "ten wrong passwords are checked, then none");
        assertEquals(GUESSES - 10, refused);

        Answer stranger = login(SharedServer.ADMIN_PASSWORD, loopback(60));
        assertEquals(429, stranger.status(), "even the right password is not checked from a new address");
        assertTrue(stranger.body().contains("locked"), stranger.body());
        assertTrue(Integer.parseInt(stranger.header("Retry-After")) > 0, stranger.summary());
        assertEquals(200, login(SharedServer.ADMIN_PASSWORD, owner).status(), "the owner's address still works");
        assertTrue(server.database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'oco.admin.locked' "
                + "AND object_ref = 'admin:admin'") >= 1, "the lock is in the audit log");

        Map<String, Object> unlocked = server.clientApi().data("oco.admin.unlock", Map.of("username", "admin"));
        assertEquals(true, unlocked.get("was_locked"));
        assertEquals(200, login(SharedServer.ADMIN_PASSWORD, loopback(60)).status(), "unlocked");
    }

    private Answer login(String password, InetAddress source) {
        byte[] body = ("{\"username\":\"admin\",\"password\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8);
        return http.send(RawHttp.Request.post("/ui-session/login", "application/json", body, Map.of()), source, TIMEOUT);
    }

    private static InetAddress loopback(int last) throws UnknownHostException {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
    }
}
