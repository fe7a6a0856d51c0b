package org.ocoj.platform.client;

import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.JsonParams;
import org.ocoj.platform.audit.AuditLog;

/** A client API call as handed to core and plugin methods. */
record ClientCallImpl(JsonParams data, String adminUsername, String remoteAddress, AuditLog auditLog)
        implements ClientCall {

    @Override
    public void audit(String action, String objectRef, Object detail) {
        auditLog.record(adminUsername, action, objectRef, detail, remoteAddress);
    }
}
