package org.ocoj.platform.command;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A computer command's URL template, e.g. {@code rdp://full%20address=s:$$TARGET$$}: checked when saved and
 * filled per computer. Filled values are URL-encoded (IPv6 addresses are put in brackets instead), so
 * inventory text — which agents control — can add characters to a link but never change its structure.
 */
final class CommandTemplate {

    static final int MAX_LENGTH = 1000;
    static final Set<String> PLACEHOLDERS = Set.of("TARGET", "HOSTNAME", "ADDRESS", "ID");
    private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "data", "vbscript", "file");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\$([A-Z_]+)\\$\\$");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

    private CommandTemplate() {
    }

    /** @return why the template cannot be used, or empty if it is fine */
    static Optional<String> problem(String template) {
        if (template.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        Matcher scheme = SCHEME.matcher(template);
        if (!scheme.find()) {
            return Optional.of("must start with a URL scheme such as ssh:// or rdp://");
        }
        if (UNSAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.of("must not use the " + scheme.group(1) + ": scheme");
        }
        if (template.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            return Optional.of("must not contain control characters");
        }
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            if (!PLACEHOLDERS.contains(placeholder.group(1))) {
                return Optional.of("has an unknown placeholder $$" + placeholder.group(1) + "$$ (known: "
                        + String.join(", ", PLACEHOLDERS.stream().sorted().map(p -> "$$" + p + "$$").toList()) + ")");
            }
        }
        return Optional.empty();
    }

    /** The template with each placeholder replaced by the encoded value. */
    static String fill(String template, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder url = new StringBuilder();
        while (placeholder.find()) {
            String value = values.getOrDefault(placeholder.group(1), "");
            placeholder.appendReplacement(url, Matcher.quoteReplacement(encode(value)));
        }
        placeholder.appendTail(url);
        return url.toString();
    }

    static String encode(String value) {
        if (IPV6.matcher(value).matches() && value.indexOf(':') != value.lastIndexOf(':')) {
            return "[" + value + "]";
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
