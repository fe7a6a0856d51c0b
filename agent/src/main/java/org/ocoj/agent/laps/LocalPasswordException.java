package org.ocoj.agent.laps;

/** A local password could not be set; the message says why in words and never holds a password. */
public final class LocalPasswordException extends Exception {
    public LocalPasswordException(String message) {
        super(message);
    }
}
