package org.ocoj.agentplugins.wininventory;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.ocoj.api.agent.CommandRunner;

/**
 * Runs a Windows PowerShell pipeline and reads its objects as CSV. Output is forced to UTF-8 (by default it
 * is the console's OEM code page, which garbles names like "Müller").
 */
final class PowerShell {
    private final CommandRunner commands;

    PowerShell(CommandRunner commands) {
        this.commands = commands;
    }

    /** The command line for {@code pipeline}; tests key their captured outputs by the pipeline. */
    static List<String> command(String pipeline) {
        return List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command",
                "[Console]::OutputEncoding = [Text.Encoding]::UTF8; " + pipeline + " | ConvertTo-Csv -NoTypeInformation");
    }

    /** The pipeline's objects, one map of property → text per object. */
    List<Map<String, String>> objects(String pipeline) throws IOException, InterruptedException {
        return Csv.parse(commands.run(command(pipeline)));
    }
}
