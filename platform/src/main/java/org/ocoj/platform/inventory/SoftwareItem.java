package org.ocoj.platform.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/** One installed package as catalogued: identified by the SHA-256 of name, version and description. */
record SoftwareItem(String name, String version, String description, String fingerprint) {

    static SoftwareItem of(String name, String version, String description) {
        return new SoftwareItem(name, version, description, Hashing.sha256(name, version, description));
    }

    String label() {
        return name + " " + version;
    }

    /** Packages per update: the largest real machines have a few thousand. */
    static final int MAX_PACKAGES = 20_000;

    /** The update's software list; entries without a name are skipped, duplicates collapse (SPEC §3.2). */
    @SuppressWarnings("unchecked")
    static List<SoftwareItem> parse(JsonParams data) {
        List<Object> items = data.list("software", MAX_PACKAGES);
        Map<String, SoftwareItem> unique = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map)) {
                throw RequestException.invalid("params.data.software[" + i + "] must be an object");
            }
            Map<String, Object> item = (Map<String, Object>) items.get(i);
            String name = Coerce.text(item.get("name"), 200);
            if (!name.isEmpty()) {
                SoftwareItem software = of(name, Coerce.text(item.get("version"), 200),
                        Coerce.text(item.get("description"), 350));
                unique.putIfAbsent(software.fingerprint(), software);
            }
        }
        return new ArrayList<>(unique.values());
    }
}
