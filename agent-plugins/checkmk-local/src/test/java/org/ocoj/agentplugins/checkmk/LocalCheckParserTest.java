package org.ocoj.agentplugins.checkmk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocoj.api.agent.ServiceCheck;

/** The local-check line format, case by case as CheckMK's documentation of local checks shows it. */
class LocalCheckParserTest {

    private static List<ServiceCheck> parse(String output) {
        return LocalCheckParser.parse(output, "local check test.sh");
    }

    private static ServiceCheck only(String line) {
        List<ServiceCheck> services = parse(line);
        assertEquals(1, services.size(), () -> "one service from " + line + ": " + services);
        return services.get(0);
    }

    @Test
    void readsStatusNameMetricsAndDetails() {
        assertEquals(new ServiceCheck("0", "myservice", "myvalue=73;80;90", "My output text which may contain spaces"),
                only("0 myservice myvalue=73;80;90 My output text which may contain spaces"));
    }

    @Test
    void readsEveryStatusIncludingPAndNoMetrics() {
        List<ServiceCheck> services = parse("0 a - ok\n1 b - warn\n2 c - crit\n3 d - unknown\nP e count=40;30;50 computed\n");
        assertEquals(List.of("0", "1", "2", "3", "P"), services.stream().map(ServiceCheck::status).toList());
        assertEquals("-", services.get(0).metrics());
    }

    @Test
    void keepsPerfdataWithThresholdsRangesAndSeveralMetricsAsWritten() {
        ServiceCheck lower = only("P \"Service with P lower\" count=40;30:50;10:60 lower and upper levels");
        assertEquals("P", lower.status());
        assertEquals("count=40;30:50;10:60", lower.metrics());
        assertEquals("count1=42|count2=21;23;27|count3=73", only("0 \"Multiple values\" count1=42|count2=21;23;27|count3=73 "
                + "text").metrics());
        assertEquals("temp=25.3C;40;50;0;100", only("P Temperature temp=25.3C;40;50;0;100 from the sensor").metrics());
    }

    @Test
    void readsQuotedNamesWithSpacesAndEscapedQuotes() {
        assertEquals("My service", only("0 \"My service\" - all good").name());
        assertEquals("single quoted name", only("0 'single quoted name' - all good").name());
        assertEquals("say \"hi\"", only("0 \"say \\\"hi\\\"\" - all good").name());
        assertEquals("a b", only("0 a\\ b - escaped blank").name());
        assertEquals("ab c", only("0 a\"b c\" - joined parts").name());
    }

    @Test
    void keepsTheRestOfTheLineAsDetailsWithApostrophesAndSpacing() {
        ServiceCheck service = only("0 svc -   it's fine,  \"really\"   ");
        assertEquals("it's fine,  \"really\"", service.details());
    }

    @Test
    void turnsBackslashNIntoLineBreaksForMultiLineDetails() {
        assertEquals("summary\nsecond line\nthird line", only("1 \"Multi line\" - summary\\nsecond line\\nthird line").details());
    }

    @Test
    void ignoresBlankLinesHeadersAndLinesWithFewerThanFourWords() {
        assertEquals(List.of(), parse("\n   \n<<<local>>>\n0 svc -\n0 svc\n0\n0 \"only name\" -   \n"));
    }

    @Test
    void handlesCrlfOutput() {
        List<ServiceCheck> services = parse("0 a - first\r\n1 \"b c\" x=1 second\r\n");
        assertEquals(List.of(new ServiceCheck("0", "a", "-", "first"), new ServiceCheck("1", "b c", "x=1", "second")),
                services);
    }

    @Test
    void reportsAnUnknownStatusWordAsUnknownWithTheReason() {
        ServiceCheck service = only("OK disk - 20% used");
        assertEquals("3", service.status());
        assertEquals("disk", service.name());
        assertEquals("invalid status 'OK' (expected 0, 1, 2, 3 or P): 20% used", service.details());
        assertEquals("3", only("5 disk - out of range").status());
    }

    @Test
    void reportsBrokenQuotingAndEmptyNamesAsUnknownNamedAfterTheLine() {
        List<ServiceCheck> services = parse("0 ok - fine\n0 \"unterminated - details here\n0 \"\" - no name\n");
        assertEquals(3, services.size());
        assertEquals(new ServiceCheck("3", "local check test.sh line 2", "-",
                "cannot parse: no closing quotation (\"): 0 \"unterminated - details here"), services.get(1));
        assertEquals("local check test.sh line 3", services.get(2).name());
        assertTrue(services.get(2).details().startsWith("cannot parse: empty service name"));
    }

    @Test
    void decodesUtf8Cp1252AndCp850Output() {
        assertEquals("0 Temp - 25 °C", OutputDecoder.decode("0 Temp - 25 °C".getBytes(StandardCharsets.UTF_8)));
        byte[] cp1252 = {'0', ' ', 'T', ' ', '-', ' ', '2', '5', ' ', (byte) 0xB0, 'C', ' ', (byte) 0x80};
        assertEquals("0 T - 25 °C €", OutputDecoder.decode(cp1252));
        byte[] cp850 = {'0', ' ', 'T', ' ', '-', ' ', 'M', (byte) 0x81, 'n', 'c', 'h', 'e', 'n'}; // 0x81 is unused in cp1252
        assertEquals("0 T - München", OutputDecoder.decode(cp850));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '0', ' ', 'a', ' ', '-', ' ', 'x'};
        assertEquals(new ServiceCheck("0", "a", "-", "x"), only(OutputDecoder.decode(bom)));
    }
}
