package org.ocoj.agent.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.configuration2.INIConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;

/**
 * The agent's {@code oco-agent.ini}: reads it with Commons Configuration, validates it into
 * {@link AgentSettings}, and persists the values the agent learns (keys, discovered URL) with an atomic
 * rewrite. Only the check-in thread writes; the methods are synchronized so a reader never sees a
 * half-applied change.
 */
public final class AgentConfigFile {
    private static final String DISCOVERED = "dns-srv";

    private final Path path;
    private final INIConfiguration ini;
    private boolean unsaved;

    private AgentConfigFile(Path path, INIConfiguration ini) {
        this.path = path;
        this.ini = ini;
    }

    /** Reads the file; fails with a message naming the file if it is missing or unreadable. */
    public static AgentConfigFile load(Path path) throws ConfigException {
        INIConfiguration ini = new INIConfiguration();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            ini.read(reader);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file " + path + " does not exist");
        } catch (IOException | ConfigurationException e) {
            throw new ConfigException("cannot read config file " + path + ": " + e.getMessage(), e);
        }
        AgentConfigFile file = new AgentConfigFile(path, ini);
        file.settings(); // validate now, so a bad value stops the agent at start-up, not mid-cycle
        return file;
    }

    /** An in-memory configuration with all defaults, for {@code --print-inventory} without an ini. */
    public static AgentConfigFile defaults(Path path) {
        return new AgentConfigFile(path, new INIConfiguration());
    }

    public Path path() {
        return path;
    }

    /** The validated settings as they are now. */
    public synchronized AgentSettings settings() throws ConfigException {
        return new AgentSettings(
                flag(IniKey.DEBUG),
                positiveInt(IniKey.QUERY_INTERVAL),
                positiveInt(IniKey.CONNECTION_TIMEOUT),
                positiveInt(IniKey.READ_TIMEOUT),
                text(IniKey.AGENT_KEY),
                optional(IniKey.MACHINE_UID),
                flag(IniKey.HOSTNAME_REMOVE_DOMAIN),
                Path.of(text(IniKey.TIMESTAMP_FILE)),
                text(IniKey.API_URL),
                DISCOVERED.equals(text(IniKey.API_URL_SOURCE)),
                optional(IniKey.DISCOVERY_DOMAIN),
                text(IniKey.SERVER_KEY));
    }

    /** Where collector plugins delivered by the server live ({@code [agent] delivered-plugins-dir}, OCO-J). */
    public synchronized Path deliveredPluginsDir() {
        return Path.of(text(IniKey.DELIVERED_PLUGINS_DIR));
    }

    /** The current agent key (registration key until the server issued one). */
    public synchronized String agentKey() {
        return text(IniKey.AGENT_KEY);
    }

    /** The current server key; empty until learnt on first contact. */
    public synchronized String serverKey() {
        return text(IniKey.SERVER_KEY);
    }

    /** The configured or discovered API URL; empty means "not known yet". */
    public synchronized String apiUrl() {
        return text(IniKey.API_URL);
    }

    /** Any value of the file, for collectors ({@code [linux] local-users-min-uid} …). */
    public synchronized Optional<String> value(String section, String key) {
        return Optional.ofNullable(ini.getSection(section).getString(key)).map(String::trim);
    }

    /**
     * Stores keys learnt from the server (SPEC 1.8) and rewrites the file. Absent values keep what is stored.
     */
    public void storeKeys(Optional<String> agentKey, Optional<String> serverKey) throws ConfigException {
        Map<IniKey, String> changes = new java.util.EnumMap<>(IniKey.class);
        agentKey.ifPresent(key -> changes.put(IniKey.AGENT_KEY, key));
        serverKey.ifPresent(key -> changes.put(IniKey.SERVER_KEY, key));
        store(changes);
    }

    /** Stores an API URL found by DNS SRV discovery (SPEC 4.2) and marks it as discovered. */
    public void storeDiscoveredApiUrl(String apiUrl) throws ConfigException {
        store(Map.of(IniKey.API_URL, apiUrl, IniKey.API_URL_SOURCE, DISCOVERED));
    }

    /**
     * Retries a write that failed earlier. The learnt values stay in memory after a failed write (the
     * server has already switched keys, so forgetting them would lock the agent out), and the check-in
     * loop calls this at the start of every cycle until the file is written.
     */
    public synchronized void savePendingChanges() throws ConfigException {
        if (unsaved) {
            save();
        }
    }

    private synchronized void store(Map<IniKey, String> changes) throws ConfigException {
        if (changes.isEmpty()) {
            return;
        }
        changes.forEach((key, value) -> ini.setProperty(key.property(), value));
        unsaved = true;
        save();
    }

    private void save() throws ConfigException {
        try {
            StringWriter text = new StringWriter();
            ini.write(text);
            AtomicFiles.write(path, text.toString().getBytes(StandardCharsets.UTF_8));
            unsaved = false;
        } catch (IOException | ConfigurationException e) {
            throw new ConfigException("cannot write config file " + path + " (values kept in memory, will retry): "
                    + e.getMessage(), e);
        }
    }

    private String text(IniKey key) {
        String value = ini.getString(key.property());
        return value == null ? key.defaultValue() : value.trim();
    }

    private Optional<String> optional(IniKey key) {
        String value = text(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private boolean flag(IniKey key) throws ConfigException {
        String value = text(key);
        return switch (value) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off", "" -> false;
            default -> throw invalid(key, value, "0 or 1");
        };
    }

    private int positiveInt(IniKey key) throws ConfigException {
        String value = text(key);
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with file and key
        }
        throw invalid(key, value, "a positive whole number");
    }

    private ConfigException invalid(IniKey key, String value, String expected) {
        return new ConfigException(path + ": " + key + " = '" + value + "' is not " + expected);
    }
}
