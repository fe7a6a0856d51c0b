package org.ocoj.platform.client;

import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ComputerScope;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.admin.Account;
import org.ocoj.platform.audit.AuditLog;

/**
 * A client API call as handed to core and plugin methods. Audit entries join the call's transaction, or
 * commit on their own when the method runs without one.
 */
record ClientCallImpl(JsonParams data, Account account, ComputerScope scope, String remoteAddress, AuditLog auditLog,
                      boolean inTransaction) implements ClientCall {

    @Override
    public String adminUsername() {
        return account.username();
    }

    @Override
    public boolean permits(Permission permission) {
        return account.permits(permission);
    }

    @Override
    public void audit(String action, String objectRef, Object detail) {
        if (inTransaction) {
            auditLog.record(adminUsername(), action, objectRef, detail, remoteAddress);
        } else {
            auditLog.recordNow(adminUsername(), action, objectRef, detail, remoteAddress);
        }
    }
}
