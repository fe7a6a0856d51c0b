package org.ocoj.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code GET /health/ready}: DOWN until start-up is complete (schema migrated, plugins loaded) and again from the
 * stop signal on, so a load balancer takes a draining node out before it goes away ({@link ServingState}).
 */
@Readiness
@ApplicationScoped
public class ServingReadiness implements HealthCheck {

    @Inject
    ServingState state;

    @Override
    public HealthCheckResponse call() {
        ServingState.Phase phase = state.phase();
        return HealthCheckResponse.named("application")
                .status(phase == ServingState.Phase.SERVING)
                .withData("phase", phase.name().toLowerCase(Locale.ROOT))
                .build();
    }
}
