package org.ocoj.api.agent;

import java.time.Duration;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * One way of reading an operating system's event log for the server's event query rules (SPEC §5), e.g.
 * the systemd journal ({@code journalctl}) or the Windows event logs ({@code wevtutil}). Implementations are
 * PF4J extensions ({@code @Extension}) in an agent plugin jar, like {@link Collector}s.
 *
 * <p><b>When and where it is called.</b> When a hello response carries event rules, the agent picks, for each
 * rule, the first source that {@link #appliesTo applies to this machine} and {@link #handles handles the
 * rule's log}; a rule no source handles is skipped (upstream agents skip them too). {@link #read} runs once
 * per rule and cycle, after the inventory update, on its own worker thread; an instance may be called again
 * later and concurrently for different rules, so keep no per-run state in fields.
 *
 * <p><b>Time limit and failure.</b> A call longer than {@link #timeLimit()} is interrupted and its result
 * discarded; an exception is logged with its message and the rule contributes no events this cycle. Other
 * rules still report, and the agent sends all events of one cycle in one {@code oco.agent.events} request.
 *
 * <p><b>What it must not do.</b> Change the machine, talk to the network, print to stdout, or return more
 * than {@link EventQuery#maxEvents()} events.
 */
public interface EventSource extends ExtensionPoint {

    /** Stable identifier used in logs, e.g. {@code "journald"}. */
    String id();

    /** Whether this source can run on the given platform; checked once per cycle. */
    boolean appliesTo(Platform platform);

    /** Whether this source runs rules of the given log name, e.g. {@code "journalctl"} or {@code "System"}. */
    boolean handles(String log);

    /** How long one {@link #read} call may take before it is interrupted. */
    default Duration timeLimit() {
        return Duration.ofSeconds(60);
    }

    /**
     * Runs one rule.
     *
     * @return the matching events strictly newer than {@link EventQuery#since()}, oldest or newest first
     * @throws Exception when the log cannot be read or the query is not understood; the rule is skipped
     */
    List<EventRecord> read(EventQuery query) throws Exception;
}
