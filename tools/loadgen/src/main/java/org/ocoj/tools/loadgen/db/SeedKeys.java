package org.ocoj.tools.loadgen.db;

import java.nio.charset.StandardCharsets;
import org.ocoj.tools.loadgen.protocol.Hmac;

/**
 * Keys of seeded computers, derived from a secret and the hostname, so the seeder can write them and a later
 * run can act as those agents without storing 100k keys anywhere. Only for load tests on throw-away data.
 */
public final class SeedKeys {

    private SeedKeys() {
    }

    public static String agentKey(String secret, String hostname) {
        return Hmac.sign(secret, ("agent-key:" + hostname).getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }

    public static String serverKey(String secret, String hostname) {
        return Hmac.sign(secret, ("server-key:" + hostname).getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }
}
