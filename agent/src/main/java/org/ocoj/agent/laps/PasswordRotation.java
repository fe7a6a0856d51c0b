package org.ocoj.agent.laps;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.ocoj.agent.protocol.AgentClient;
import org.ocoj.agent.protocol.PasswordCipher;
import org.ocoj.agent.protocol.ProtocolException;

/**
 * Carries out a hello's {@code update-passwords} as upstream's agent does (SPEC 2.7): a new password per order, all
 * sent in one {@code oco.agent.passwords} (encrypted with the agent key current now), and only once the server has
 * accepted them set locally — so a password is never set that the server does not hold. A password that could not be
 * set is revoked at the server with a second request for that account. No password is ever logged.
 */
public final class PasswordRotation {
    private static final Logger LOG = Logger.getLogger(PasswordRotation.class.getName());

    private final AgentClient client;
    private final Supplier<String> agentKey;
    private final Optional<LocalPasswordChanger> changer;
    private final PasswordGenerator generator;
    private final SecureRandom random;

    /**
     * @param changer sets local passwords; empty where the agent cannot (then it answers with no passwords, as
     *                upstream's agent without a rule)
     */
    public PasswordRotation(AgentClient client, Supplier<String> agentKey, Optional<LocalPasswordChanger> changer,
                            SecureRandom random) {
        this.client = client;
        this.agentKey = agentKey;
        this.changer = changer;
        this.generator = new PasswordGenerator(random);
        this.random = random;
    }

    /** What a rotation did: accounts changed and accounts whose new password was revoked. */
    public record Outcome(List<String> changed, List<String> failed) {
    }

    /**
     * @param orders the hello's {@code update-passwords} (present, possibly empty)
     * @throws ProtocolException if the server did not take the new passwords: then none was set
     */
    public Outcome run(URI url, JsonNode orders) throws ProtocolException {
        PasswordOrder.Parsed parsed = PasswordOrder.parse(orders);
        parsed.refused().forEach(LOG::warning);
        List<PasswordOrder> accepted = parsed.orders();
        if (changer.isEmpty() && !accepted.isEmpty()) {
            LOG.warning(accepted.size() + " password rotation order(s) not carried out: this agent cannot change "
                    + "local passwords on this operating system");
            accepted = List.of();
        }
        List<Fresh> fresh = accepted.stream()
                .map(order -> new Fresh(order, generator.generate(order.alphabet(), order.length()))).toList();
        // the server expects this request whenever update-passwords was present, even with nothing in it
        client.call(url, "oco.agent.passwords", Map.of("passwords",
                fresh.stream().map(f -> entry(f.order().username(), f.password(), false)).toList()));
        if (fresh.isEmpty()) {
            return new Outcome(List.of(), List.of());
        }
        LOG.info("the server took the new password(s) of " + String.join(", ",
                fresh.stream().map(f -> "'" + f.order().username() + "'").toList()) + "; setting them locally");
        List<String> changed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Fresh f : fresh) {
            String username = f.order().username();
            try {
                changer.get().change(f.order(), f.password());
                changed.add(username);
                LOG.info("changed the password of local user '" + username + "'");
            } catch (LocalPasswordException failure) {
                failed.add(username);
                LOG.warning("could not change the password of local user '" + username + "': " + failure.getMessage()
                        + "; telling the server to discard it");
                revoke(url, username, f.password());
            }
        }
        return new Outcome(changed, failed);
    }

    private void revoke(URI url, String username, String password) {
        try {
            client.call(url, "oco.agent.passwords", Map.of("passwords", List.of(entry(username, password, true))));
        } catch (ProtocolException e) {
            LOG.warning("could not tell the server to discard the unused password of '" + username + "': "
                    + e.getMessage());
        }
    }

    private Map<String, Object> entry(String username, String password, boolean revoke) {
        byte[] iv = new byte[16];
        random.nextBytes(iv);
        PasswordCipher.EncryptedPassword encrypted = PasswordCipher.encrypt(agentKey.get(), iv, password);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("username", username);
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("iv", encrypted.iv());
        wire.put("data", encrypted.data());
        entry.put("password", wire);
        if (revoke) {
            entry.put("revoke", true);
        }
        return entry;
    }

    /** An order with its new password; never printed. */
    private record Fresh(PasswordOrder order, String password) {
        @Override
        public String toString() {
            return order.toString();
        }
    }
}
