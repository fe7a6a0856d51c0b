package org.ocoj.agent.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A collector plugin the server offers in its hello response (OCO-J extension, field
 * {@value #HELLO_FIELD} of {@code result.params}; upstream agents ignore unknown fields).
 *
 * @param id      PF4J plugin id; also the file name in the delivered-plugins directory
 * @param version plugin version, for logs
 * @param sha256  lowercase hex SHA-256 of the jar; the download must match it exactly
 * @param url     where to GET the jar, relative to the API URL or absolute (http/https)
 */
public record CollectorOffer(String id, String version, String sha256, String url) {
    public static final String HELLO_FIELD = "oco-j-collectors";
    private static final Logger LOG = Logger.getLogger(CollectorOffer.class.getName());
    /** Safe as a file name: no separators, no leading dot (hidden) or dash. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * The offers of a verified hello response; absent field = nothing offered. An entry that is not a
     * valid offer is logged and skipped: it must not stop the check-in.
     */
    public static List<CollectorOffer> parse(JsonNode helloParams) {
        JsonNode field = helloParams.get(HELLO_FIELD);
        List<CollectorOffer> offers = new ArrayList<>();
        if (field == null || field.isNull()) {
            return offers;
        }
        if (!field.isArray()) {
            LOG.warning("hello: " + HELLO_FIELD + " is not a list; no collector plugins taken from it");
            return offers;
        }
        for (JsonNode entry : field) {
            String id = entry.path("id").asText("");
            String sha256 = entry.path("sha256").asText("").toLowerCase(java.util.Locale.ROOT);
            String url = entry.path("url").asText("");
            String version = entry.path("version").asText("");
            if (!ID.matcher(id).matches() || !SHA256.matcher(sha256).matches() || url.isEmpty() || version.length() > 100) {
                LOG.warning("hello: skipping invalid collector plugin offer " + abbreviate(entry.toString())
                        + " (needs id [A-Za-z0-9._-], 64 hex digits sha256, url)");
                continue;
            }
            offers.add(new CollectorOffer(id, version, sha256, url));
        }
        return offers;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
