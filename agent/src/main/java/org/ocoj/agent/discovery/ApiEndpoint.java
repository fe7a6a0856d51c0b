package org.ocoj.agent.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.logging.Logger;
import org.ocoj.agent.config.AgentConfigFile;
import org.ocoj.agent.config.ConfigException;

/**
 * The API URL the agent talks to: {@code [server] api-url} if set, otherwise found by DNS SRV discovery
 * and written to the ini (SPEC 4.2). A URL the agent discovered itself may be looked up again when the
 * server stops answering; one an administrator configured is never replaced.
 */
public final class ApiEndpoint {
    private static final Logger LOG = Logger.getLogger(ApiEndpoint.class.getName());

    private final AgentConfigFile config;
    private final ApiUrlDiscovery discovery;

    public ApiEndpoint(AgentConfigFile config, ApiUrlDiscovery discovery) {
        this.config = config;
        this.discovery = discovery;
    }

    /** The URL to use now, discovering (and storing) it first if none is known. */
    public URI current() throws DiscoveryException {
        String url = config.apiUrl();
        if (url.isEmpty()) {
            url = discoverAndStore();
        }
        return parse(url);
    }

    /** Whether {@link #rediscover()} may replace the URL: only if DNS gave it in the first place. */
    public boolean isDiscovered() {
        try {
            return config.settings().apiUrlDiscovered();
        } catch (ConfigException e) {
            throw new IllegalStateException("config became invalid after it was validated: " + e.getMessage(), e);
        }
    }

    /** Looks the server up again; stores and returns the new URL. */
    public URI rediscover() throws DiscoveryException {
        return parse(discoverAndStore());
    }

    private String discoverAndStore() throws DiscoveryException {
        String url = discovery.discoverApiUrl();
        if (!url.equals(config.apiUrl())) {
            try {
                config.storeDiscoveredApiUrl(url);
                LOG.info("API URL " + url + " written to " + config.path());
            } catch (ConfigException e) {
                LOG.warning(e.getMessage()); // the URL is kept in memory and saved with the next change
            }
        }
        return url;
    }

    private URI parse(String url) throws DiscoveryException {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(url, "needs scheme and host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new DiscoveryException(config.path() + ": [server] api-url '" + url + "' is not a URL: " + e.getMessage());
        }
    }
}
