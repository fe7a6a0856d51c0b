package org.ocoj.dist.testplugin;

import java.sql.SQLException;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.RequestException;
import org.pf4j.Extension;

/** Fails as a plugin meeting a database error does: a refusal in words, with the driver's exception as its cause. */
@Extension
public class ProbeFailMethod implements ClientMethod {

    static final String DRIVER_TEXT = "Table 'probe_secret_table' doesn't exist";

    @Override
    public String method() {
        return "oco.probe.fail";
    }

    @Override
    public Object handle(ClientCall call) {
        throw RequestException.failed("The probe could not read its data", new SQLException(DRIVER_TEXT));
    }
}
