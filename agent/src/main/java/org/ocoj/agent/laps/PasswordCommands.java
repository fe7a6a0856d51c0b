package org.ocoj.agent.laps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ocoj.api.agent.OsFamily;

/** How this system's own tool sets a local account's password: one small strategy per operating system. */
public interface PasswordCommands {

    /**
     * @param oldPassword the current password, if the server sent one (macOS needs it)
     * @throws LocalPasswordException if the system cannot be asked (e.g. macOS without the old password)
     */
    PasswordCommand build(String username, String newPassword, Optional<String> oldPassword)
            throws LocalPasswordException;

    /** The strategy of {@code family}; empty where the agent cannot change passwords. */
    static Optional<PasswordCommands> forFamily(OsFamily family) {
        return switch (family) {
            case LINUX -> Optional.of(new LinuxChpasswd(sbin("chpasswd")));
            case WINDOWS -> Optional.of(new WindowsSetLocalUser());
            case MACOS -> Optional.of(new MacDscl());
            default -> Optional.empty();
        };
    }

    /** A service's PATH may lack the sbin folders; chpasswd lives there. */
    private static String sbin(String program) {
        return List.of("/usr/sbin/", "/sbin/", "/usr/bin/").stream().map(dir -> dir + program)
                .filter(path -> Files.isExecutable(Path.of(path))).findFirst().orElse(program);
    }

    /**
     * Linux: {@code chpasswd} reads {@code user:password} on standard input and hashes with the system's configured
     * method (PAM, login.defs) — the password never appears on a command line. (Upstream runs {@code usermod -p}
     * with a hash on the command line.)
     */
    record LinuxChpasswd(String program) implements PasswordCommands {
        @Override
        public PasswordCommand build(String username, String newPassword, Optional<String> oldPassword) {
            return new PasswordCommand(List.of(program), username + ":" + newPassword + "\n");
        }
    }

    /**
     * Windows: PowerShell's {@code Set-LocalUser} with a fixed script that reads the account and the password from
     * standard input, so neither is on the command line nor parsed as script. (Upstream runs
     * {@code net user <user> <password>}.) Stops on the first error, so a missing account exits non-zero.
     */
    final class WindowsSetLocalUser implements PasswordCommands {
        // reads the raw standard input as UTF-8: a service has no console whose input code page could be set
        static final String SCRIPT = "$ErrorActionPreference = 'Stop'; "
                + "$in = New-Object System.IO.StreamReader([Console]::OpenStandardInput(), "
                + "(New-Object System.Text.UTF8Encoding $false)); "
                + "$name = $in.ReadLine(); "
                + "$secret = ConvertTo-SecureString -String $in.ReadLine() -AsPlainText -Force; "
                + "Set-LocalUser -Name $name -Password $secret";

        @Override
        public PasswordCommand build(String username, String newPassword, Optional<String> oldPassword) {
            return new PasswordCommand(List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy",
                    "Bypass", "-Command", SCRIPT), username + "\n" + newPassword + "\n");
        }
    }

    /**
     * macOS: {@code dscl . -passwd /Users/<user> <old> <new>}, as upstream: changing with the old password keeps
     * the login keychain and FileVault unlockable. dscl takes both passwords only as arguments, so they are in the
     * process list while it runs (visible to local users for that moment, as with upstream's agent).
     */
    final class MacDscl implements PasswordCommands {
        @Override
        public PasswordCommand build(String username, String newPassword, Optional<String> oldPassword)
                throws LocalPasswordException {
            String old = oldPassword.orElseThrow(() -> new LocalPasswordException("the server sent no old_password, "
                    + "which macOS needs to change a password (set the rule's default password)"));
            return new PasswordCommand(List.of("/usr/bin/dscl", ".", "-passwd", "/Users/" + username, old, newPassword),
                    "");
        }
    }
}
