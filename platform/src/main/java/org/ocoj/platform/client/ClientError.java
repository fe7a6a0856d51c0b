package org.ocoj.platform.client;

import org.ocoj.api.server.RequestException;

/** JSON-RPC error codes of the client API (CLIENT-API §1.5). */
final class ClientError {

    static final int INVALID = -32001;
    static final int PERMISSION = -32002;
    static final int NOT_FOUND = -32003;
    static final int FAILED = -32000;

    static final String PERMISSION_DENIED = "Permission denied. You do not have the necessary rights.";

    private ClientError() {
    }

    static int codeOf(RequestException e) {
        switch (e.kind()) {
            case NOT_FOUND:
                return NOT_FOUND;
            case FAILED:
                return FAILED;
            default:
                return INVALID;
        }
    }
}
