package org.ocoj.platform.db;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink runs a read again, up to 3 times and 5 s apart, when its connection failed. With the database down
 * that turned one request into 18-30 s of waiting; without it the request fails after the database timeouts
 * ({@link DatabaseTimeouts}) and the next one gets a fresh connection from the pool. Named in oco-jpa.xml.
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
    }
}
