package org.ocoj.plugins.events;

import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/** Reading rule parameters of the client API methods. */
final class RuleParams {

    private RuleParams() {
    }

    static EventRule existing(RuleStore rules, long id) {
        return rules.find(id).orElseThrow(() -> RequestException.notFound("Event rule " + id + " does not exist"));
    }

    /** The text as sent: queries are stored verbatim (no trimming), so agents get exactly what the admin wrote. */
    static String rawText(JsonParams data, String key) {
        Object value = data.raw(key);
        if (value == null) {
            throw RequestException.invalid(key + " is required and cannot be empty");
        }
        if (!(value instanceof String)) {
            throw RequestException.invalid(key + " must be a string");
        }
        return (String) value;
    }
}
