package org.ocoj.dist.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.SharedServer;
import org.ocoj.tools.reliability.fuzz.AgentFuzz;
import org.ocoj.tools.reliability.fuzz.ClientFuzz;
import org.ocoj.tools.reliability.scenarios.ClockAheadScenario;
import org.ocoj.tools.reliability.scenarios.CsrfScenario;
import org.ocoj.tools.reliability.scenarios.EdgeValuesScenario;
import org.ocoj.tools.reliability.scenarios.HugeTimestampScenario;
import org.ocoj.tools.reliability.scenarios.LoginThrottlingScenario;
import org.ocoj.tools.reliability.scenarios.MalformedNetworksScenario;
import org.ocoj.tools.reliability.scenarios.MemoryExhaustionScenario;
import org.ocoj.tools.reliability.scenarios.OversizedBodiesScenario;
import org.ocoj.tools.reliability.scenarios.PathTraversalScenario;
import org.ocoj.tools.reliability.scenarios.ReplayScenario;
import org.ocoj.tools.reliability.scenarios.SecretsScenario;
import org.ocoj.tools.reliability.scenarios.SecureCookieScenario;
import org.ocoj.tools.reliability.scenarios.SlowBodiesScenario;
import org.ocoj.tools.reliability.scenarios.SqlInjectionScenario;
import org.ocoj.tools.reliability.scenarios.WriterDeathScenario;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.suite.SuiteRun;
import org.ocoj.tools.reliability.target.Credentials;
import org.ocoj.tools.reliability.target.Secrets;
import org.ocoj.tools.reliability.target.Target;

/**
 * The reliability suite (tools/reliability, docs/reliability.md) in smoke size against the suite's one shared
 * server: each scenario is a test, and passes only if every promise of the scenario held. Scenarios that need
 * control of the process or a database of their own (crash, database outages, start-up, SIGTERM) run only
 * from {@code tools/reliability.sh}. The login attack targets an admin account of its own, so the
 * shared {@code admin} is never locked.
 */
@ExtendWith(SharedServer.class)
class ReliabilitySmokeIT {

    private static final Duration LIMIT = Duration.ofMinutes(3);
    private static final long SEED = 20261203;
    private static Target target;

    @BeforeAll
    static void target() throws Exception {
        SharedServer.Running server = SharedServer.get();
        Credentials credentials = new Credentials(SharedServer.REGISTRATION_KEY, "admin", SharedServer.ADMIN_PASSWORD,
                SharedServer.API_KEY);
        String victim = "rel-victim-" + UUID.randomUUID().toString().substring(0, 6);
        String victimPassword = UUID.randomUUID().toString();
        server.database.update("INSERT INTO admin_user (username, password_hash, created) VALUES (?, ?, ?)", victim,
                pbkdf2(victimPassword), LocalDateTime.now());
        Secrets secrets = new Secrets(credentials);
        secrets.add("password of " + victim, victimPassword);
        target = new Target("mariadb (shared test server)", server.url(), credentials, server::output, Optional.empty(),
                Optional.empty(), victim, victimPassword, true, secrets);
    }

    @Test
    void replay() throws InterruptedException {
        run(new ReplayScenario());
    }

    @Test
    void csrf() throws InterruptedException {
        run(new CsrfScenario());
    }

    @Test
    void sqlInjection() throws InterruptedException {
        run(new SqlInjectionScenario());
    }

    @Test
    void pathTraversal() throws InterruptedException {
        run(new PathTraversalScenario());
    }

    @Test
    void oversizedBodies() throws InterruptedException {
        run(new OversizedBodiesScenario());
    }

    @Test
    void hugeTimestamps() throws InterruptedException {
        run(new HugeTimestampScenario());
    }

    @Test
    void malformedNetworks() throws InterruptedException {
        run(new MalformedNetworksScenario());
    }

    @Test
    void edgeValues() throws InterruptedException {
        run(new EdgeValuesScenario());
    }

    @Test
    void clockAhead() throws InterruptedException {
        run(new ClockAheadScenario());
    }

    @Test
    void secureCookie() throws InterruptedException {
        run(new SecureCookieScenario());
    }

    @Test
    void fuzzAgent() throws InterruptedException {
        run(new AgentFuzz());
    }

    @Test
    void fuzzClient() throws InterruptedException {
        run(new ClientFuzz());
    }

    @Test
    void secrets() throws InterruptedException {
        run(new SecretsScenario());
    }

    @Test
    void memoryExhaustion() throws InterruptedException {
        run(new MemoryExhaustionScenario());
    }

    @Test
    void writerDeath() throws InterruptedException {
        run(new WriterDeathScenario());
    }

    @Test
    void slowBodies() throws InterruptedException {
        run(new SlowBodiesScenario());
    }

    @Test
    void loginThrottling() throws InterruptedException {
        run(new LoginThrottlingScenario());
    }

    private static void run(Scenario scenario) throws InterruptedException {
        ScenarioResult result = new SuiteRun(target, Size.smoke(SEED), System.out).runOne(scenario, LIMIT);
        System.out.println(result.describe());
        assertTrue(result.passed(), result.describe());
    }

    /** The server's own hash format (PasswordHasher): an admin the test can add straight to the database. */
    private static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 256)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$210000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
