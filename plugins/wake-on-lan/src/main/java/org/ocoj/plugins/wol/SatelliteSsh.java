package org.ocoj.plugins.wol;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.KeyPair;
import com.jcraft.jsch.Session;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SSH to a satellite with JSch: the host key must be the pinned one ({@code StrictHostKeyChecking=yes}, never
 * "no"), authentication is by key only, every wait is bounded.
 */
public final class SatelliteSsh {

    private static final Logger LOG = Logger.getLogger(SatelliteSsh.class.getName());

    /** The key to log in with; the passphrase already decrypted. */
    public record Identity(String privateKeyPath, Optional<String> publicKeyPath, Optional<String> passphrase) {
    }

    /** What {@link #test} found: the key the satellite offered, and whether login with the pinned key worked. */
    public record TestResult(Optional<HostKeyPin> offered, boolean loggedIn, Optional<String> error) {
    }

    private static final int MAX_OUTPUT = 2000;

    private final Duration connectTimeout;
    private final Duration commandTimeout;

    public SatelliteSsh(Duration connectTimeout, Duration commandTimeout) {
        this.connectTimeout = connectTimeout;
        this.commandTimeout = commandTimeout;
    }

    /**
     * Runs the commands in order over one session.
     *
     * @return per command: empty if it exited with status 0, else what went wrong. When no session can be
     *         opened (not pinned, unreachable, refused key …) every command gets that same error.
     */
    public List<Optional<String>> run(Satellite satellite, Identity identity, List<String> commands) {
        Optional<String> refusal = satellite.hostKey().isEmpty()
                ? Optional.of("its host key is not pinned yet: run oco.wol_satellite.test, compare the fingerprint "
                        + "with the satellite's, and pin the key with oco.wol_satellite.update")
                : checkKey(identity);
        if (refusal.isPresent()) {
            return Collections.nCopies(commands.size(), refusal);
        }
        PinnedHostKeys keys = new PinnedHostKeys(satellite.address(), satellite.hostKey());
        Session session = null;
        try {
            session = open(satellite, Optional.of(identity), keys);
            List<Optional<String>> results = new ArrayList<>();
            for (String command : commands) {
                results.add(exec(session, command));
            }
            return results;
        } catch (JSchException e) {
            return Collections.nCopies(commands.size(), Optional.of(describe(e, satellite, keys)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Collections.nCopies(commands.size(), Optional.of("interrupted"));
        } finally {
            if (session != null) {
                session.disconnect();
            }
        }
    }

    /**
     * Connects to show the admin the satellite's host key. Without a pinned key nothing is trusted: the key is
     * only reported (the connection is refused after the key exchange). With one, it must match, and login
     * with the identity (given exactly when a key is pinned) is tried.
     */
    public TestResult test(Satellite satellite, Optional<Identity> identity) {
        PinnedHostKeys keys = new PinnedHostKeys(satellite.address(), satellite.hostKey());
        Optional<String> keyProblem = identity.flatMap(SatelliteSsh::checkKey);
        if (keyProblem.isPresent()) {
            return new TestResult(Optional.empty(), false, keyProblem);
        }
        Session session = null;
        try {
            session = open(satellite, identity, keys);
            return new TestResult(keys.offered(), true, Optional.empty());
        } catch (JSchException e) {
            return new TestResult(keys.offered(), false, Optional.of(describe(e, satellite, keys)));
        } finally {
            if (session != null) {
                session.disconnect();
            }
        }
    }

    /** Whether the key file can be used: readable, a private key, opened by the passphrase. Empty if so. */
    public static Optional<String> checkKey(Identity identity) {
        String path = identity.privateKeyPath();
        if (!Files.isReadable(Path.of(path))) {
            return Optional.of("the private key file " + path + " does not exist or is not readable by the server");
        }
        KeyPair key;
        try {
            key = KeyPair.load(new JSch(), path, identity.publicKeyPath().orElse(null));
        } catch (JSchException e) {
            return Optional.of(path + " is not a private key JSch can read (" + e.getMessage() + ")");
        }
        try {
            if (!key.isEncrypted()) {
                return Optional.empty();
            }
            if (identity.passphrase().isEmpty()) {
                return Optional.of("the private key " + path + " is protected by a passphrase, and none is set");
            }
            return key.decrypt(identity.passphrase().get().getBytes(StandardCharsets.UTF_8))
                    ? Optional.empty() : Optional.of("the passphrase does not open the private key " + path);
        } finally {
            key.dispose();
        }
    }

    private Session open(Satellite satellite, Optional<Identity> identity, PinnedHostKeys keys) throws JSchException {
        JSch jsch = new JSch();
        jsch.setHostKeyRepository(keys);
        if (identity.isPresent()) {
            Identity id = identity.get();
            jsch.addIdentity(id.privateKeyPath(), id.publicKeyPath().orElse(null),
                    id.passphrase().map(p -> p.getBytes(StandardCharsets.UTF_8)).orElse(null));
        }
        Session session = jsch.getSession(satellite.username(), satellite.address(), satellite.port());
        session.setConfig("StrictHostKeyChecking", "yes");
        session.setConfig("PreferredAuthentications", "publickey");
        satellite.hostKey().ifPresent(pin -> session.setConfig("server_host_key", pin.algorithms()));
        int timeout = (int) connectTimeout.toMillis();
        session.setTimeout(timeout);
        session.connect(timeout);
        return session;
    }

    private Optional<String> exec(Session session, String command) throws JSchException, InterruptedException {
        ChannelExec channel = (ChannelExec) session.openChannel("exec");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            channel.setCommand(command.getBytes(StandardCharsets.UTF_8));
            channel.setInputStream(null);
            channel.setOutputStream(out);
            channel.setErrStream(err);
            channel.connect((int) connectTimeout.toMillis());
            long deadline = System.nanoTime() + commandTimeout.toNanos();
            while (!channel.isClosed()) {
                if (System.nanoTime() > deadline) {
                    return Optional.of("the command did not finish within " + commandTimeout.toSeconds() + " s");
                }
                Thread.sleep(20);
            }
            int status = channel.getExitStatus();
            if (status == 0) {
                return Optional.empty();
            }
            String output = firstLine(err.size() > 0 ? err : out);
            return Optional.of("the command exited with status " + status + (output.isEmpty() ? "" : ": " + output));
        } finally {
            channel.disconnect();
        }
    }

    private static String firstLine(ByteArrayOutputStream output) {
        String text = output.toString(StandardCharsets.UTF_8).strip();
        int end = text.indexOf('\n');
        text = end < 0 ? text : text.substring(0, end).strip();
        return text.length() <= MAX_OUTPUT ? text : text.substring(0, MAX_OUTPUT) + "…";
    }

    private String describe(JSchException e, Satellite satellite, PinnedHostKeys keys) {
        String offered = keys.offered().map(HostKeyPin::toString).orElse("an unknown key");
        if (e instanceof JSchChangedHostKeyException) {
            return "host key mismatch, connection refused: the satellite offered " + offered + ", but "
                    + satellite.hostKey().map(HostKeyPin::toString).orElse("another key") + " is pinned. If its key "
                    + "was changed on purpose, confirm the new one (oco.wol_satellite.test) and pin it";
        }
        if (e instanceof JSchUnknownHostKeyException) {
            return "host key not pinned yet: the satellite offered " + offered + "; compare this fingerprint with "
                    + "the satellite's own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and pin the key with "
                    + "oco.wol_satellite.update";
        }
        Throwable cause = e.getCause();
        if (cause instanceof SocketTimeoutException || String.valueOf(e.getMessage()).contains("timeout")) {
            return "no answer from " + satellite.address() + ":" + satellite.port() + " within "
                    + connectTimeout.toSeconds() + " s";
        }
        if (cause instanceof ConnectException) {
            return "cannot connect to " + satellite.address() + ":" + satellite.port() + ": " + cause.getMessage();
        }
        if (cause instanceof UnknownHostException) {
            return "unknown host " + satellite.address();
        }
        if (cause instanceof java.net.NoRouteToHostException) {
            return "no route to " + satellite.address() + ": is it switched on and reachable from this server?";
        }
        if (String.valueOf(e.getMessage()).startsWith("Auth fail")) {
            return "authentication as " + satellite.username() + " with the key " + satellite.privateKeyPath()
                    + " failed: is its public key in ~" + satellite.username() + "/.ssh/authorized_keys on the satellite?";
        }
        LOG.log(Level.WARNING, "SSH to WOL satellite " + satellite.name() + " failed", e); // the detail: log only
        return "the SSH connection to " + satellite.address() + ":" + satellite.port() + " failed ("
                + (cause != null ? "network error" : "SSH error") + "; the server log has the detail)";
    }
}
