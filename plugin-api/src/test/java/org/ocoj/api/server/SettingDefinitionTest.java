package org.ocoj.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocoj.api.server.SettingDefinition.Type;

class SettingDefinitionTest {

    private final SettingDefinition port = SettingDefinition.of("x.port", Type.INTEGER, "9", "port").withRange(1, 65_535);
    private final SettingDefinition secret = SettingDefinition.of("x.secret", Type.STRING, "", "secret")
            .withPattern(".{16,}", "at least 16 characters");

    @Test
    void aRangeRefusesWhatLiesOutsideInWords() {
        assertEquals(Optional.empty(), port.validate("1"));
        assertEquals(Optional.empty(), port.validate("65535"));
        assertEquals(Optional.of("must be a whole number from 1 to 65535"), port.validate("70000"));
        assertEquals(Optional.of("must be a whole number from 1 to 65535"), port.validate("0"));
        assertEquals(Optional.of("must be a whole number from 1 to 65535"), port.validate("1e3"));
        assertEquals(Optional.of("must be a whole number of at least 0"),
                SettingDefinition.of("x.days", Type.INTEGER, "1", "d").withRange(0, Long.MAX_VALUE).validate("-1"));
    }

    @Test
    void aPatternMustMatchTheWholeValue() {
        assertEquals(Optional.empty(), secret.validate("0123456789abcdef"));
        assertEquals(Optional.of("must be at least 16 characters"), secret.validate("short"));
    }

    @Test
    void limitsGoWithTheirTypeAndKeepTheRest() {
        assertThrows(IllegalArgumentException.class, () -> secret.withRange(1, 2));
        assertThrows(IllegalArgumentException.class, () -> port.withPattern("x", "x"));
        assertThrows(IllegalArgumentException.class, () -> port.withRange(5, 1));
        assertEquals("x.port", port.withConfigProperty("x.port").key());
        assertEquals(65_535, port.withConfigProperty("x.port").limits().max(), "a config property keeps the range");
    }
}
