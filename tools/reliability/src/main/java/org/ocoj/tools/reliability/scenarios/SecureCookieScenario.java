package org.ocoj.tools.reliability.scenarios;

import java.util.Map;
import java.util.Optional;
import org.ocoj.tools.reliability.http.Answer;
import org.ocoj.tools.reliability.http.Web;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * Behind a TLS-terminating reverse proxy the browser speaks HTTPS while the server sees HTTP: the proxy's
 * {@code X-Forwarded-Proto: https} (believed from a trusted proxy only) must make the session cookie
 * {@code Secure}, so it never travels in clear.
 */
public final class SecureCookieScenario implements Scenario {

    @Override
    public String name() {
        return "secure-cookie";
    }

    @Override
    public String promise() {
        return "a login through a trusted TLS proxy (X-Forwarded-Proto: https) gets a Secure session cookie";
    }

    @Override
    public Optional<String> unavailable(Target target) {
        return target.forwardedForTrusted() ? Optional.empty()
                : Optional.of("needs a server that trusts loopback as its proxy (OCO_TRUSTED_PROXIES)");
    }

    @Override
    public ScenarioResult run(Target target, Size size) {
        Outcome outcome = new Outcome(name());
        Web web = new Web(target.url());
        Answer proxied = UiSession.loginAnswer(web, outcome.tally(), target.credentials().adminUser(),
                target.credentials().adminPassword(), Map.of("X-Forwarded-Proto", "https"));
        String cookie = String.valueOf(proxied.header("set-cookie"));
        outcome.expect(proxied.status() == 200 && cookie.contains("Secure"), "the cookie is Secure behind the proxy",
                "HTTP " + proxied.status() + ", Set-Cookie flags: " + cookie.replaceAll("OCOJ_SESSION=[^;]*", "OCOJ_SESSION=…"));
        Answer direct = UiSession.loginAnswer(web, outcome.tally(), target.credentials().adminUser(),
                target.credentials().adminPassword(), Map.of());
        outcome.observe("a direct HTTP login's cookie: " + String.valueOf(direct.header("set-cookie"))
                .replaceAll("OCOJ_SESSION=[^;]*", "OCOJ_SESSION=…"));
        return outcome.result();
    }
}
