package org.ocoj.plugins.wol;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** A user key pair for satellite logins, written as a key file the way an admin would have one. */
public record TestKeys(Path privateKey, byte[] publicKeyBlob, Optional<String> passphrase) {

    public static TestKeys create(Path dir, String name, Optional<String> passphrase) throws JSchException, IOException {
        KeyPair pair = KeyPair.genKeyPair(new JSch(), KeyPair.ECDSA, 256);
        Path file = dir.resolve(name);
        if (passphrase.isPresent()) {
            pair.writePrivateKey(file.toString(), passphrase.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else {
            pair.writePrivateKey(file.toString());
        }
        pair.writePublicKey(file + ".pub", name);
        byte[] blob = pair.getPublicKeyBlob();
        pair.dispose();
        return new TestKeys(file, blob, passphrase);
    }

    public SatelliteSsh.Identity identity() {
        return new SatelliteSsh.Identity(privateKey.toString(), Optional.empty(), passphrase);
    }
}
