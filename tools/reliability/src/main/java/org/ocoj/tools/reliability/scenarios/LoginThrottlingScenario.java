package org.ocoj.tools.reliability.scenarios;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.ocoj.tools.reliability.http.Answer;
import org.ocoj.tools.reliability.http.RawHttp;
import org.ocoj.tools.reliability.http.Web;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * Password guessing against one admin account from ever new source addresses (each attempt from another loopback
 * address, 127.0.0.2 onwards, and — where the server trusts loopback as its proxy — another
 * {@code X-Forwarded-For}): throttling per address alone let every guess through. Per account, only a handful of
 * guesses may be checked; the admin's session opened before the attack keeps working.
 */
public final class LoginThrottlingScenario implements Scenario {

    /** Password checks an attacker may get for one account, however many addresses it uses. */
    static final int MOST_CHECKS = 20;

    @Override
    public String name() {
        return "login-throttling";
    }

    @Override
    public String promise() {
        return "wrong passwords for one account from rotating addresses: at most " + MOST_CHECKS + " checked (401), "
                + "the rest refused (429); the admin's open session keeps working";
    }

    /** The attack may lock the account the suite itself uses: the run must not probe with it afterwards. */
    @Override
    public boolean skipsProbeAfterwards(Target target) {
        return target.loginAccount().equals(target.credentials().adminUser());
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        Outcome outcome = new Outcome(name());
        Web web = new Web(target.url());
        UiSession session = UiSession.login(web, outcome.tally(), target.loginAccount(), target.loginPassword(), Map.of());
        outcome.expect(session != null, "the account's owner logs in before the attack", "refused");
        RawHttp http = new RawHttp(target.host(), target.port());
        int attempts = size.pick(200, 60);
        int checked = 0;
        int throttled = 0;
        for (int i = 0; i < attempts; i++) {
            InetAddress source = source(i);
            String body = "{\"username\":\"" + target.loginAccount() + "\",\"password\":\"guess-" + i + "\"}";
            RawHttp.Request login = RawHttp.Request.post("/ui-session/login", "application/json",
                    body.getBytes(StandardCharsets.UTF_8), Map.of("X-Forwarded-For", "198.51.100." + (i % 250 + 1)));
            Answer answer = http.send(login, source, Duration.ofSeconds(30));
            outcome.tally().count(answer.status());
            checked += answer.status() == 401 ? 1 : 0;
            throttled += answer.status() == 429 ? 1 : 0;
        }
        outcome.observe(attempts + " guesses from " + Math.min(attempts, 250) + " addresses"
                + (target.forwardedForTrusted() ? " and X-Forwarded-For values" : "") + ": " + checked + " checked, "
                + throttled + " refused (429)");
        outcome.expect(checked <= MOST_CHECKS, "at most " + MOST_CHECKS + " guesses are checked", checked + " of "
                + attempts + " were checked");
        if (session != null) {
            Answer still = UiSession.call(web, outcome.tally(), session.cookie(), session.csrfToken(),
                    "oco.computer.summary", Admin.JSON.createObjectNode());
            outcome.expect(still.status() == 200, "the session opened before the attack keeps working", still.summary());
        }
        Answer fresh = UiSession.loginAnswer(web, outcome.tally(), target.loginAccount(), target.loginPassword(),
                Map.of());
        outcome.observe("the right password from an address that did not guess, right after: HTTP " + fresh.status());
        return outcome.result();
    }

    /** 127.0.0.2 … 127.0.0.251 round and round: Linux routes all of 127/8 to loopback. */
    private static InetAddress source(int attempt) throws UnknownHostException {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (2 + attempt % 250)});
    }
}
