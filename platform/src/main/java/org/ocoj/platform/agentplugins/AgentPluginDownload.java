package org.ocoj.platform.agentplugins;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;

/**
 * {@code GET /agent-plugins/<file>.jar}: serves a jar that {@link DeliveredCollectors} currently offers and
 * nothing else (no path is built from the request, so no traversal). Unauthenticated like the jars'
 * contents are public code; agents trust a jar only if it matches the SHA-256 of their signed hello.
 */
@Path(DeliveredCollectors.DOWNLOAD_PATH)
public class AgentPluginDownload {

    @Inject
    DeliveredCollectors collectors;

    @GET
    @Path("{file}")
    public Response download(@PathParam("file") String fileName) {
        return collectors.jar(fileName)
                .map(jar -> Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> Files.copy(
                                collectors.dir().resolve(jar.fileName()), out), "application/java-archive")
                        .header("Content-Length", jar.size())
                        .header("Content-Disposition", "attachment; filename=\"" + jar.fileName() + "\"")
                        .header("X-Checksum-SHA256", jar.sha256())
                        .build())
                .orElseGet(() -> Response.status(404).type("text/plain")
                        .entity("No agent plugin " + abbreviate(fileName)).build());
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
