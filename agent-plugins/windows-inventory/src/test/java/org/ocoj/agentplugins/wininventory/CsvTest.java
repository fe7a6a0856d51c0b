package org.ocoj.agentplugins.wininventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What ConvertTo-Csv prints in Windows PowerShell 5.1 (all quoted) and PowerShell 7 (quoted only when needed). */
class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        List<Map<String, String>> rows = Csv.parse("\"Name\",\"Note\"\r\n\"a, b\",\"say \"\"hi\"\"\r\nsecond line\"\r\n\"\",\"x\"\r\n");
        assertEquals(List.of(Map.of("Name", "a, b", "Note", "say \"hi\"\r\nsecond line"), Map.of("Name", "", "Note", "x")), rows);
    }

    @Test
    void readsUnquotedFieldsAndEmptyOutput() throws IOException {
        assertEquals(List.of(Map.of("HotFixID", "KB5034441", "Description", "Security Update")),
                Csv.parse("HotFixID,Description\nKB5034441,Security Update\n"));
        assertEquals(List.of(), Csv.parse(""));
        assertEquals(List.of(), Csv.parse("\"LicenseStatus\"\r\n"));
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsAnError() {
        assertThrows(IOException.class, () -> Csv.parse("\"A\",\"B\"\r\n\"only one\"\r\n"));
    }
}
