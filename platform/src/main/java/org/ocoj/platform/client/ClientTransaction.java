package org.ocoj.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs one client method in one transaction; a runtime exception rolls it back. */
@ApplicationScoped
public class ClientTransaction {

    @Transactional
    public Object run(Supplier<Object> work) {
        return work.get();
    }
}
