package org.ocoj.platform.db.h2import;

/** The import of an earlier H2 database could not be done; the message tells the operator what to do next. */
public class H2ImportException extends RuntimeException {

    private final boolean refusedBeforeCopying;

    H2ImportException(String message, boolean refusedBeforeCopying) {
        super(message);
        this.refusedBeforeCopying = refusedBeforeCopying;
    }

    /** Nothing was changed: neither database was touched. */
    boolean refusedBeforeCopying() {
        return refusedBeforeCopying;
    }
}
