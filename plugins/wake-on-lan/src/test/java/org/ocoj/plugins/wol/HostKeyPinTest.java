package org.ocoj.plugins.wol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HostKeyPinTest {

    // an ssh-ed25519 public key blob (type string + 32 key bytes)
    private static final String ED25519 = "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";

    @Test
    void acceptsKnownHostsLinesAndBareKeys() {
        HostKeyPin bare = HostKeyPin.parse("ssh-ed25519 " + ED25519);

        assertEquals(bare, HostKeyPin.parse("[sat.example]:2222 ssh-ed25519 " + ED25519 + " root@sat"));
        assertEquals(bare, HostKeyPin.parse("|1|abc=|def= ssh-ed25519 " + ED25519));
        assertEquals("ssh-ed25519 " + ED25519, bare.keyText());
        assertEquals("[10.0.0.5]:2222 ssh-ed25519 " + ED25519, bare.knownHostsLine("10.0.0.5", 2222));
        assertEquals("sat ssh-ed25519 " + ED25519, bare.knownHostsLine("sat", 22));
    }

    @Test
    void fingerprintIsOpenSshsSha256Form() throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(ED25519));

        assertEquals("SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(hash),
                HostKeyPin.parse("ssh-ed25519 " + ED25519).fingerprint());
    }

    @Test
    void refusesWhatIsNotAHostKey() {
        assertThrows(IllegalArgumentException.class, () -> HostKeyPin.parse("yes"));
        assertThrows(IllegalArgumentException.class, () -> HostKeyPin.parse("ssh-ed25519 not-base64!"));
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
                () -> HostKeyPin.parse("ssh-rsa " + ED25519));
        assertTrue(wrongType.getMessage().contains("not a ssh-rsa key"));
    }

    @Test
    void rsaKeysAllowTheSha2Signatures() {
        assertEquals("rsa-sha2-512,rsa-sha2-256,ssh-rsa", new HostKeyPin("ssh-rsa", new byte[0]).algorithms());
        assertEquals("ssh-ed25519", HostKeyPin.parse("ssh-ed25519 " + ED25519).algorithms());
    }
}
