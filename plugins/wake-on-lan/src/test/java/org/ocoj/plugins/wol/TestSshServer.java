package org.ocoj.plugins.wol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * A real SSH server (Apache MINA SSHD) on a loopback port standing in for a WOL satellite: it accepts one
 * user with one public key, records every command it is asked to run, and answers with a chosen exit status.
 * Public for the end-to-end test in dist (this module's test jar).
 */
public final class TestSshServer implements AutoCloseable {

    public static final String USER = "wol";

    public final KeyPair hostKey;
    public final List<String> commands = new CopyOnWriteArrayList<>();
    public volatile int exitStatus = 0;
    public volatile String stderr = "";
    /** The key exchange the last session negotiated, e.g. {@code curve25519-sha256}. */
    public volatile String lastKex;
    private final SshServer server;

    /** @param authorizedKeyBlob the user's public key in SSH wire form (as JSch's KeyPair gives it) */
    public TestSshServer(byte[] authorizedKeyBlob) throws IOException, GeneralSecurityException {
        this(authorizedKeyBlob, ecKeyPair());
    }

    TestSshServer(byte[] authorizedKeyBlob, KeyPair hostKey) throws IOException, GeneralSecurityException {
        this.hostKey = hostKey;
        PublicKey authorized = new ByteArrayBuffer(authorizedKeyBlob).getRawPublicKey();
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user) && KeyUtils.compareKeys(authorized, key));
        server.setCommandFactory((channel, command) -> new Recorder(command));
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionEvent(Session session, Event event) {
                if (event == Event.KexCompleted) {
                    lastKex = session.getNegotiatedKexParameter(KexProposalOption.ALGORITHMS);
                }
            }
        });
        server.start();
    }

    public static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    public int port() {
        return server.getPort();
    }

    /** The host key as an admin would paste it: {@code type base64}. */
    public String hostKeyText() {
        return PublicKeyEntry.toString(hostKey.getPublic());
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    private final class Recorder implements Command {
        private final String command;
        private OutputStream err;
        private ExitCallback exit;

        Recorder(String command) {
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
        }

        @Override
        public void setOutputStream(OutputStream out) {
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) throws IOException {
            commands.add(command);
            if (!stderr.isEmpty()) {
                err.write(stderr.getBytes(StandardCharsets.UTF_8));
                err.flush();
            }
            exit.onExit(exitStatus);
        }

        @Override
        public void destroy(ChannelSession channel) {
        }
    }
}
