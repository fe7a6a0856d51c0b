package org.ocoj.platform.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ocoj.api.server.RegistrationPolicy;
import org.ocoj.api.server.RegistrationRequest;
import org.ocoj.platform.computer.ComputerRepository;
import org.ocoj.platform.computer.RowUpdate;
import org.ocoj.platform.plugin.PluginHost;

/** Asks the enabled {@link RegistrationPolicy} extensions whether an unknown hostname may register. */
@ApplicationScoped
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class.getName());

    @Inject
    PluginHost plugins;
    @Inject
    RegistrationKey registrationKey;
    @Inject
    ComputerRepository computers;

    public boolean mayRegister(String hostname, String remoteAddress) {
        RegistrationRequest request = new RegistrationRequest(hostname, remoteAddress,
                registrationKey.value().isEmpty());
        for (RegistrationPolicy policy : plugins.extensions(RegistrationPolicy.class)) {
            try {
                if (policy.mayRegister(request)) {
                    return true;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Registration policy " + policy.getClass().getName() + " failed for "
                        + hostname + ": " + e.getMessage(), e);
            }
        }
        return false;
    }

    /** Creates the computer of a self-registering agent; its keys are issued by the hello that follows. */
    public void register(String hostname, String agentVersion, String remoteAddress, LocalDateTime now) {
        computers.insert(hostname, "", null, now, new RowUpdate()
                .set("agent_version", agentVersion)
                .set("remote_address", remoteAddress));
        LOG.info(() -> "Computer " + hostname + " registered itself from " + remoteAddress);
    }
}
