package org.ocoj.tools.reliability.server;

import java.io.IOException;

/** POSIX signals to a process by pid (SIGSTOP and SIGCONT have no Java API). */
final class Signals {

    private Signals() {
    }

    static void send(String name, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("kill -" + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
