package org.ocoj.plugins.wol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"d8:9e:f3:21:7a:05", "D8-9E-F3-21-7A-05", "d89e.f321.7a05", " d8:9E:f3:21:7a:05 "})
    void colonHyphenAndDottedFormsAreTheSameSixBytes(String text) {
        MacAddress.Parsed parsed = MacAddress.parse(text);

        MacAddress mac = assertInstanceOf(MacAddress.Valid.class, parsed).mac();
        assertEquals("d8:9e:f3:21:7a:05", mac.toString());
        assertEquals(6, mac.bytes().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "?"})
    void unknownValuesAreSkippedAsUnknown(String text) {
        MacAddress.Skipped skipped = assertInstanceOf(MacAddress.Skipped.class, MacAddress.parse(text));

        assertEquals("no MAC address known", skipped.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"; rm -rf /", "$(reboot)", "02:fc:00:00:00:01; reboot", "02:fc:00:00:00:01'", "`id`",
            "02:fc:00:00:00", "02:fc:00:00:00:01:02", "02:fc-00:00:00:01", "0g:fc:00:00:00:01", "02fc00000001"})
    void anythingElseIsNotAMacAddress(String text) {
        MacAddress.Skipped skipped = assertInstanceOf(MacAddress.Skipped.class, MacAddress.parse(text));

        assertEquals(text, skipped.value());
        assertEquals(true, skipped.reason().startsWith("not a MAC address"), skipped.reason());
    }

    @Test
    void magicPacketIsSixFfBytesThenTheMacSixteenTimes() {
        MacAddress mac = ((MacAddress.Valid) MacAddress.parse("02:fc:00:00:00:01")).mac();

        byte[] packet = MagicPacket.of(mac);

        assertEquals(102, packet.length);
        for (int i = 0; i < 6; i++) {
            assertEquals((byte) 0xFF, packet[i]);
        }
        for (int i = 6; i < 102; i++) {
            assertEquals(mac.bytes()[(i - 6) % 6], packet[i]);
        }
    }
}
