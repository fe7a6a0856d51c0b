package org.ocoj.agentplugins.software;

import java.util.ArrayList;
import java.util.List;
import org.ocoj.api.inventory.SoftwarePackage;

/** Parses the output of {@code rpm -qa} with {@link #QUERY_FORMAT}. */
final class RpmQuery {
    /** name, epoch ("(none)" if unset), version-release, summary; tab-separated, one package per line. */
    static final String QUERY_FORMAT = "%{NAME}\\t%{EPOCH}\\t%{VERSION}-%{RELEASE}\\t%{SUMMARY}\\n";

    private RpmQuery() {
    }

    static List<SoftwarePackage> parse(String output) {
        List<SoftwarePackage> packages = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] fields = line.split("\t", 4);
            if (fields.length < 3 || fields[0].isBlank()) {
                continue;
            }
            String epoch = fields[1].equals("(none)") ? "" : fields[1] + ":";
            packages.add(new SoftwarePackage(fields[0], epoch + fields[2], fields.length == 4 ? fields[3] : ""));
        }
        return packages;
    }
}
