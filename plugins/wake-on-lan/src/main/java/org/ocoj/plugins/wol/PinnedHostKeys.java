package org.ocoj.plugins.wol;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.util.Optional;

/**
 * JSch's view of the one key pinned for a satellite. It accepts exactly that key, remembers what the
 * satellite offered (for error messages and {@code test}), and never adds a key: with
 * {@code StrictHostKeyChecking=yes} an unknown or changed key ends the connection.
 */
final class PinnedHostKeys implements HostKeyRepository {

    private final String host;
    private final Optional<HostKeyPin> pinned;
    private volatile HostKeyPin offered;

    PinnedHostKeys(String host, Optional<HostKeyPin> pinned) {
        this.host = host;
        this.pinned = pinned;
    }

    /** The key the satellite presented, if the key exchange got that far. */
    Optional<HostKeyPin> offered() {
        return Optional.ofNullable(offered);
    }

    @Override
    public int check(String checkedHost, byte[] key) {
        offered = HostKeyPin.ofBlob(key);
        if (pinned.isEmpty()) {
            return NOT_INCLUDED;
        }
        return pinned.get().matches(key) ? OK : CHANGED;
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        // never: keys are pinned by an admin only
    }

    @Override
    public void remove(String removedHost, String type) {
        // never: keys are pinned by an admin only
    }

    @Override
    public void remove(String removedHost, String type, byte[] key) {
        // never: keys are pinned by an admin only
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return "oco-j wake-on-lan pinned host key";
    }

    @Override
    public HostKey[] getHostKey() {
        if (pinned.isEmpty()) {
            return new HostKey[0];
        }
        try {
            return new HostKey[] {new HostKey(host, HostKey.GUESS, pinned.get().blob())};
        } catch (JSchException e) {
            return new HostKey[0];
        }
    }

    @Override
    public HostKey[] getHostKey(String lookedUpHost, String type) {
        return getHostKey();
    }
}
