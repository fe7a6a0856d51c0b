package org.ocoj.platform.computer;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Content hash per inventory section, kept on the computer row ({@code section=hash,…}) so an update whose
 * section did not change costs no statement for it. Kept as the stored text: the agent hot path caches one of
 * these per computer and only ever asks {@link #same}, which needs no map.
 */
public final class SectionHashes {

    private final String text;

    private SectionHashes(String text) {
        this.text = text;
    }

    public static SectionHashes parse(String text) {
        return new SectionHashes(text == null ? "" : text);
    }

    public boolean same(String section, String hash) {
        String pair = section + "=" + hash;
        for (int from = 0; (from = text.indexOf(pair, from)) >= 0; from++) {
            boolean starts = from == 0 || text.charAt(from - 1) == ',';
            int end = from + pair.length();
            if (starts && (end == text.length() || text.charAt(end) == ',')) {
                return true;
            }
        }
        return false;
    }

    public SectionHashes with(String section, String hash) {
        Map<String, String> hashes = new TreeMap<>();
        if (!text.isEmpty()) {
            for (String pair : text.split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    hashes.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        hashes.put(section, hash);
        return new SectionHashes(hashes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",")));
    }

    public String format() {
        return text;
    }
}
