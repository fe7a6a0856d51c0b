package org.ocoj.dist.testplugin;

import java.util.Map;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.pf4j.Extension;

/**
 * Kills the server's threads of a given name (by interrupting them and waiting for them to end), so a test can
 * show that the server survives the death of a background thread (issue 16: the group-commit writer). Exists
 * only in the test plugin, behind the client API's admin authentication.
 */
@Extension
public class ProbeStopThreadMethod implements ClientMethod {

    @Override
    public String method() {
        return "oco.probe.stop_thread";
    }

    @Override
    public Object handle(ClientCall call) {
        String name = call.data().requireString("name", 100);
        int stopped = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(name)) {
                thread.interrupt();
                try {
                    thread.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stopped += thread.isAlive() ? 0 : 1;
            }
        }
        return Map.of("stopped", stopped);
    }
}
