package org.ocoj.platform.db.embedded;

/**
 * The embedded database could not be installed, started or stopped. The message is written for the operator
 * (what failed, where, and what to do) and is printed as the one start-up error line, so it carries no cause.
 */
public class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message) {
        super(message);
    }
}
