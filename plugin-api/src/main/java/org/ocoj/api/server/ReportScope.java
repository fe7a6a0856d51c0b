package org.ocoj.api.server;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Plugin data that reports can test: a table (or view) the plugin owns, one row per item of a computer, and
 * the typed fields of those rows. Criteria name the scope in {@code exists}/{@code not_exists} ("has a
 * service where state = CRIT") and in {@code count} ("more than 10 events where level = 2 within 7 days").
 *
 * <p>The platform whitelists exactly what is declared here: the table, its computer column and the field
 * columns become SQL identifiers (each must be a plain lower-case identifier, checked when the scope is
 * read), every value an admin writes is a bound parameter. Declare only columns meant for admins' eyes,
 * never secrets. A scope of a disabled plugin is unknown: criteria naming it are refused as an unknown
 * collection, and stored reports using it cannot run until the plugin is enabled again.
 *
 * <p>Called on request threads; implementations return constants and must not block.
 */
public interface ReportScope extends ExtensionPoint {

    /**
     * The name criteria use, lower-case letters, digits and underscores, starting with a letter, at most 40
     * characters, e.g. {@code service}; it must not be one of the platform's (computer, software, network,
     * partition, printer, screen, local_user, login, group) nor another enabled plugin's.
     */
    String name();

    /** One line for the report editor, e.g. {@code CheckMK services (latest state)}. */
    String description();

    /** The table or view, created by the plugin's own migrations, e.g. {@code checkmk_service_report}. */
    String table();

    /** The column of {@link #table()} holding the computer's id. */
    default String computerColumn() {
        return "computer_id";
    }

    /** The fields admins may test, in the order the editor lists them; at least one. */
    List<ReportField> fields();
}
