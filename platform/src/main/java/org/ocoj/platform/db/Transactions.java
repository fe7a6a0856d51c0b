package org.ocoj.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** A JTA transaction around a piece of work, for code that is not a CDI bean of its own (plugins). */
@ApplicationScoped
public class Transactions {

    /** Joins the caller's transaction, or runs {@code work} in a new one. */
    @Transactional
    public <T> T required(Supplier<T> work) {
        return work.get();
    }
}
