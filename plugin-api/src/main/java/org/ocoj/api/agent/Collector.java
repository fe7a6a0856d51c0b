package org.ocoj.api.agent;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.ocoj.api.inventory.InventoryItem;
import org.ocoj.api.inventory.InventorySection;
import org.pf4j.ExtensionPoint;

/**
 * One source of inventory data on the agent, e.g. "installed dpkg packages" or "mounted file systems".
 * Implementations are PF4J extensions ({@code @Extension}) in a collector plugin jar, or classes on the
 * agent's own class path.
 *
 * <p><b>When and where it is called.</b> The agent calls {@link #collect} once per inventory run: for
 * {@link InventorySection#NETWORKS} and {@link InventorySection#OPERATING_SYSTEM} on every check-in (the
 * hello carries networks and uptime), for all other sections when the server asks for an inventory update.
 * Each call runs on its own worker thread, possibly in parallel with other collectors; an instance may be
 * called again later, so keep no per-run state in fields.
 *
 * <p><b>Time limit.</b> A call that takes longer than {@link #timeLimit()} is interrupted and its result
 * discarded. Honour interruption (blocking file and process I/O usually does) and do not start threads
 * that outlive the call.
 *
 * <p><b>Failure.</b> Throw an exception with a message that says what was read and why it failed. The
 * agent logs it and leaves out every section this collector declared (other collectors still report).
 * Never return partial data for a section: the server replaces the stored section with what is sent.
 *
 * <p><b>What it must not do.</b> Change the machine, talk to the network, call {@code System.exit},
 * print to stdout (which {@code --print-inventory} uses), or return items of undeclared sections (the
 * agent drops them with a warning).
 */
public interface Collector extends ExtensionPoint {

    /** Stable identifier used in logs, e.g. {@code "linux-dpkg"}. */
    String id();

    /** The sections this collector fills. Several collectors may fill the same section (dpkg and rpm). */
    Set<InventorySection> sections();

    /** Whether this collector can run on the given platform; checked once before every run. */
    boolean appliesTo(Platform platform);

    /** How long one {@link #collect} call may take before it is interrupted. */
    default Duration timeLimit() {
        return Duration.ofSeconds(30);
    }

    /**
     * Reads the data source.
     *
     * @return items of the declared sections; an empty list means "the section is known to be empty"
     * @throws Exception when the source cannot be read; the agent leaves the declared sections out
     */
    List<? extends InventoryItem> collect(CollectorContext context) throws Exception;
}
