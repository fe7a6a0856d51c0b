package org.ocoj.agent.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends all logging (the agent's, PF4J's and dnsjava's via slf4j-jdk14) to stderr, one line per event. */
final class Logging {
    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final Logger PF4J = Logger.getLogger("org.pf4j");
    private static final Logger AGENT = Logger.getLogger("org.ocoj");
    private Logging() {
    }

    static void configure(boolean debug) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler stderr = new ConsoleHandler();
        stderr.setFormatter(new OneLineLogFormatter());
        stderr.setLevel(Level.ALL);
        root.addHandler(stderr);
        root.setLevel(Level.INFO);
        // PF4J is chatty at INFO about every plugin it scans: only its problems are worth a line
        PF4J.setLevel(debug ? Level.FINE : Level.WARNING);
        AGENT.setLevel(debug ? Level.FINE : Level.INFO);
    }
}
