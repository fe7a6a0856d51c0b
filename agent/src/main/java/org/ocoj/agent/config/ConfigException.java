package org.ocoj.agent.config;

/** The agent configuration cannot be read, is invalid, or cannot be written. The message names file and key. */
public class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
