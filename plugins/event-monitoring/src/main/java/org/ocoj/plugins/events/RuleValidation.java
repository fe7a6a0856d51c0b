package org.ocoj.plugins.events;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.ocoj.api.server.RequestException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a rule before it is stored: the log name (1–200 characters) and a query the agents can run — a
 * JSON filter for {@code journalctl} ({@link JournalFilter}), else an event log {@code QueryList} in
 * well-formed XML with at least one {@code Select}, as Event Viewer writes it.
 */
final class RuleValidation {

    private RuleValidation() {
    }

    static EventRule validate(long id, String log, String query) {
        if (log == null || log.isBlank()) {
            throw RequestException.invalid("log is required and cannot be empty");
        }
        if (log.length() > EventRule.MAX_LOG_LENGTH) {
            throw RequestException.invalid("log must be at most " + EventRule.MAX_LOG_LENGTH + " characters");
        }
        if (query == null || query.isBlank()) {
            throw RequestException.invalid("query is required and cannot be empty");
        }
        if (query.length() > EventRule.MAX_QUERY_LENGTH) {
            throw RequestException.invalid("query must be at most " + EventRule.MAX_QUERY_LENGTH + " characters");
        }
        if (log.equals(JournalFilter.LOG)) {
            return new EventRule(id, log, query, Optional.of(JournalFilter.parse(query)));
        }
        checkQueryList(query);
        return new EventRule(id, log, query, Optional.empty());
    }

    private static void checkQueryList(String query) {
        Document document;
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no parser chatter on stderr
            document = builder.parse(new InputSource(new StringReader(query)));
        } catch (SAXException e) {
            throw RequestException.invalid("query of a Windows event log rule is not well-formed XML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException("XML parser unavailable", e);
        }
        if (!"QueryList".equals(document.getDocumentElement().getLocalName())) {
            throw RequestException.invalid("query of a Windows event log rule must be a <QueryList>, not <"
                    + document.getDocumentElement().getNodeName() + ">");
        }
        if (document.getElementsByTagNameNS("*", "Select").getLength() == 0) {
            throw RequestException.invalid("query of a Windows event log rule needs at least one <Select>");
        }
    }

    /** No DTDs, no external entities: rule text comes from admins but is parsed on every node. */
    static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
