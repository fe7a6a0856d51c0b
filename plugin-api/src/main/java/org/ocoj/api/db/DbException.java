package org.ocoj.api.db;

import java.sql.SQLException;

/**
 * A statement run through {@link Db} failed. The message names the statement (its first words, with {@code ?} for
 * the values) and the driver's reason (which may quote values: meant for the log); the {@link SQLException} is the
 * cause. In a client method the platform logs it with the stack trace and
 * answers "Internal error"; wrap it in {@link org.ocoj.api.server.RequestException#failed} to tell the admin more.
 * Since plugin-api 1.2.0.
 */
public class DbException extends RuntimeException {

    public DbException(String message, SQLException cause) {
        super(message, cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
