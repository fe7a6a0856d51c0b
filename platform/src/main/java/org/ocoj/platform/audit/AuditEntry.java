package org.ocoj.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Who changed what, when. Never holds secrets. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private LocalDateTime at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "object_ref", nullable = false)
    private String objectRef;

    @Column(nullable = false)
    private String detail;

    @Column(name = "remote_address", nullable = false)
    private String remoteAddress;

    /** {@link #OK} for a change that happened, {@link #REFUSED} for a call the account had no permission for. */
    @Column(nullable = false)
    private String outcome = OK;

    public static final String OK = "ok";
    public static final String REFUSED = "refused";

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime at, String actor, String action, String objectRef, String detail,
                      String remoteAddress, String outcome) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.objectRef = objectRef;
        this.detail = detail;
        this.remoteAddress = remoteAddress;
        this.outcome = outcome;
    }

    public Long id() {
        return id;
    }

    public LocalDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String objectRef() {
        return objectRef;
    }

    public String detail() {
        return detail;
    }
}
