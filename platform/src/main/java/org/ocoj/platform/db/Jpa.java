package org.ocoj.platform.db;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;

/**
 * The platform's JPA unit ({@code META-INF/oco-jpa.xml}), created on first use rather than by the container
 * at deployment, so that start-up can check the database first and report a failure in one line. Each JTA
 * transaction gets one entity manager, joined to it and closed when it completes — what a container-managed
 * {@code @PersistenceContext} would give.
 */
@ApplicationScoped
public class Jpa {

    private static final String RESOURCE_KEY = Jpa.class.getName();

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile EntityManagerFactory factory;

    /** The entity manager of the current transaction; must be called inside one. */
    public EntityManager em() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("JPA access outside a transaction: annotate the caller @Transactional");
        }
        EntityManager em = (EntityManager) transactions.getResource(RESOURCE_KEY);
        if (em == null) {
            EntityManager created = factory().createEntityManager();
            created.joinTransaction();
            transactions.putResource(RESOURCE_KEY, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // flushing is EclipseLink's job at commit
                }

                @Override
                public void afterCompletion(int status) {
                    created.close();
                }
            });
            em = created;
        }
        return em;
    }

    private EntityManagerFactory factory() {
        EntityManagerFactory current = factory;
        if (current == null) {
            synchronized (this) {
                if (factory == null) {
                    factory = Persistence.createEntityManagerFactory("oco", Map.of(
                            "eclipselink.persistencexml", "META-INF/oco-jpa.xml",
                            "jakarta.persistence.jtaDataSource", DatabaseDefinition.JNDI_NAME));
                }
                current = factory;
            }
        }
        return current;
    }

    @PreDestroy
    void shutdown() {
        if (factory != null) {
            factory.close();
        }
    }
}
