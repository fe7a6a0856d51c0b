package org.ocoj.agent.laps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocoj.api.agent.OsFamily;

/** The exact commands each system's strategy runs (Windows and macOS cannot run here). */
class PasswordCommandsTest {

    @Test
    void linuxHandsChpasswdOneLineOnStandardInput() throws Exception {
        PasswordCommand command = new PasswordCommands.LinuxChpasswd("/usr/sbin/chpasswd")
                .build("localadmin", "s3cr3t:with-colon", Optional.empty());
        assertEquals(List.of("/usr/sbin/chpasswd"), command.command());
        assertEquals("localadmin:s3cr3t:with-colon\n", command.stdin());
    }

    @Test
    void windowsReadsAccountAndPasswordFromStandardInputInAFixedScript() throws Exception {
        PasswordCommand command = new PasswordCommands.WindowsSetLocalUser()
                .build("Administrator", "Pa$$'word`", Optional.of("ignored"));
        assertEquals(List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                "-Command", "$ErrorActionPreference = 'Stop'; $in = New-Object System.IO.StreamReader("
                        + "[Console]::OpenStandardInput(), (New-Object System.Text.UTF8Encoding $false)); "
                        + "$name = $in.ReadLine(); $secret = ConvertTo-SecureString -String $in.ReadLine() "
                        + "-AsPlainText -Force; Set-LocalUser -Name $name -Password $secret"),
                command.command());
        assertEquals("Administrator\nPa$$'word`\n", command.stdin());
        assertFalse(String.join(" ", command.command()).contains("Pa$$"), "no password in the command line");
    }

    @Test
    void macOsChangesWithTheOldPasswordThroughDscl() throws Exception {
        PasswordCommand command = new PasswordCommands.MacDscl()
                .build("admin", "new-one", Optional.of("old-one"));
        assertEquals(List.of("/usr/bin/dscl", ".", "-passwd", "/Users/admin", "old-one", "new-one"), command.command());
        assertEquals("", command.stdin());
        LocalPasswordException e = assertThrows(LocalPasswordException.class,
                () -> new PasswordCommands.MacDscl().build("admin", "new-one", Optional.empty()));
        assertTrue(e.getMessage().contains("no old_password"), e.getMessage());
    }

    @Test
    void aCommandPrintsOnlyItsProgram() throws Exception {
        PasswordCommand command = new PasswordCommands.MacDscl().build("admin", "new-one", Optional.of("old-one"));
        assertEquals("/usr/bin/dscl", command.toString());
    }

    @Test
    void eachSystemHasItsStrategy() {
        assertTrue(PasswordCommands.forFamily(OsFamily.LINUX).orElseThrow() instanceof PasswordCommands.LinuxChpasswd);
        assertTrue(PasswordCommands.forFamily(OsFamily.WINDOWS).orElseThrow()
                instanceof PasswordCommands.WindowsSetLocalUser);
        assertTrue(PasswordCommands.forFamily(OsFamily.MACOS).orElseThrow() instanceof PasswordCommands.MacDscl);
        assertTrue(PasswordCommands.forFamily(OsFamily.OTHER).isEmpty());
    }
}
