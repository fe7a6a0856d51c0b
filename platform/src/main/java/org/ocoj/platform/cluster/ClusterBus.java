package org.ocoj.platform.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.ocoj.platform.db.AfterTransaction;

/**
 * Tells the other nodes of a cluster that a cached row changed, over a topic of Payara Micro's own Hazelcast data
 * grid ({@code payara/Hazelcast}, started by {@code bin/oco-server} in cluster mode; docs/cluster.md). A node that
 * receives a change re-reads it at once instead of at its next periodic refresh (CacheRefresh, every 5 s, which
 * stays as the safety net: a topic message to a node that is just joining can be missed).
 *
 * <p>Only announcements travel through the grid, never data: the database stays the one place of truth, and a
 * node that runs alone (the default, no data grid) simply announces to nobody.
 */
@ApplicationScoped
public class ClusterBus {

    static final String JNDI_NAME = "payara/Hazelcast";
    static final String TOPIC = "oco-j.changes";
    private static final Logger LOG = Logger.getLogger(ClusterBus.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;
    @Resource
    ManagedExecutorService executor;
    @Inject
    Event<ClusterChange> changes;

    private volatile ITopic<String> topic;
    private HazelcastInstance grid;
    private UUID messageListener;
    private UUID membershipListener;

    /**
     * Joins the topic if this node runs in cluster mode.
     *
     * @return a line for the start-up summary ("cluster oco-j: 2 members: …"), empty on a single node
     */
    public Optional<String> start() {
        Optional<HazelcastInstance> found = lookUp();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        grid = found.get();
        ITopic<String> joined = grid.getTopic(TOPIC);
        messageListener = joined.addMessageListener(this::received);
        membershipListener = grid.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                LOG.info("Cluster node joined: " + event.getMember().getAddress() + " (now "
                        + event.getMembers().size() + " nodes)");
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                LOG.warning("Cluster node left: " + event.getMember().getAddress() + " (now "
                        + event.getMembers().size() + " nodes)");
            }
        });
        topic = joined;
        return Optional.of("cluster " + grid.getConfig().getClusterName() + ": " + grid.getCluster().getMembers().size()
                + " node(s): " + grid.getCluster().getMembers().stream()
                        .map(m -> m.getAddress() + (m.localMember() ? " (this node)" : ""))
                        .collect(Collectors.joining(", ")));
    }

    /** True when this node is part of a data grid (cluster mode). */
    public boolean clustered() {
        return topic != null;
    }

    /**
     * Tells the other nodes that {@code change} happened: once the current transaction has committed (a node
     * that re-read earlier would cache the old value), at once when there is none. Never fails the caller: a
     * message that cannot be sent is logged, and the periodic refresh carries the change a few seconds later.
     */
    public void announce(ClusterChange change) {
        if (topic == null) {
            return;
        }
        boolean later = AfterTransaction.register(transactions, status -> {
            if (status == Status.STATUS_COMMITTED) {
                publish(change);
            }
        });
        if (!later) {
            publish(change);
        }
    }

    private void publish(ClusterChange change) {
        ITopic<String> current = topic;
        try {
            if (current != null) {
                current.publish(change.name());
            }
        } catch (RuntimeException e) {
            LOG.warning("Could not tell the other cluster nodes about a change of " + change
                    + " (they follow within 5 s): " + e);
        }
    }

    /** On a Hazelcast event thread, which must not wait for the database: the observers run on a worker. */
    private void received(Message<String> message) {
        Member from = message.getPublishingMember();
        if (from != null && from.localMember()) {
            return;
        }
        ClusterChange change;
        try {
            change = ClusterChange.valueOf(message.getMessageObject());
        } catch (IllegalArgumentException e) {
            // a newer node during a rolling upgrade may announce what this version does not know: the refresh covers it
            LOG.fine("Ignoring an unknown cluster change " + message.getMessageObject());
            return;
        }
        executor.submit(() -> changes.fire(change));
    }

    private static Optional<HazelcastInstance> lookUp() {
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            if (found instanceof HazelcastInstance instance && instance.getLifecycleService().isRunning()) {
                return Optional.of(instance);
            }
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.fine("No data grid (single node): " + e);
        }
        return Optional.empty();
    }

    @PreDestroy
    void stop() {
        ITopic<String> current = topic;
        topic = null;
        try {
            if (current != null) {
                current.removeMessageListener(messageListener);
                grid.getCluster().removeMembershipListener(membershipListener);
            }
        } catch (RuntimeException e) {
            LOG.fine("Leaving the cluster topic: " + e); // the grid may already be shutting down
        }
    }
}
