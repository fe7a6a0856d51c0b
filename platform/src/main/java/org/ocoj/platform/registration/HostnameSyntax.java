package org.ocoj.platform.registration;

import java.util.regex.Pattern;

/**
 * What a self-registering agent may call itself: a host name per RFC 1123 — dot-separated labels of letters,
 * digits and hyphens, 1 to 63 characters each, not starting or ending with a hyphen — with the exceptions
 * real agents need (docs/protocol.md, "Limits and validation"): underscores (Windows and NetBIOS names,
 * container hosts) and letters and digits of any script (Windows computer names such as {@code PC-MÜLLER}).
 * Spaces, quotes, markup and control characters are refused: the name is shown everywhere.
 */
public final class HostnameSyntax {

    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}_]([\\p{L}\\p{N}_-]{0,61}[\\p{L}\\p{N}_])?");

    private HostnameSyntax() {
    }

    public static boolean valid(String hostname) {
        if (hostname.isEmpty() || hostname.length() > 253) {
            return false;
        }
        for (String label : hostname.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
