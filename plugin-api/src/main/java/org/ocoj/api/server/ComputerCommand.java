package org.ocoj.api.server;

import org.pf4j.ExtensionPoint;

/**
 * A link or command shown for every computer (e.g. "SSH" → {@code ssh://$$TARGET$$}), the replacement for a
 * built-in remote access. {@code oco.computer.get} returns each command with its placeholders filled from
 * that computer's inventory; values are URL-encoded, so a hostname can never change the link's structure.
 *
 * <p>Placeholders: {@code $$TARGET$$} (the hostname), {@code $$HOSTNAME$$}, {@code $$ADDRESS$$} (first
 * reported IP address, else the address the agent connected from), {@code $$ID$$} (computer id). The
 * template must start with a URL scheme other than {@code javascript}, {@code data}, {@code vbscript} and
 * {@code file}. Called on request threads; implementations return constants and must not block.
 */
public interface ComputerCommand extends ExtensionPoint {

    /** Stable id, lower case letters, digits and dashes, e.g. {@code ssh}. */
    String id();

    /** What admins see, e.g. {@code SSH}. */
    String label();

    /** The URL template, e.g. {@code ssh://$$TARGET$$}. */
    String template();
}
