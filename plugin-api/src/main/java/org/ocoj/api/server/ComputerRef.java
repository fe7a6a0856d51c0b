package org.ocoj.api.server;

/** The computer a request is about: its database id and hostname. */
public record ComputerRef(long id, String hostname) {
}
