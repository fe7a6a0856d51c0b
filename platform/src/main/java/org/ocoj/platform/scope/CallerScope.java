package org.ocoj.platform.scope;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.ocoj.api.server.ComputerScope;

/**
 * The computer scope of the client call running on this thread, for the platform's computer reads (lists, reports,
 * the plugins' computer directory and selection): set by the dispatcher around a method, unlimited elsewhere (agent
 * requests, scheduled jobs). A thread-bound value rather than a parameter because plugins reach those reads through
 * their {@code PluginContext}, which lives longer than one call.
 */
@ApplicationScoped
public class CallerScope {

    private final ThreadLocal<ComputerScope> current = new ThreadLocal<>();

    public ComputerScope current() {
        ComputerScope scope = current.get();
        return scope == null ? ComputerScope.UNLIMITED : scope;
    }

    /** The current scope if it is limited to groups, for checks that only concern scoped callers. */
    public java.util.Optional<GroupScope> limited() {
        return current() instanceof GroupScope groups ? java.util.Optional.of(groups) : java.util.Optional.empty();
    }

    /** Runs {@code work} with {@code scope} as the current one, and restores the previous one after it. */
    public <T> T during(ComputerScope scope, Supplier<T> work) {
        ComputerScope before = current.get();
        current.set(scope);
        try {
            return work.get();
        } finally {
            if (before == null) {
                current.remove();
            } else {
                current.set(before);
            }
        }
    }
}
