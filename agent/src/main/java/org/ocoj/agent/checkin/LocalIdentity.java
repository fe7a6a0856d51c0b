package org.ocoj.agent.checkin;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.ocoj.agent.config.AgentSettings;
import org.ocoj.agent.protocol.AgentIdentity;

/**
 * Works out {@code params.hostname} and {@code params.uid} like upstream (SPEC 1.3): the kernel host name,
 * without its domain unless {@code hostname-remove-domain = 0}; the DMI system UUID, else the host name,
 * unless {@code machine-uid} overrides it.
 */
public final class LocalIdentity {
    private static final Logger LOG = Logger.getLogger(LocalIdentity.class.getName());
    private static final Path KERNEL_HOSTNAME = Path.of("/proc/sys/kernel/hostname");
    private static final Path DMI_UUID = Path.of("/sys/class/dmi/id/product_uuid");

    private LocalIdentity() {
    }

    public static AgentIdentity detect(AgentSettings settings) {
        String fullName = readFirstLine(KERNEL_HOSTNAME).orElseGet(LocalIdentity::javaHostname);
        String hostname = settings.hostnameRemoveDomain() ? shortName(fullName) : fullName;
        String uid = settings.machineUid()
                .or(() -> readFirstLine(DMI_UUID))
                .orElse(hostname);
        return new AgentIdentity(hostname, uid);
    }

    static String shortName(String hostname) {
        int dot = hostname.indexOf('.');
        return dot > 0 ? hostname.substring(0, dot) : hostname;
    }

    private static String javaHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            LOG.warning("cannot determine the host name (" + e.getMessage() + "); using 'localhost'");
            return "localhost";
        }
    }

    private static Optional<String> readFirstLine(Path file) {
        if (!Files.isReadable(file)) {
            return Optional.empty(); // product_uuid is root-only; not being root is normal for --print-inventory
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::trim)
                    .filter(line -> !line.isEmpty()).findFirst();
        } catch (IOException e) {
            LOG.fine(() -> "cannot read " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
