package org.ocoj.platform.db;

import java.sql.SQLException;

/** A database error with what the platform was doing; unchecked so it rolls the transaction back. */
public class SqlFailure extends RuntimeException {

    public SqlFailure(String doing, SQLException cause) {
        super("Database error while " + doing + ": " + cause.getMessage(), cause);
    }
}
