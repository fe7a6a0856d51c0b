package org.ocoj.platform.db.embedded;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;

/** Stops the embedded database once the application has finished stopping (see {@link EmbeddedServers}). */
@ApplicationScoped
public class EmbeddedDatabaseShutdown {

    static void onApplicationStopped(@Observes @Destroyed(ApplicationScoped.class) Object event) {
        EmbeddedServers.applicationStopped();
    }
}
