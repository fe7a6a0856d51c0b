package org.ocoj.agent.config;

/**
 * Every {@code oco-agent.ini} key the agent reads or writes, with its default and meaning (SPEC 4.1).
 * Keys marked OCO-J are extensions; the upstream agent ignores them.
 */
public enum IniKey {
    DEBUG("agent", "debug", "0", "1 = log every request and response"),
    QUERY_INTERVAL("agent", "query-interval", "60", "seconds to wait after a check-in before the next one"),
    CONNECTION_TIMEOUT("agent", "connection-timeout", "3", "connect timeout in whole seconds"),
    READ_TIMEOUT("agent", "read-timeout", "150", "response timeout in whole seconds"),
    AGENT_KEY("agent", "agent-key", "", "registration key at first, then the key the server issued (written by the agent)"),
    MACHINE_UID("agent", "machine-uid", "", "overrides the machine UUID sent as params.uid"),
    HOSTNAME_REMOVE_DOMAIN("agent", "hostname-remove-domain", "1", "1 = send the host name without its domain"),
    TIMESTAMP_FILE("agent", "timestamp-file", "/var/lib/oco-agent/oco-agent.timestamp",
            "OCO-J: file holding the last accepted server timestamp"),
    DELIVERED_PLUGINS_DIR("agent", "delivered-plugins-dir", "/var/lib/oco-agent/plugins",
            "OCO-J: where collector plugins delivered by the server are kept (managed by the agent)"),
    API_URL("server", "api-url", "", "full URL of api-agent.php; empty = DNS SRV discovery (written by the agent)"),
    API_URL_SOURCE("server", "api-url-source", "", "OCO-J: 'dns-srv' when the agent discovered api-url itself"),
    DISCOVERY_DOMAIN("server", "discovery-domain", "", "OCO-J: domain for _oco._tcp SRV discovery; empty = resolver search list"),
    SERVER_KEY("server", "server-key", "", "key that verifies server responses (written by the agent on first contact)");

    private final String section;
    private final String key;
    private final String defaultValue;
    private final String description;

    IniKey(String section, String key, String defaultValue, String description) {
        this.section = section;
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String section() {
        return section;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** The Commons Configuration property name, {@code section.key}. */
    String property() {
        return section + "." + key;
    }

    /** How the key is written in messages: {@code [agent] query-interval}. */
    @Override
    public String toString() {
        return "[" + section + "] " + key;
    }
}
