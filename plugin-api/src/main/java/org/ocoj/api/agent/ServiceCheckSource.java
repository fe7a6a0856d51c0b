package org.ocoj.api.agent;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * A source of service-check results for the {@code services} member of every hello (SPEC §6), e.g. the
 * CheckMK local checks in {@code /usr/lib/oco-agent/service-checks}. Implementations are PF4J extensions
 * ({@code @Extension}) in an agent plugin jar, like {@link Collector}s.
 *
 * <p><b>When and where it is called.</b> Once per check-in, before the hello is sent, on a worker thread of
 * its own. Unlike a collector, an instance may keep state between calls (e.g. cached output of checks that
 * run only every few minutes), so it must be safe to call again after an interrupted call.
 *
 * <p><b>Time limit.</b> A call that takes longer than {@link #timeLimit()} is interrupted and its result
 * discarded. Limit the time of each thing you run well below it, and report what overran as an UNKNOWN
 * {@link ServiceCheck} instead of overrunning yourself.
 *
 * <p><b>Result.</b> {@link Optional#empty()} means "this source has nothing to run here" (e.g. the check
 * directory does not exist); an empty list means "there are checks, and none reported anything". If every
 * source answers empty, or any source fails, the hello carries {@code services: null} — the server then
 * keeps what it has, and services that are no longer reported become stale. A check that cannot be
 * evaluated belongs in the list as {@link ServiceCheck#unknown}, not in an exception.
 *
 * <p><b>What it must not do.</b> The same as a collector: no network, no {@code System.exit}, nothing on
 * stdout, and no process or thread that outlives the call.
 */
public interface ServiceCheckSource extends ExtensionPoint {

    /** Stable identifier used in logs, e.g. {@code "checkmk-local"}. */
    String id();

    /** Whether this source can run on the given platform. */
    boolean appliesTo(Platform platform);

    /** How long one {@link #check} call may take before it is interrupted. */
    default Duration timeLimit() {
        return Duration.ofMinutes(2);
    }

    /**
     * Runs the checks.
     *
     * @return the results, or empty when this source has nothing to run on this machine
     * @throws Exception when the source itself cannot work (not for a failing check: report that as UNKNOWN)
     */
    Optional<List<ServiceCheck>> check(CollectorContext context) throws Exception;
}
