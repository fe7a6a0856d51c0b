package org.ocoj.platform.health;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.Attribute;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Closes Payara's HTTP listeners before the JVM stops. Payara's own shutdown undeploys the application first and
 * closes the port last, and in between answers every request — {@code /health} included — with an empty HTML 500.
 * Disabling a listener in the configuration closes its port at once, the same switch {@code conf/payara-ready.asadmin}
 * turns on at start-up; it is reached through Payara's configuration MBeans (AMX, booted here on demand: a few
 * seconds, so it starts while the drain still waits for requests).
 */
final class HttpListeners {

    private static final String BOOT_AMX = "amx-support:type=boot-amx";
    private static final String LISTENERS = "amx:type=network-listener,*";

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    /** Boots AMX, so that {@link #close()} finds the listeners' configuration. Slow: seconds. */
    void prepare() throws JMException {
        server.invoke(new ObjectName(BOOT_AMX), "bootAMX", null, null);
    }

    /** Disables every enabled HTTP listener; returns their names. */
    List<String> close() throws JMException {
        List<String> closed = new ArrayList<>();
        for (ObjectName listener : server.queryNames(new ObjectName(LISTENERS), null)) {
            if (Boolean.parseBoolean(String.valueOf(server.getAttribute(listener, "Enabled")))) {
                server.setAttribute(listener, new Attribute("Enabled", "false"));
                closed.add(listener.getKeyProperty("name"));
            }
        }
        return closed;
    }
}
