package org.ocoj.api.agent;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the agent tells a collector for one collection run. Created per run; safe to keep only for the
 * duration of {@link Collector#collect}.
 */
public interface CollectorContext {

    /** The machine the agent runs on. */
    Platform platform();

    /**
     * Report logons strictly after this instant (server's {@code logins-since}, SPEC 2.2). Empty means the
     * server wants no logons at all.
     */
    Optional<Instant> loginsSince();

    /**
     * A value from the agent's {@code oco-agent.ini}, e.g. {@code setting("linux", "local-users-min-uid")}.
     * Collectors must treat every setting as optional and fall back to a documented default.
     */
    Optional<String> setting(String section, String key);

    /**
     * A fixed context, for collector unit tests and tools.
     *
     * @param settings ini values keyed {@code "section.key"}
     */
    static CollectorContext of(Platform platform, Optional<Instant> loginsSince, Map<String, String> settings) {
        Map<String, String> copy = Map.copyOf(settings);
        return new CollectorContext() {
            @Override
            public Platform platform() {
                return platform;
            }

            @Override
            public Optional<Instant> loginsSince() {
                return loginsSince;
            }

            @Override
            public Optional<String> setting(String section, String key) {
                return Optional.ofNullable(copy.get(section + "." + key));
            }
        };
    }
}
