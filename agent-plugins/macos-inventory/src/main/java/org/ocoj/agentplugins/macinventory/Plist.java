package org.ocoj.agentplugins.macinventory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.ocoj.api.agent.CommandRunner;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The text values of a property list's top-level dictionary ({@code Info.plist}, {@code SystemVersion.plist}).
 * XML plists are read directly; binary ones ({@code bplist00}) are converted by {@code plutil -convert xml1}.
 */
final class Plist {

    private Plist() {
    }

    static Map<String, String> read(Path file, CommandRunner commands) throws IOException, InterruptedException {
        byte[] bytes = Files.readAllBytes(file);
        boolean binary = bytes.length >= 6 && new String(bytes, 0, 6, StandardCharsets.US_ASCII).equals("bplist");
        String xml = binary ? commands.run(List.of("plutil", "-convert", "xml1", "-o", "-", file.toString()))
                : new String(bytes, StandardCharsets.UTF_8);
        return topLevelStrings(xml, file);
    }

    /** {@code <key>K</key><string>V</string>} (and integers, reals) of the outermost {@code <dict>}. */
    static Map<String, String> topLevelStrings(String xml, Path file) throws IOException {
        Element dict = firstElement(parse(xml, file).getFirstChild());
        Map<String, String> values = new LinkedHashMap<>();
        if (dict == null || !dict.getTagName().equals("dict")) {
            return values;
        }
        String key = null;
        for (Node node = dict.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (element.getTagName().equals("key")) {
                    key = element.getTextContent();
                } else if (key != null) {
                    if (List.of("string", "integer", "real").contains(element.getTagName())) {
                        values.put(key, element.getTextContent().trim());
                    }
                    key = null;
                }
            }
        }
        return values;
    }

    private static Element firstElement(Node node) {
        for (Node n = node; n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static Element parse(String xml, Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // plists carry Apple's DOCTYPE: skip loading it, and never expand entities
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + " is not a readable property list: " + e.getMessage(), e);
        }
    }
}
