package org.ocoj.agentplugins.windows;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.api.agent.EventRecord;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Parses {@code wevtutil qe … /f:xml} output — {@code <Event>} elements one after another, without a root —
 * into events (SPEC §5.4): provider name, event id, level, {@code TimeCreated} in UTC to the second, and the
 * {@code EventData} (or {@code UserData}) values by name.
 */
final class WevtutilXml {

    private WevtutilXml() {
    }

    /** The events strictly after {@code since} (UTC), in output order. */
    static List<EventRecord> parse(String output, String log, LocalDateTime since) throws IOException {
        NodeList events = XmlDocuments.parse("<Events>" + output.replace("\uFEFF", "") + "</Events>")
                .getDocumentElement().getElementsByTagNameNS("*", "Event");
        List<EventRecord> records = new ArrayList<>();
        for (int i = 0; i < events.getLength(); i++) {
            Element event = (Element) events.item(i);
            Element system = child(event, "System");
            if (system == null) {
                throw new IOException("event without <System> in wevtutil output");
            }
            LocalDateTime time = timeCreated(system);
            if (time.isAfter(since)) {
                Element provider = child(system, "Provider");
                records.add(new EventRecord(log, provider == null ? "" : provider.getAttribute("Name"),
                        text(child(system, "EventID")), text(child(system, "Level")), time, data(event)));
            }
        }
        return records;
    }

    private static LocalDateTime timeCreated(Element system) throws IOException {
        Element created = child(system, "TimeCreated");
        String value = created == null ? "" : created.getAttribute("SystemTime");
        try {
            return LocalDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            throw new IOException("event with an unreadable TimeCreated '" + value + "'", e);
        }
    }

    /**
     * EventData by Name, else the fields of UserData's element. Unnamed ones ({@code <Binary>}, classic
     * {@code <Data>} without a name) use their element name, numbered when it repeats: Data, Data_2 …
     */
    private static Map<String, String> data(Element event) {
        Map<String, String> data = new LinkedHashMap<>();
        Element eventData = child(event, "EventData");
        Element userData = child(event, "UserData");
        Element fields = eventData != null ? eventData : userData == null ? null : firstElement(userData);
        if (fields == null) {
            return data;
        }
        for (Node node = fields.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element field) {
                String name = field.getAttribute("Name").isEmpty() ? field.getLocalName() : field.getAttribute("Name");
                String key = name;
                for (int n = 2; data.containsKey(key); n++) {
                    key = name + "_" + n;
                }
                data.put(key, field.getTextContent());
            }
        }
        return data;
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().trim();
    }
}
