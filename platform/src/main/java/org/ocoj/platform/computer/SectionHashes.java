package org.ocoj.platform.computer;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Content hash per inventory section, kept on the computer row ({@code section=hash,…}) so an update whose
 * section did not change costs no statement for it.
 */
public final class SectionHashes {

    private final Map<String, String> hashes;

    private SectionHashes(Map<String, String> hashes) {
        this.hashes = hashes;
    }

    public static SectionHashes parse(String text) {
        Map<String, String> hashes = new TreeMap<>();
        if (text != null && !text.isEmpty()) {
            for (String pair : text.split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    hashes.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return new SectionHashes(hashes);
    }

    public boolean same(String section, String hash) {
        return hash.equals(hashes.get(section));
    }

    public SectionHashes with(String section, String hash) {
        Map<String, String> copy = new TreeMap<>(hashes);
        copy.put(section, hash);
        return new SectionHashes(copy);
    }

    public String format() {
        return hashes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
