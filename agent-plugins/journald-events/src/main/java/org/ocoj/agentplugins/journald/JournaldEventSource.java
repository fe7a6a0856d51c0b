package org.ocoj.agentplugins.journald;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.ocoj.api.agent.EventQuery;
import org.ocoj.api.agent.EventRecord;
import org.ocoj.api.agent.EventSource;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.pf4j.Extension;

/** Runs {@code journalctl} rules on Linux: {@code journalctl -o json --since … <matches>}, read oldest first. */
@Extension
public class JournaldEventSource implements EventSource {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final ObjectMapper json = new ObjectMapper();
    private final String journalctl;

    public JournaldEventSource() {
        this("journalctl");
    }

    /** @param journalctl the journalctl program to run (tests pass a stand-in that prints a fixture) */
    public JournaldEventSource(String journalctl) {
        this.journalctl = journalctl;
    }

    @Override
    public String id() {
        return "journald";
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX;
    }

    @Override
    public boolean handles(String log) {
        return JournalEntries.DEFAULT_LOG.equals(log);
    }

    @Override
    public List<EventRecord> read(EventQuery query) throws IOException, InterruptedException {
        JournalRule rule = JournalRule.parse(query.query(), json);
        Process process = new ProcessBuilder(command(journalctl, rule, query))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            return new JournalEntries(json, ZoneId.systemDefault()).read(out, query.since(), rule.grep(), query.maxEvents());
        } finally {
            process.destroy(); // we may stop reading before journalctl is done
            process.waitFor();
        }
    }

    /** The command line; {@code --since} is the agent's local time, like upstream (SPEC §5.3). */
    static List<String> command(String journalctl, JournalRule rule, EventQuery query) {
        List<String> command = new ArrayList<>(List.of(journalctl, "-o", "json", "--no-pager", "-q",
                "--since", query.since().format(SINCE)));
        command.addAll(rule.matches());
        return command;
    }
}
