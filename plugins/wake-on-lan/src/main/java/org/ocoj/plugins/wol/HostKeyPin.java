package org.ocoj.plugins.wol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * A satellite's SSH host key as the admin confirmed it: key type and public key blob, written in known_hosts
 * form. The plugin never trusts a key it was not given (no trust on first use): an unpinned satellite is not
 * connected to for waking, and a satellite offering another key is refused.
 */
public record HostKeyPin(String type, byte[] blob) {

    private static final Set<String> TYPES = Set.of("ssh-ed25519", "ssh-ed448", "ssh-rsa", "ssh-dss",
            "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521");

    public HostKeyPin {
        blob = blob.clone();
    }

    /**
     * Reads a known_hosts line ({@code [host]:port ssh-ed25519 AAAA… comment}), or just {@code type base64}.
     *
     * @throws IllegalArgumentException with a message for the admin
     */
    public static HostKeyPin parse(String text) {
        String[] fields = text.trim().split("\\s+");
        for (int i = 0; i + 1 < fields.length; i++) {
            if (TYPES.contains(fields[i])) {
                return of(fields[i], fields[i + 1]);
            }
        }
        throw new IllegalArgumentException("host_key must be a known_hosts line such as \"[sat.example]:22 "
                + "ssh-ed25519 AAAAC3Nza…\" (key types: " + String.join(", ", new java.util.TreeSet<>(TYPES)) + ")");
    }

    /** A key as the satellite offered it during the key exchange. */
    public static HostKeyPin ofBlob(byte[] blob) {
        return new HostKeyPin(typeInside(blob), blob);
    }

    private static HostKeyPin of(String type, String base64) {
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("host_key: the key after " + type + " is not base64");
        }
        if (!type.equals(typeInside(blob))) {
            throw new IllegalArgumentException("host_key: the key data is not a " + type + " key");
        }
        return new HostKeyPin(type, blob);
    }

    /** The key type the SSH wire format names at the start of a public key blob, or "" if it names none. */
    private static String typeInside(byte[] blob) {
        if (blob.length < 4) {
            return "";
        }
        int length = ByteBuffer.wrap(blob).getInt();
        if (length <= 0 || length > 64 || 4 + length > blob.length) {
            return "";
        }
        return new String(blob, 4, length, StandardCharsets.US_ASCII);
    }

    @Override
    public byte[] blob() {
        return blob.clone();
    }

    public boolean matches(byte[] offered) {
        return MessageDigest.isEqual(blob, offered);
    }

    /** {@code type base64}: what is stored. */
    public String keyText() {
        return type + " " + Base64.getEncoder().encodeToString(blob);
    }

    /** The line an OpenSSH known_hosts file would hold for this satellite. */
    public String knownHostsLine(String address, int port) {
        return (port == 22 ? address : "[" + address + "]:" + port) + " " + keyText();
    }

    /** As {@code ssh-keygen -lf} prints it: {@code SHA256:} and unpadded base64. */
    public String fingerprint() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The host key algorithms to offer, so that the satellite presents this key and not another of its keys. */
    public String algorithms() {
        return type.equals("ssh-rsa") ? "rsa-sha2-512,rsa-sha2-256,ssh-rsa" : type;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostKeyPin && Arrays.equals(blob, ((HostKeyPin) other).blob);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(blob);
    }

    @Override
    public String toString() {
        return type + " " + fingerprint();
    }
}
