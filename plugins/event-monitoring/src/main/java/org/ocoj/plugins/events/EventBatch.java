package org.ocoj.plugins.events;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/**
 * Reads {@code params.data.events} of an {@code oco.agent.events} request (SPEC §2.6). The whole batch is
 * checked before anything is stored: one bad event refuses the request with a message naming it.
 * Events with an empty {@code log} or {@code timestamp} are skipped, as upstream does.
 */
final class EventBatch {

    static final int MAX_PROVIDER_LENGTH = 255;
    static final int MAX_DATA_BYTES = 65_535;
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private EventBatch() {
    }

    static List<IncomingEvent> read(JsonParams data, long maxEvents) {
        if (!(data.raw("events") instanceof List)) {
            throw RequestException.invalid("data.events must be an array");
        }
        List<Object> events = data.list("events");
        if (events.size() > maxEvents) {
            throw RequestException.invalid("data.events has " + events.size() + " events; at most " + maxEvents
                    + " are accepted per request");
        }
        List<IncomingEvent> result = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            String name = "data.events[" + i + "]";
            JsonParams event = JsonParams.of(events.get(i), name);
            String log = text(event, name, "log", EventRule.MAX_LOG_LENGTH);
            String timestamp = text(event, name, "timestamp", 100);
            if (log.isEmpty() || timestamp.isEmpty()) {
                continue;
            }
            String dataJson = dataJson(event, i);
            Object message = event.object("data").raw("message");
            result.add(new IncomingEvent(log, text(event, name, "provider", MAX_PROVIDER_LENGTH),
                    lenientNumber(event.raw("event_id"), Integer.MIN_VALUE, Integer.MAX_VALUE),
                    (int) lenientNumber(event.raw("level"), Short.MIN_VALUE, Short.MAX_VALUE),
                    timestamp(timestamp, i), dataJson, message instanceof String s ? s : ""));
        }
        return result;
    }

    /** A string member (numbers are taken as their text), trimmed, at most {@code max} characters; absent = "". */
    private static String text(JsonParams event, String name, String key, int max) {
        Object value = event.raw(key);
        if (value instanceof Number || value instanceof Boolean) {
            value = value.toString();
        }
        if (value != null && !(value instanceof String)) {
            throw RequestException.invalid(name + "." + key + " must be a string");
        }
        String text = value == null ? "" : ((String) value).trim();
        if (text.length() > max) {
            throw RequestException.invalid(name + "." + key + " must be at most " + max + " characters");
        }
        return text;
    }

    /** SPEC §5.4: ids and levels arrive as numbers, numeric strings or ""; anything unusable becomes −1. */
    static long lenientNumber(Object value, long min, long max) {
        BigDecimal number;
        try {
            if (value instanceof Number n) {
                number = new BigDecimal(n.toString());
            } else if (value instanceof String s && !s.isBlank()) {
                number = new BigDecimal(s.trim());
            } else {
                return -1;
            }
            if (Math.abs((long) number.scale()) > 400) { // "1e-999999999": rounding it would take 10^999999999
                return -1;
            }
            long whole = number.longValueExact();
            return whole < min || whole > max ? -1 : whole;
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }

    private static LocalDateTime timestamp(String text, int index) {
        try {
            return LocalDateTime.parse(text, TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw RequestException.invalid("data.events[" + index + "].timestamp '" + text
                    + "' is not a time in the form YYYY-MM-DD HH:MM:SS");
        }
    }

    private static String dataJson(JsonParams event, int index) {
        Object data = event.raw("data");
        if (data != null && !(data instanceof Map)) {
            throw RequestException.invalid("data.events[" + index + "].data must be an object");
        }
        String json = JsonText.write(data == null ? Map.of() : data);
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw RequestException.invalid("data.events[" + index + "].data is larger than " + MAX_DATA_BYTES + " bytes");
        }
        return json;
    }
}
