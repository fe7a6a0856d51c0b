package org.ocoj.agent.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.agent.ServiceCheck;
import org.ocoj.api.agent.ServiceCheckSource;

/** What the hello's {@code services} becomes for every combination of sources (SPEC §6). */
class ServiceCheckRunnerTest {
    private static final AgentCollectorContext LINUX = new AgentCollectorContext(
            new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), (section, key) -> Optional.empty());
    private static final ServiceCheck DISK = new ServiceCheck("0", "disk", "-", "fine");
    private static final ServiceCheck LOAD = new ServiceCheck("P", "load", "load=3;2;4", "high");

    private record Stub(String id, Duration timeLimit, Callable<Optional<List<ServiceCheck>>> behaviour)
            implements ServiceCheckSource {
        static Stub of(String id, Callable<Optional<List<ServiceCheck>>> behaviour) {
            return new Stub(id, Duration.ofSeconds(5), behaviour);
        }

        @Override
        public boolean appliesTo(Platform platform) {
            return platform.family() == OsFamily.LINUX;
        }

        @Override
        public Optional<List<ServiceCheck>> check(CollectorContext context) throws Exception {
            return behaviour.call();
        }
    }

    @Test
    void mergesTheListsOfAllSourcesThatHaveChecks() {
        ServiceCheckRunner runner = new ServiceCheckRunner(List.of(
                Stub.of("a", () -> Optional.of(List.of(DISK))),
                Stub.of("no-directory", Optional::empty),
                Stub.of("b", () -> Optional.of(List.of(LOAD)))));

        assertEquals(Optional.of(List.of(DISK, LOAD)), runner.run(LINUX));
    }

    @Test
    void isNullWhenNoSourceHasAnythingToRun() {
        assertEquals(Optional.empty(), new ServiceCheckRunner(List.of()).run(LINUX));
        assertEquals(Optional.empty(), new ServiceCheckRunner(List.of(Stub.of("none", Optional::empty))).run(LINUX));
        AgentCollectorContext other = new AgentCollectorContext(new Platform(OsFamily.OTHER, "x"), Optional.empty(),
                (section, key) -> Optional.empty());
        assertEquals(Optional.empty(), new ServiceCheckRunner(List.of(Stub.of("a", () -> Optional.of(List.of(DISK)))))
                .run(other), "a source that does not apply is not run");
    }

    @Test
    void isNullWhenAnySourceFailsOrOverrunsSoTheServerKeepsWhatItHas() {
        ServiceCheckRunner failing = new ServiceCheckRunner(List.of(
                Stub.of("a", () -> Optional.of(List.of(DISK))),
                Stub.of("broken", () -> {
                    throw new java.io.IOException("simulated: directory unreadable");
                })));
        assertEquals(Optional.empty(), failing.run(LINUX));

        ServiceCheckRunner hanging = new ServiceCheckRunner(List.of(new Stub("stuck", Duration.ofMillis(300), () -> {
            Thread.sleep(Duration.ofMinutes(5).toMillis());
            return Optional.of(List.of());
        })));
        long start = System.nanoTime();
        assertEquals(Optional.empty(), hanging.run(LINUX));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(3)) < 0, "time limit enforced");
    }
}
