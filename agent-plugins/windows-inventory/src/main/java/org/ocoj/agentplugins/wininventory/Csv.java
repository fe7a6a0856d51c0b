package org.ocoj.agentplugins.wininventory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what PowerShell's {@code ConvertTo-Csv -NoTypeInformation} prints: a header line, then one line per
 * object, every field in double quotes with {@code ""} for a quote (Windows PowerShell 5.1 quotes all of them;
 * 7 may leave them out, both are read). A field may span lines.
 */
final class Csv {

    private Csv() {
    }

    static List<Map<String, String>> parse(String text) throws IOException {
        List<List<String>> rows = rows(text);
        List<Map<String, String>> objects = new ArrayList<>();
        if (rows.isEmpty()) {
            return objects;
        }
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() != header.size()) {
                throw new IOException("CSV line with " + row.size() + " fields, the header " + header + " has " + header.size());
            }
            Map<String, String> object = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                object.put(header.get(i), row.get(i));
            }
            objects.add(object);
        }
        return objects;
    }

    private static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
