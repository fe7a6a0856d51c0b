package org.ocoj.agent.checkin;

import org.ocoj.agent.collect.CollectorHost;
import org.ocoj.agent.collect.CollectorRunner;
import org.ocoj.agent.collect.ServiceCheckRunner;
import org.ocoj.agent.events.EventRunner;

/**
 * The runners of the three kinds of plugin extensions (collectors, service-check sources, event sources), each asking
 * the host before every run: a plugin the server delivers anew replaces the old version in all three at once, with
 * no restart (a runner built from a fixed list would keep calling the unloaded version).
 */
public record PluginRunners(CollectorRunner collectors, ServiceCheckRunner serviceChecks, EventRunner events) {

    public static PluginRunners of(CollectorHost host) {
        return new PluginRunners(new CollectorRunner(host::collectors, host::ownerOf),
                new ServiceCheckRunner(host::serviceCheckSources), new EventRunner(host::eventSources));
    }
}
