package org.ocoj.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS root: the agent API, the client API and health endpoints live at the server root. */
@ApplicationPath("")
public class OcoApplication extends Application {
}
