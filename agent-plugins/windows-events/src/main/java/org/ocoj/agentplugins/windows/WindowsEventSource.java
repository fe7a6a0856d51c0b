package org.ocoj.agentplugins.windows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ocoj.api.agent.EventQuery;
import org.ocoj.api.agent.EventRecord;
import org.ocoj.api.agent.EventSource;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.pf4j.Extension;

/** Runs Windows event log rules (SPEC §5.2) with {@code wevtutil qe <log> /q:<xpath> /f:xml}. */
@Extension
public class WindowsEventSource implements EventSource {

    private final String wevtutil;

    public WindowsEventSource() {
        this("wevtutil");
    }

    /** @param wevtutil the program to run (tests pass a stand-in that prints a fixture) */
    public WindowsEventSource(String wevtutil) {
        this.wevtutil = wevtutil;
    }

    @Override
    public String id() {
        return "windows-eventlog";
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.WINDOWS;
    }

    @Override
    public boolean handles(String log) {
        return !"journalctl".equals(log);
    }

    @Override
    public List<EventRecord> read(EventQuery query) throws IOException, InterruptedException {
        List<EventRecord> events = new ArrayList<>();
        for (WevtutilQuery select : WevtutilQuery.fromQueryList(query.log(), query.query())) {
            String output = run(select.command(wevtutil, query.maxEvents()));
            List<EventRecord> found = WevtutilXml.parse(output, query.log(), query.since());
            events.addAll(found.subList(0, Math.min(found.size(), query.maxEvents() - events.size())));
        }
        return events;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] bytes = process.getInputStream().readAllBytes();
        String output = decode(bytes);
        if (process.waitFor() != 0) {
            throw new IOException(command.get(2) + ": wevtutil exited with " + process.exitValue() + ": " + output.trim());
        }
        return output;
    }

    /** wevtutil writes UTF-16LE with {@code /uni:true} or when the console is Unicode, else bytes we read as UTF-8. */
    static String decode(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || bytes[1] == 0);
        return new String(bytes, utf16 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
    }
}
