package org.ocoj.platform.db;

import java.util.stream.Stream;

/** The cause chain of a failure, outermost first; a cycle or self-reference ends it. */
public final class Causes {

    private static final int MAX_DEPTH = 50;

    private Causes() {
    }

    public static Stream<Throwable> of(Throwable failure) {
        return Stream.iterate(failure, t -> t != null, t -> t.getCause() == t ? null : t.getCause()).limit(MAX_DEPTH);
    }

    /** The innermost cause: usually the one that says what actually went wrong. */
    public static Throwable root(Throwable failure) {
        return of(failure).reduce((outer, inner) -> inner).orElse(failure);
    }
}
