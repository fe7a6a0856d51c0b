package org.ocoj.platform.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Runs the check-in participants of a fast-path hello in a transaction of their own, as the
 * {@code CheckInParticipant} contract promises; one that touches no table costs no SQL statement.
 */
@ApplicationScoped
class HelloParticipants {

    @Inject
    HelloHandler hello;

    @Transactional
    public void run(AgentContext context) {
        hello.runParticipants(context, context.request.data());
    }
}
