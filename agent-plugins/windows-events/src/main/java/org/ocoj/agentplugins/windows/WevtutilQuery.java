package org.ocoj.agentplugins.windows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A rule's event log {@code QueryList} as {@code wevtutil qe} calls: one per {@code <Select>}, on the
 * select's {@code Path}, else its query's {@code Path}, else the rule's log. {@code <Suppress>} is not
 * supported by {@code wevtutil /q:} and is ignored.
 */
record WevtutilQuery(String path, String xpath) {

    static List<WevtutilQuery> fromQueryList(String log, String queryList) throws IOException {
        Document document = XmlDocuments.parse(queryList);
        NodeList selects = document.getElementsByTagNameNS("*", "Select");
        List<WevtutilQuery> queries = new ArrayList<>();
        for (int i = 0; i < selects.getLength(); i++) {
            Element select = (Element) selects.item(i);
            Element query = select.getParentNode() instanceof Element parent ? parent : null;
            String path = !select.getAttribute("Path").isEmpty() ? select.getAttribute("Path")
                    : query != null && !query.getAttribute("Path").isEmpty() ? query.getAttribute("Path") : log;
            queries.add(new WevtutilQuery(path, select.getTextContent().trim()));
        }
        if (queries.isEmpty()) {
            throw new IOException("event log query without <Select>: " + queryList);
        }
        return queries;
    }

    /** Newest first ({@code /rd:true}), at most {@code max} events, as XML. */
    List<String> command(String wevtutil, int max) {
        return List.of(wevtutil, "qe", path, "/q:" + xpath, "/f:xml", "/rd:true", "/c:" + max);
    }
}
