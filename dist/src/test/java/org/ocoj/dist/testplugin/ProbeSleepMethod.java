package org.ocoj.dist.testplugin;

import java.util.Map;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.pf4j.Extension;

/**
 * Takes {@code millis} milliseconds to answer, so a test has requests in flight when it stops the server
 * (DrainIT). Exists only in the test plugin, behind the client API's admin authentication.
 */
@Extension
public class ProbeSleepMethod implements ClientMethod {

    @Override
    public String method() {
        return "oco.probe.sleep";
    }

    @Override
    public Object handle(ClientCall call) {
        long millis = Math.max(0, Math.min(60_000, call.data().requireLong("millis")));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of("slept", false);
        }
        return Map.of("slept", true);
    }
}
