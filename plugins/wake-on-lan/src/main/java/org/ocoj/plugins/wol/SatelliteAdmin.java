package org.ocoj.plugins.wol;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.PluginContext;
import org.ocoj.api.server.RequestException;

/**
 * What the {@code oco.wol_satellite.*} methods share: finding a satellite, validating admin input onto one, and
 * the login identity with its passphrase decrypted.
 */
final class SatelliteAdmin {

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._:-]{1,255}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._][A-Za-z0-9._@-]{0,99}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    final SatelliteStore store;
    private final PluginContext context;

    SatelliteAdmin(PluginContext context) {
        this.context = context;
        this.store = new SatelliteStore(context.db());
    }

    Satellite existing(JsonParams data) {
        long id = data.requireLong("id");
        return store.find(id).orElseThrow(() -> RequestException.notFound("Not found: no WOL satellite with id " + id));
    }

    /** The login identity, passphrase decrypted; IllegalStateException if the secret cannot open it. */
    SatelliteSsh.Identity identity(Satellite satellite) {
        Optional<String> passphrase = satellite.passphraseEncrypted().map(sealed -> cipher().decrypt(sealed));
        return new SatelliteSsh.Identity(satellite.privateKeyPath(), satellite.publicKeyPath(), passphrase);
    }

    private PassphraseCipher cipher() {
        return new PassphraseCipher(context.settings().get(WolSettings.SECRET));
    }

    /**
     * Applies the members present in {@code data} to {@code base} (a new satellite when empty) and checks the
     * result. A member given as null or "" clears an optional value.
     */
    Satellite apply(JsonParams data, Optional<Satellite> base) {
        Map<String, Object> given = data.asMap();
        boolean create = base.isEmpty();
        String address = given.containsKey("address") || create
                ? matching(data.requireString("address", 255), ADDRESS, "data.address", "a host name or IP address")
                : base.get().address();
        String username = given.containsKey("username") || create
                ? matching(data.requireString("username", 100), USERNAME, "data.username", "a user name without spaces")
                : base.get().username();
        String privkey = given.containsKey("privkey") || create
                ? absolutePath(data.requireString("privkey", 1000), "data.privkey") : base.get().privateKeyPath();
        Optional<String> pubkey = given.containsKey("pubkey")
                ? optionalText(data, "pubkey", 1000).map(p -> absolutePath(p, "data.pubkey"))
                : base.flatMap(Satellite::publicKeyPath);
        int port = number(data, "port", 65535, base.map(Satellite::port).orElse(22));
        int position = number(data, "position", 1_000_000, base.map(Satellite::position).orElse(0));
        String name = data.optionalString("name", 100).filter(n -> !n.isEmpty())
                .orElse(base.map(Satellite::name).orElse(address));
        Optional<String> command = given.containsKey("command")
                ? optionalText(data, "command", 500) : base.flatMap(Satellite::command);
        Optional<HostKeyPin> hostKey = given.containsKey("host_key")
                ? optionalText(data, "host_key", 4000).map(SatelliteAdmin::hostKey) : base.flatMap(Satellite::hostKey);
        Optional<String> passphrase = given.containsKey("passphrase")
                ? optionalSecret(data) : Optional.empty();
        Optional<String> sealed = given.containsKey("passphrase")
                ? passphrase.map(this::sealPassphrase) : base.flatMap(Satellite::passphraseEncrypted);
        Satellite satellite = new Satellite(base.map(Satellite::id).orElse(0L), name, position, address, port,
                username, privkey, pubkey, sealed, command, hostKey);
        if (create || given.containsKey("privkey") || given.containsKey("pubkey") || given.containsKey("passphrase")) {
            SatelliteSsh.Identity identity = new SatelliteSsh.Identity(privkey, pubkey,
                    given.containsKey("passphrase") ? passphrase : identityPassphrase(satellite));
            SatelliteSsh.checkKey(identity).ifPresent(problem -> {
                throw RequestException.invalid("data.privkey: " + problem);
            });
        }
        return satellite;
    }

    private Optional<String> identityPassphrase(Satellite satellite) {
        try {
            return identity(satellite).passphrase();
        } catch (IllegalStateException e) {
            throw RequestException.invalid(e.getMessage());
        }
    }

    private String sealPassphrase(String passphrase) {
        try {
            return cipher().encrypt(passphrase);
        } catch (IllegalStateException e) {
            throw RequestException.invalid("data.passphrase: " + e.getMessage());
        }
    }

    private static Optional<String> optionalSecret(JsonParams data) {
        Object value = data.raw("passphrase");
        if (value != null && !(value instanceof String)) {
            throw RequestException.invalid("data.passphrase must be a string");
        }
        String text = (String) value;
        if (text != null && text.length() > 1000) {
            throw RequestException.invalid("data.passphrase must be at most 1000 characters");
        }
        return Optional.ofNullable(text).filter(t -> !t.isEmpty()); // not trimmed: spaces may be part of it
    }

    private static Optional<String> optionalText(JsonParams data, String key, int max) {
        Optional<String> text = data.optionalString(key, max).filter(t -> !t.isEmpty());
        text.filter(t -> CONTROL.matcher(t).find()).ifPresent(t -> {
            throw RequestException.invalid("data." + key + " must be one line without control characters");
        });
        return text;
    }

    private static HostKeyPin hostKey(String text) {
        try {
            return HostKeyPin.parse(text);
        } catch (IllegalArgumentException e) {
            throw RequestException.invalid("data." + e.getMessage());
        }
    }

    private static String matching(String value, Pattern pattern, String name, String what) {
        if (!pattern.matcher(value).matches()) {
            throw RequestException.invalid(name + " must be " + what);
        }
        return value;
    }

    private static String absolutePath(String value, String name) {
        if (!value.startsWith("/") || CONTROL.matcher(value).find()) {
            throw RequestException.invalid(name + " must be the absolute path of a key file on the server");
        }
        return value;
    }

    private static int number(JsonParams data, String key, int max, int fallback) {
        return data.optionalLong(key).map(value -> {
            if (value < 1 || value > max) {
                throw RequestException.invalid("data." + key + " must be between 1 and " + max);
            }
            return value.intValue();
        }).orElse(fallback);
    }
}
