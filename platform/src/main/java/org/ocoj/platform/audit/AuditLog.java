package org.ocoj.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ocoj.platform.db.Jpa;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.ocoj.platform.json.Json;

/** Writes audit entries in the caller's transaction, so an entry exists exactly when the change does. */
@ApplicationScoped
public class AuditLog {

    @Inject
    Clock clock;
    @Inject
    Jpa jpa;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String objectRef, Object detail, String remoteAddress) {
        persist(actor, action, objectRef, detail, remoteAddress);
    }

    /** For work done outside a transaction (network I/O): the entry commits at once, on its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordNow(String actor, String action, String objectRef, Object detail, String remoteAddress) {
        persist(actor, action, objectRef, detail, remoteAddress);
    }

    /** A call that was not carried out because the account lacks the permission; commits on its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String objectRef, Object detail, String remoteAddress) {
        persist(actor, action, objectRef, detail, remoteAddress, AuditEntry.REFUSED);
    }

    private void persist(String actor, String action, String objectRef, Object detail, String remoteAddress) {
        persist(actor, action, objectRef, detail, remoteAddress, AuditEntry.OK);
    }

    private void persist(String actor, String action, String objectRef, Object detail, String remoteAddress,
                         String outcome) {
        String text = detail == null ? "{}" : Json.text(detail);
        jpa.em().persist(new AuditEntry(LocalDateTime.now(clock), actor, action, objectRef, text,
                remoteAddress == null ? "" : remoteAddress, outcome));
    }

    @Transactional
    public List<AuditEntry> latest(int max) {
        return jpa.em().createQuery("SELECT a FROM AuditEntry a ORDER BY a.id DESC", AuditEntry.class)
                .setMaxResults(max).getResultList();
    }
}
