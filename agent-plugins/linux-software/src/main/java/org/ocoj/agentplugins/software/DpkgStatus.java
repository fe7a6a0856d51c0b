package org.ocoj.agentplugins.software;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.api.inventory.SoftwarePackage;

/**
 * Parses dpkg's status database (deb822 paragraphs) into installed packages: only entries whose
 * {@code Status} ends in {@code installed}, so the count equals {@code apt list --installed} (which upstream
 * reports). The description is the synopsis line.
 */
final class DpkgStatus {
    private DpkgStatus() {
    }

    static List<SoftwarePackage> installed(String statusFile) {
        List<SoftwarePackage> packages = new ArrayList<>();
        for (String paragraph : statusFile.split("\n\\s*\n")) {
            Map<String, String> fields = fields(paragraph);
            String status = fields.getOrDefault("Status", "");
            if (fields.containsKey("Package") && status.endsWith(" installed")) {
                packages.add(new SoftwarePackage(fields.get("Package"), fields.getOrDefault("Version", ""),
                        fields.getOrDefault("Description", "")));
            }
        }
        return packages;
    }

    /** First line of each field; continuation lines (starting with a blank) are skipped. */
    private static Map<String, String> fields(String paragraph) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : paragraph.split("\n")) {
            int colon = line.indexOf(':');
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        return fields;
    }
}
