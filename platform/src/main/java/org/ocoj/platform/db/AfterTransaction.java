package org.ocoj.platform.db;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.IntConsumer;

/** Work that must wait until the current JTA transaction has ended (a cache to forget, other nodes to tell). */
public final class AfterTransaction {

    private AfterTransaction() {
    }

    /**
     * Calls {@code action} with the transaction's final {@link Status} once it has completed.
     *
     * @return false if no transaction is active: nothing was registered, the caller acts at once
     */
    public static boolean register(TransactionSynchronizationRegistry registry, IntConsumer action) {
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return false;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        });
        return true;
    }
}
