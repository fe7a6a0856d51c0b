package org.ocoj.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The real upstream agent requests of shared/protocol/captures, re-addressed for a test. */
public final class Captures {

    private Captures() {
    }

    /** A capture as a mutable envelope (ordered maps). */
    static Map<String, Object> load(String name) {
        Path file = Path.of(System.getProperty("oco.captures", "src/test/resources/captures"), name);
        try {
            return Json.object(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The capture's {@code params.data}. */
    public static Map<String, Object> data(String name) {
        return Json.at(load(name), "params", "data");
    }

    static BigDecimal seconds(double value) {
        return BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP);
    }
}
