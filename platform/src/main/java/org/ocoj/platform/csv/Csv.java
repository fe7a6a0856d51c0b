package org.ocoj.platform.csv;

import java.util.List;
import java.util.Map;

/**
 * Rows as CSV for reports and the computer list (RFC 4180: comma, CRLF, quotes doubled). Cells starting with
 * {@code = + - @} get a leading apostrophe so a spreadsheet does not run them as formulas (a hostname is
 * agent-controlled).
 */
public final class Csv {

    private Csv() {
    }

    public static String write(List<String> header, List<Map<String, Object>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, header.stream().map(h -> (Object) h).toList());
        for (Map<String, Object> row : rows) {
            line(csv, header.stream().map(row::get).toList());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    public static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
