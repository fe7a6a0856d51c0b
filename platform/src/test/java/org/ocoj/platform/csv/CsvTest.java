package org.ocoj.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesSeparatorsAndDefusesFormulas() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("computer_id", 7);
        row.put("hostname", "=HYPERLINK(\"x\")");
        row.put("os", "Linux, \"Debian\"");
        row.put("last_ping", null);
        String csv = Csv.write(List.of("computer_id", "hostname", "os", "last_ping"), List.of(row));
        assertEquals("computer_id,hostname,os,last_ping\r\n7,\"'=HYPERLINK(\"\"x\"\")\",\"Linux, \"\"Debian\"\"\",\r\n", csv);
    }
}
