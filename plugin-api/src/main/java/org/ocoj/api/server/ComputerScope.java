package org.ocoj.api.server;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The computers the caller of a client method may see and act on: every computer, or only those in some computer
 * groups and their subgroups (an account's scope, docs/accounts.md). Obtained from {@link ClientCall#scope()}.
 *
 * <p>The platform enforces it where it can by itself: before {@link ClientMethod#handle} it refuses a call whose
 * {@link ClientMethod#computerParameters() computer parameters} name a computer outside the scope (as "not found"),
 * and {@link PluginContext#computers()} and {@link PluginContext#selection()} leave such computers out while they
 * serve a client call. What it cannot see is a plugin's own query over its own rows of computers (events, services):
 * such a method adds {@link #where} to its query, or asks {@link #includes} for a row it found by another id.
 *
 * <p>Cheap to call on the request thread; {@link #includes} costs one indexed query for a scoped caller. Since
 * plugin-api 1.2.0.
 */
public interface ComputerScope {

    /** A piece of SQL for a query's {@code WHERE} and the values to bind, in order, where it stands. */
    record Condition(String sql, List<Object> parameters) {
        public Condition {
            parameters = List.copyOf(parameters);
        }
    }

    /** Every computer: the scope of administrators, unscoped accounts, and calls that come from no account. */
    ComputerScope UNLIMITED = new ComputerScope() {
        @Override
        public boolean unlimited() {
            return true;
        }

        @Override
        public boolean includes(long computerId) {
            return true;
        }

        @Override
        public Condition where(String computerIdColumn) {
            requireColumn(computerIdColumn);
            return new Condition("1 = 1", List.of());
        }
    };

    /** Whether the caller may see every computer (no group limit). */
    boolean unlimited();

    /** Whether the caller may see this computer; for a scoped caller false as well for a computer that does not exist. */
    boolean includes(long computerId);

    /**
     * A condition that holds for the rows whose {@code computerIdColumn} names a computer in the scope, e.g.
     * {@code where("s.computer_id")}; {@code 1 = 1} for an unlimited scope.
     *
     * @param computerIdColumn a column name, optionally with a table alias (letters, digits, underscores)
     * @throws IllegalArgumentException for anything else: the name becomes SQL text
     */
    Condition where(String computerIdColumn);

    /** Checks that a column name is a plain identifier, for implementations of {@link #where}. */
    static String requireColumn(String column) {
        if (column == null || !COLUMN.matcher(column).matches()) {
            throw new IllegalArgumentException("Not a column name: " + column);
        }
        return column;
    }

    /** A column, optionally qualified by a table alias. */
    Pattern COLUMN = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*\\.)?[A-Za-z_][A-Za-z0-9_]*");
}
