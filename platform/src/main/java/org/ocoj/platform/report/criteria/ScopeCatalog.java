package org.ocoj.platform.report.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scopes criteria may name right now: the platform's own plus those of enabled plugins. A plugin scope
 * that is not available (plugin disabled or not installed) is simply unknown.
 */
public final class ScopeCatalog {

    private static final ScopeCatalog BUILT_IN = new ScopeCatalog(List.of());

    private final Map<String, Scope> collections = new LinkedHashMap<>();

    /** The built-in collections followed by the given plugin scopes (first one wins on a repeated name). */
    public ScopeCatalog(List<Scope> pluginScopes) {
        for (Scope scope : Scope.BUILT_IN) {
            if (scope != Scope.COMPUTER) {
                collections.put(scope.label(), scope);
            }
        }
        for (Scope scope : pluginScopes) {
            collections.putIfAbsent(scope.label(), scope);
        }
    }

    /** Only the platform's scopes. */
    public static ScopeCatalog builtIn() {
        return BUILT_IN;
    }

    /** A collection scope by the name used in criteria ({@code software}, {@code network}, a plugin's …). */
    public Optional<Scope> collection(String label) {
        return Optional.ofNullable(collections.get(label));
    }

    /** Every scope, the computer first. */
    public List<Scope> all() {
        List<Scope> all = new ArrayList<>(List.of(Scope.COMPUTER));
        all.addAll(collections.values());
        return all;
    }

    /** The collection names, for error messages. */
    public String collectionNames() {
        return String.join(", ", collections.keySet());
    }
}
