package org.ocoj.api.server;

/**
 * An unknown agent asking to register.
 *
 * @param hostname               the hostname it claims (already validated: 1–200 characters)
 * @param remoteAddress          the address the request came from
 * @param registrationKeyIsEmpty true if the server's registration key is the empty string, so a signature
 *                               proves nothing about the caller
 */
public record RegistrationRequest(String hostname, String remoteAddress, boolean registrationKeyIsEmpty) {
}
