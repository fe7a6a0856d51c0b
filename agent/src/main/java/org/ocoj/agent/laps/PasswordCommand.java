package org.ocoj.agent.laps;

import java.util.List;

/**
 * A program that sets a local password: its command line and what it reads on standard input. Which of them carry
 * a secret depends on the system's tool, so neither is ever printed: {@link #toString} names the program only.
 */
public record PasswordCommand(List<String> command, String stdin) {

    public String program() {
        return command.get(0);
    }

    @Override
    public String toString() {
        return program();
    }
}
