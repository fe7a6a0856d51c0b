package org.ocoj.agentplugins.os;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.OperatingSystem;
import org.pf4j.Extension;

/**
 * Operating system scalars of a Linux machine (SPEC 3.1) from os-release, /proc and the EFI firmware
 * interface. Every path is read below a root directory so tests can use a fixture tree.
 */
@Extension
public final class LinuxOsCollector implements Collector {
    /** EFI global variable GUID; the variable's data is 4 attribute bytes followed by the value byte. */
    private static final String SECURE_BOOT_VARIABLE = "sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-e98c7e6bb97c";

    private final Path root;
    private final Supplier<String> fullyQualifiedHostname;

    public LinuxOsCollector() {
        this(Path.of("/"), LinuxOsCollector::canonicalHostname);
    }

    LinuxOsCollector(Path root, Supplier<String> fullyQualifiedHostname) {
        this.root = root;
        this.fullyQualifiedHostname = fullyQualifiedHostname;
    }

    @Override
    public String id() {
        return "linux-os";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.OPERATING_SYSTEM);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX;
    }

    @Override
    public List<OperatingSystem> collect(CollectorContext context) throws IOException {
        Map<String, String> osRelease = KeyValueFile.parse(readOsRelease());
        boolean uefi = Files.isDirectory(root.resolve("sys/firmware/efi"));
        return List.of(new OperatingSystem(
                osRelease.getOrDefault("NAME", "Linux"),
                osRelease.getOrDefault("VERSION_ID", "-"),
                "-",
                language(),
                read("proc/sys/kernel/osrelease"),
                architecture(),
                Double.parseDouble(read("proc/uptime").split("\\s+")[0]),
                uefi ? "UEFI" : "Legacy",
                uefi && secureBootEnabled() ? "1" : "0",
                fullyQualifiedHostname.get()));
    }

    private String readOsRelease() throws IOException {
        Path etc = root.resolve("etc/os-release");
        return Files.exists(etc) ? Files.readString(etc, StandardCharsets.UTF_8) : read("usr/lib/os-release");
    }

    /** The system locale without encoding ({@code de_DE}); {@code "-"} like upstream when unset. */
    private String language() throws IOException {
        Path locale = root.resolve("etc/default/locale");
        if (!Files.exists(locale)) {
            return "-";
        }
        String lang = KeyValueFile.parse(Files.readString(locale, StandardCharsets.UTF_8)).getOrDefault("LANG", "");
        String withoutEncoding = lang.replaceAll("[.@].*$", "");
        return withoutEncoding.isEmpty() || withoutEncoding.equals("C") || withoutEncoding.equals("POSIX") ? "-" : withoutEncoding;
    }

    /** {@code uname -m}: the kernel's own value where it exposes it, else Java's name mapped to the kernel's. */
    private String architecture() throws IOException {
        if (Files.exists(root.resolve("proc/sys/kernel/arch"))) {
            return read("proc/sys/kernel/arch");
        }
        String javaArch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (javaArch) {
            case "amd64" -> "x86_64";
            case "x86" -> "i686";
            default -> javaArch;
        };
    }

    private boolean secureBootEnabled() throws IOException {
        Path variable = root.resolve(SECURE_BOOT_VARIABLE);
        if (!Files.isReadable(variable)) {
            return false;
        }
        byte[] data = Files.readAllBytes(variable);
        return data.length == 5 && data[4] == 1;
    }

    private String read(String relative) throws IOException {
        return Files.readString(root.resolve(relative), StandardCharsets.UTF_8).trim();
    }

    private static String canonicalHostname() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (IOException e) {
            return "localhost"; // what Python's socket.getfqdn() also falls back to
        }
    }
}
