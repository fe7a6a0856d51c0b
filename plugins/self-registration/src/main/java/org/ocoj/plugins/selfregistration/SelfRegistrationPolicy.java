package org.ocoj.plugins.selfregistration;

import org.ocoj.api.server.PluginContext;
import org.ocoj.api.server.RegistrationPolicy;
import org.ocoj.api.server.RegistrationRequest;
import org.pf4j.Extension;

/**
 * Self-registration (SPEC §1.8): an unknown hostname that signs its hello with the global registration key
 * becomes a new computer — if an admin enabled it, and never with an empty registration key (anyone could
 * register then).
 */
@Extension
public class SelfRegistrationPolicy implements RegistrationPolicy {

    private final PluginContext context;

    public SelfRegistrationPolicy(PluginContext context) {
        this.context = context;
    }

    @Override
    public boolean mayRegister(RegistrationRequest request) {
        if (!context.settings().getBoolean(SelfRegistrationSettings.ENABLED)) {
            return false;
        }
        if (request.registrationKeyIsEmpty()) {
            context.logger().warning("Refused self-registration of " + request.hostname() + " from "
                    + request.remoteAddress() + ": the registration key is empty");
            return false;
        }
        return true;
    }
}
