package org.ocoj.plugins.wol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A host that wakes computers on subnets this server is not attached to, by running a command over SSH
 * (SPEC §7, plus a pinned host key).
 *
 * @param privateKeyPath      path of the private key file on the server (the key itself is never stored)
 * @param publicKeyPath       path of the matching public key file, if it is not next to the private key
 * @param passphraseEncrypted the key's passphrase, sealed by {@link PassphraseCipher}
 * @param command             the program to run; empty = {@code wakeonlan}
 * @param hostKey             the confirmed host key; empty = not confirmed, not used
 */
public record Satellite(long id, String name, int position, String address, int port, String username,
                        String privateKeyPath, Optional<String> publicKeyPath, Optional<String> passphraseEncrypted,
                        Optional<String> command, Optional<HostKeyPin> hostKey) {

    public static final String DEFAULT_COMMAND = "wakeonlan";

    public Satellite withId(long newId) {
        return new Satellite(newId, name, position, address, port, username, privateKeyPath, publicKeyPath,
                passphraseEncrypted, command, hostKey);
    }

    public Satellite withPosition(int newPosition) {
        return new Satellite(id, name, newPosition, address, port, username, privateKeyPath, publicKeyPath,
                passphraseEncrypted, command, hostKey);
    }

    public String program() {
        return command.orElse(DEFAULT_COMMAND);
    }

    /** How results and logs name it: {@code name (address:port)}. */
    public String label() {
        return name + " (" + address + ":" + port + ")";
    }

    /** What the client API shows: never key material or the passphrase, only whether there is one. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("name", name);
        map.put("position", position);
        map.put("address", address);
        map.put("port", port);
        map.put("username", username);
        map.put("privkey", privateKeyPath);
        map.put("pubkey", publicKeyPath.orElse(null));
        map.put("has_passphrase", passphraseEncrypted.isPresent());
        map.put("command", command.orElse(null));
        map.put("host_key", hostKey.map(k -> k.knownHostsLine(address, port)).orElse(null));
        map.put("host_key_fingerprint", hostKey.map(HostKeyPin::fingerprint).orElse(null));
        return map;
    }
}
