package org.ocoj.tools.reliability.suite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ocoj.tools.reliability.fuzz.AgentFuzz;
import org.ocoj.tools.reliability.fuzz.ClientFuzz;
import org.ocoj.tools.reliability.scenarios.ClockAheadScenario;
import org.ocoj.tools.reliability.scenarios.CrashScenario;
import org.ocoj.tools.reliability.scenarios.CsrfScenario;
import org.ocoj.tools.reliability.scenarios.DatabaseOutageScenario;
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
import org.ocoj.tools.reliability.scenarios.SigtermScenario;
import org.ocoj.tools.reliability.scenarios.SlowBodiesScenario;
import org.ocoj.tools.reliability.scenarios.SqlInjectionScenario;
import org.ocoj.tools.reliability.scenarios.StartupScenario;
import org.ocoj.tools.reliability.scenarios.WriterDeathScenario;

/**
 * Every scenario, in the order a run takes them: hostile input first, then faults that may hurt the server
 * (it is restarted if they wedge it), then the login attack (it may lock the admin account) last.
 */
public final class Catalogue {

    private Catalogue() {
    }

    public static List<Scenario> all() {
        return List.of(new ReplayScenario(), new CsrfScenario(), new SqlInjectionScenario(),
                new PathTraversalScenario(), new OversizedBodiesScenario(), new HugeTimestampScenario(),
                new MalformedNetworksScenario(), new EdgeValuesScenario(), new ClockAheadScenario(),
                new AgentFuzz(), new ClientFuzz(), new SecureCookieScenario(), new SecretsScenario(), new MemoryExhaustionScenario(),
                new WriterDeathScenario(), new SlowBodiesScenario(), DatabaseOutageScenario.frozen(),
                DatabaseOutageScenario.stopped(), new StartupScenario(), new CrashScenario(),
                new LoginThrottlingScenario(), new SigtermScenario());
    }

    /**
     * The scenarios {@code selection} names: comma-separated names or parts of names ({@code fuzz} selects both
     * fuzzes); null or blank selects all.
     */
    public static List<Scenario> select(String selection) {
        if (selection == null || selection.isBlank()) {
            return all();
        }
        List<String> wanted = Arrays.stream(selection.toLowerCase(Locale.ROOT).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<Scenario> chosen = new ArrayList<>();
        for (Scenario scenario : all()) {
            if (wanted.stream().anyMatch(w -> scenario.name().contains(w))) {
                chosen.add(scenario);
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("No scenario matches '" + selection + "'; known: "
                    + String.join(", ", all().stream().map(Scenario::name).toList()));
        }
        return chosen;
    }
}
