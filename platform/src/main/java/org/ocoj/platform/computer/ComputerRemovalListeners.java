package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.api.server.ComputerRemovalListener;
import org.ocoj.platform.plugin.PluginHost;

/** Tells enabled plugins' {@link ComputerRemovalListener}s about a removed computer once the removal committed. */
@ApplicationScoped
public class ComputerRemovalListeners {

    private static final Logger LOG = Logger.getLogger(ComputerRemovalListeners.class.getName());

    @Inject
    PluginHost plugins;
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** After the caller's transaction commits (at once without one); nothing when it rolls back. */
    public void afterCommit(ComputerRef removed) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            notify(removed);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    ComputerRemovalListeners.this.notify(removed);
                }
            }
        });
    }

    void notify(ComputerRef removed) {
        for (PluginHost.Owned<ComputerRemovalListener> listener : plugins.extensionsWithOwner(ComputerRemovalListener.class)) {
            try {
                listener.extension().onComputerRemoved(removed);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Computer removal listener " + listener.extension().getClass().getName()
                        + " of plugin " + listener.pluginId() + " failed for " + removed.hostname()
                        + " (the computer stays removed): " + e, e);
            }
        }
    }
}
