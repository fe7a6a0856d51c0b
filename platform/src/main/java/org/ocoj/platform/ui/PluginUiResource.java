package org.ocoj.platform.ui;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;
import org.ocoj.api.server.UiContribution;
import org.ocoj.platform.plugin.PluginHost;

/**
 * {@code GET /ui/plugins/<pluginId>/<file>}: a file of an enabled plugin's {@link UiContribution#resourceFolder()},
 * read from that plugin's jar. A disabled plugin's files are 404, so its screens vanish with it.
 */
@Path("ui/plugins/{plugin}/{file: .+}")
public class PluginUiResource {

    @Inject
    PluginHost plugins;
    @Context
    HttpServletResponse servletResponse;

    @GET
    public Response file(@PathParam("plugin") String pluginId, @PathParam("file") String file) {
        Optional<String> type = StaticMediaTypes.of(file);
        if (type.isEmpty() || !StaticMediaTypes.isSafe(file)) {
            return notFound();
        }
        Optional<URL> url = plugins.extensionsWithOwner(UiContribution.class).stream()
                .filter(owned -> owned.pluginId().equals(pluginId))
                .map(owned -> stripSlashes(owned.extension().resourceFolder()) + "/" + file)
                .map(path -> plugins.ownResource(pluginId, path))
                .flatMap(Optional::stream)
                .findFirst();
        if (url.isEmpty()) {
            return notFound();
        }
        byte[] bytes;
        try (InputStream in = url.get().openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + file + " of plugin " + pluginId, e);
        }
        UiHeaders.apply(servletResponse);
        return Response.ok(bytes, type.get()).build();
    }

    private static String stripSlashes(String folder) {
        return folder.replaceAll("^/+|/+$", "");
    }

    private static Response notFound() {
        return Response.status(404).type("text/plain").entity("Not found").build();
    }
}
