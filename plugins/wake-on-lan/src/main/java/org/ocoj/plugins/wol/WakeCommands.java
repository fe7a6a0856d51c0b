package org.ocoj.plugins.wol;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands a satellite runs: {@code <program> 'mac1' 'mac2' …} (SPEC §7), every MAC validated, in the
 * colon form and single-quoted as an argument of its own, split so that no command exceeds the exec
 * request's length limit. Only {@link MacAddress} values ever become arguments: inventory text never
 * reaches the satellite's shell.
 */
public final class WakeCommands {

    /** SSH implementations must accept 32 768-byte packets (RFC 4253 §6.1); stay below with headroom. */
    public static final int MAX_COMMAND_BYTES = 30_000;

    private WakeCommands() {
    }

    /** @param program the satellite's command line (admin-configured, e.g. {@code wakeonlan}) */
    public static List<List<MacAddress>> chunks(String program, List<MacAddress> macs, int maxBytes) {
        int perMac = 1 + quote(new MacAddress(new byte[6]).toString()).length(); // all MACs have one length
        int perCommand = (maxBytes - program.length()) / perMac;
        if (perCommand < 1) {
            throw new IllegalArgumentException("the command \"" + program + "\" leaves no room for a MAC address");
        }
        List<List<MacAddress>> chunks = new ArrayList<>();
        for (int from = 0; from < macs.size(); from += perCommand) {
            chunks.add(List.copyOf(macs.subList(from, Math.min(macs.size(), from + perCommand))));
        }
        return chunks;
    }

    public static String command(String program, List<MacAddress> macs) {
        StringBuilder command = new StringBuilder(program);
        macs.forEach(mac -> command.append(' ').append(quote(mac.toString())));
        return command.toString();
    }

    /** POSIX shell single quotes: nothing inside is special; a quote itself becomes {@code '\''}. */
    static String quote(String argument) {
        return "'" + argument.replace("'", "'\\''") + "'";
    }
}
