package org.ocoj.platform.agentplugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.CheckIn;
import org.ocoj.api.server.CheckInParticipant;
import org.ocoj.platform.config.ServerConfig;

/**
 * OCO-J extension of the hello response: lists the collector plugins in the agent-plugins folder as
 * {@value #HELLO_FIELD} ({@code [{"id","version","sha256","url"}]}); OCO-J agents download them from
 * {@code url} (relative to the API URL), check the SHA-256 and load them. The field is omitted while the
 * folder has no usable jar, and upstream agents ignore unknown fields (they only index the ones they know).
 * The hash travels in the signed hello response, so the download itself needs no signature.
 */
@ApplicationScoped
public class DeliveredCollectors implements CheckInParticipant {
    static final String HELLO_FIELD = "oco-j-collectors";
    static final String DOWNLOAD_PATH = "agent-plugins";

    @Inject
    ServerConfig config;

    private volatile AgentPluginFolder folder;

    @Override
    public void onHello(CheckIn checkIn) {
        List<AgentPluginJar> jars = folder().jars();
        if (!jars.isEmpty()) {
            checkIn.respond(HELLO_FIELD, jars.stream().map(DeliveredCollectors::offer).toList());
        }
    }

    Optional<AgentPluginJar> jar(String fileName) {
        return folder().byFileName(fileName);
    }

    Path dir() {
        return folder().dir();
    }

    private static Map<String, Object> offer(AgentPluginJar jar) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("id", jar.id());
        offer.put("version", jar.version());
        offer.put("sha256", jar.sha256());
        offer.put("url", DOWNLOAD_PATH + "/" + jar.fileName()); // relative: right behind any proxy prefix too
        return offer;
    }

    private AgentPluginFolder folder() {
        if (folder == null) {
            Path dir = Path.of(config.value("oco.agent-plugins.dir").orElse("agent-plugins")).toAbsolutePath().normalize();
            folder = new AgentPluginFolder(dir, System::nanoTime);
        }
        return folder;
    }
}
