package org.ocoj.plugins.events;

import java.util.List;
import org.ocoj.api.server.SettingDeclarations;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.api.server.SettingDefinition.Type;
import org.pf4j.Extension;

/** The settings of event monitoring; see docs/events.md. */
@Extension
public class EventSettings implements SettingDeclarations {

    static final String RETENTION_DAYS = "event-monitoring.retention-days";
    static final String PURGE_INTERVAL_SECONDS = "event-monitoring.purge-interval-seconds";
    static final String MAX_BATCH_EVENTS = "event-monitoring.max-batch-events";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.of(RETENTION_DAYS, Type.INTEGER, "30",
                        "Events older than this many days (by event time) are deleted").withRange(1, 36_500),
                SettingDefinition.of(PURGE_INTERVAL_SECONDS, Type.INTEGER, "10",
                        "Seconds between two retention purges (once per cluster)").withRange(1, 86_400),
                // upstream agents send up to 10 001 events per rule, all rules in one request
                SettingDefinition.of(MAX_BATCH_EVENTS, Type.INTEGER, "50000",
                        "Most events accepted in one oco.agent.events request; larger ones are refused whole")
                        .withRange(1, 1_000_000));
    }
}
