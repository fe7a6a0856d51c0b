package org.ocoj.platform.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.ocoj.platform.db.DatabaseDefinition;

/**
 * {@code GET /health/ready} (and {@code /health}, served by Payara's MicroProfile Health): DOWN, so HTTP 503,
 * while the database does not answer a ping within {@link #WAIT}. The ping runs at most once per {@link #MAX_AGE}
 * however often load balancers ask ({@link CachedCheck}). A change of state is logged once, not per probe.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
    static final Duration MAX_AGE = Duration.ofSeconds(1);
    static final Duration WAIT = Duration.ofSeconds(2);

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;
    @Inject
    Clock clock;

    private CachedCheck check;
    private volatile boolean wasHealthy = true;

    @PostConstruct
    void init() {
        check = new CachedCheck(this::ping, executor, clock, MAX_AGE, WAIT);
    }

    @Override
    public HealthCheckResponse call() {
        CachedCheck.Outcome outcome = check.current();
        if (outcome.healthy() != wasHealthy) {
            wasHealthy = outcome.healthy();
            if (outcome.healthy()) {
                LOG.info("The database answers again");
            } else {
                LOG.warning("The database is unreachable: " + outcome.problem().orElse(""));
            }
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database").status(outcome.healthy());
        outcome.problem().ifPresent(problem -> response.withData("problem", problem));
        return response.build();
    }

    /** A ping with its own deadline: Connector/J's isValid(seconds) bounds the wait on a frozen server too. */
    private Optional<String> ping() {
        int seconds = (int) WAIT.toSeconds();
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(seconds) ? Optional.empty()
                    : Optional.of("the database did not answer a ping within " + seconds + " s");
        } catch (SQLException e) {
            return Optional.of("cannot get a database connection (" + e.getClass().getSimpleName() + ")");
        }
    }
}
