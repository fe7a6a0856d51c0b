package org.ocoj.agentplugins.wininventory;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.CommandRunner;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.Login;
import org.pf4j.Extension;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Logons (SPEC 3.2 {@code logins}, Windows form) from the Security log as upstream finds them: event 4624 with
 * logon type 2 (console), 10 (remote desktop) or 11 (cached), logon process {@code User32}, after the server's
 * {@code logins-since}. {@code console} is the source address ({@code 127.0.0.1} or {@code -} locally), the user's
 * {@code guid} comes from its profile ({@code ProfileList\<SID>\Guid}, braces removed) and its display name from
 * the logon UI's session cache; {@code [windows] username-with-domain = 1} sends the user as DOMAIN, backslash, name.
 * Reading the Security log needs administrator rights (the service runs as LocalSystem).
 */
@Extension
public final class WindowsLoginCollector implements Collector {
    static final String PROFILE_LIST = "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList\\";
    static final String SESSION_DATA = "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\LogonUI\\SessionData";
    private static final int MAX_EVENTS = 10000;
    /** What upstream keeps of an event: two events that agree on these are one logon (elevated and filtered token). */
    private static final Set<String> FIELDS = Set.of("TargetUserSid", "TargetUserName", "TargetDomainName", "LogonType",
            "IpAddress", "LogonProcessName");
    private static final DateTimeFormatter XPATH_TIME = DateTimeFormatter.ISO_INSTANT;

    private final Registry registry;
    private final CommandRunner commands;

    public WindowsLoginCollector() {
        this(new JnaRegistry(), CommandRunner.system());
    }

    public WindowsLoginCollector(Registry registry, CommandRunner commands) {
        this.registry = registry;
        this.commands = commands;
    }

    @Override
    public String id() {
        return "windows-logins";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.LOGINS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.WINDOWS;
    }

    /** The wevtutil call for logons after {@code since}, oldest first. */
    static List<String> command(Instant since) {
        String xpath = "*[System[EventID=4624 and TimeCreated[@SystemTime>'" + XPATH_TIME.format(since) + "']]"
                + " and EventData[Data[@Name='LogonType']='2' or Data[@Name='LogonType']='10' or Data[@Name='LogonType']='11']]";
        return List.of("wevtutil", "qe", "Security", "/q:" + xpath, "/f:xml", "/c:" + MAX_EVENTS);
    }

    @Override
    public List<Login> collect(CollectorContext context) throws IOException, InterruptedException {
        Optional<Instant> since = context.loginsSince();
        if (since.isEmpty()) {
            return List.of();
        }
        boolean withDomain = context.setting("windows", "username-with-domain").map("1"::equals).orElse(false);
        Set<Map<String, String>> logons = new LinkedHashSet<>(); // upstream drops exact repeats
        for (Map<String, String> event : events(commands.run(command(since.get())))) {
            if ("User32".equals(event.getOrDefault("LogonProcessName", "").trim())) {
                logons.add(event);
            }
        }
        List<Login> logins = new ArrayList<>();
        for (Map<String, String> logon : logons) {
            Instant time = time(logon.get("TimeCreated"));
            if (time.isAfter(since.get())) {
                String sid = logon.getOrDefault("TargetUserSid", "");
                String user = logon.getOrDefault("TargetUserName", "");
                logins.add(new Login(withDomain ? logon.getOrDefault("TargetDomainName", "") + "\\" + user : user,
                        displayName(sid), logon.getOrDefault("IpAddress", ""), time, guid(sid)));
            }
        }
        return logins;
    }

    private String guid(String sid) {
        String guid = registry.text(PROFILE_LIST + sid, "Guid");
        return guid.isEmpty() ? null : guid.replace("{", "").replace("}", "");
    }

    private String displayName(String sid) {
        for (String session : registry.subKeys(SESSION_DATA)) {
            if (sid.equals(registry.text(SESSION_DATA + "\\" + session, "LoggedOnUserSID"))) {
                return registry.text(SESSION_DATA + "\\" + session, "LoggedOnDisplayName");
            }
        }
        return "";
    }

    /** Each {@code <Event>} of wevtutil's XML (no root element) as the {@link #FIELDS} of its EventData plus TimeCreated. */
    static List<Map<String, String>> events(String xml) throws IOException {
        NodeList events = parse("<Events>" + xml.replace("\uFEFF", "") + "</Events>").getElementsByTagNameNS("*", "Event");
        List<Map<String, String>> result = new ArrayList<>();
        for (int i = 0; i < events.getLength(); i++) {
            Element event = (Element) events.item(i);
            Map<String, String> fields = new HashMap<>();
            NodeList created = event.getElementsByTagNameNS("*", "TimeCreated");
            fields.put("TimeCreated", created.getLength() == 0 ? "" : ((Element) created.item(0)).getAttribute("SystemTime"));
            NodeList data = event.getElementsByTagNameNS("*", "Data");
            for (int j = 0; j < data.getLength(); j++) {
                Element field = (Element) data.item(j);
                if (FIELDS.contains(field.getAttribute("Name"))) {
                    fields.put(field.getAttribute("Name"), field.getTextContent());
                }
            }
            result.add(fields);
        }
        return result;
    }

    private static Instant time(String systemTime) throws IOException {
        try {
            return Instant.parse(systemTime).truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            throw new IOException("logon event with an unreadable TimeCreated '" + systemTime + "'", e);
        }
    }

    private static Element parse(String xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("wevtutil printed no readable event XML: " + e.getMessage(), e);
        }
    }
}
