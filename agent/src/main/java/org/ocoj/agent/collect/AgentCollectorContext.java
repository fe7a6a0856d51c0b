package org.ocoj.agent.collect;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.Platform;

/** The {@link CollectorContext} for one run: platform, the server's {@code logins-since}, ini values. */
public record AgentCollectorContext(Platform platform, Optional<Instant> loginsSince,
                                    BiFunction<String, String, Optional<String>> settings) implements CollectorContext {
    @Override
    public Optional<String> setting(String section, String key) {
        return settings.apply(section, key);
    }
}
