package org.ocoj.plugins.wol;

import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A validated MAC address (6 bytes). Parses the colon, hyphen and dotted forms (SPEC §7) — upstream only sent
 * correct packets for the colon form; every form here yields the same 6 bytes.
 */
public record MacAddress(byte[] bytes) {

    private static final Pattern COLON = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    private static final Pattern HYPHEN = Pattern.compile("[0-9a-f]{2}(-[0-9a-f]{2}){5}");
    private static final Pattern DOTTED = Pattern.compile("[0-9a-f]{4}(\\.[0-9a-f]{4}){2}");

    public MacAddress {
        if (bytes.length != 6) {
            throw new IllegalArgumentException("a MAC address has 6 bytes, not " + bytes.length);
        }
        bytes = bytes.clone();
    }

    /** What the inventory says about one MAC value: usable, or skipped with a reason. */
    public sealed interface Parsed permits Valid, Skipped {
    }

    public record Valid(MacAddress mac) implements Parsed {
    }

    /** @param value the value as stored, for the report; @param reason why it is not used */
    public record Skipped(String value, String reason) implements Parsed {
    }

    /** Checks an inventory value: empty, {@code -} and {@code ?} mean unknown; anything else must be a MAC. */
    public static Parsed parse(String value) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("-") || text.equals("?")) {
            return new Skipped(value == null ? "" : value, "no MAC address known");
        }
        if (COLON.matcher(text).matches() || HYPHEN.matcher(text).matches() || DOTTED.matcher(text).matches()) {
            return new Valid(new MacAddress(HexFormat.of().parseHex(text.replaceAll("[:.-]", ""))));
        }
        return new Skipped(value, "not a MAC address (expected aa:bb:cc:dd:ee:ff, aa-bb-cc-dd-ee-ff or aabb.ccdd.eeff)");
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Lower-case colon form, e.g. {@code 02:fc:00:00:00:01}: only hex digits and colons. */
    @Override
    public String toString() {
        return HexFormat.ofDelimiter(":").formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MacAddress && java.util.Arrays.equals(bytes, ((MacAddress) other).bytes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bytes);
    }
}
