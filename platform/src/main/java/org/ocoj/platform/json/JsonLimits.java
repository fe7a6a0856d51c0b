package org.ocoj.platform.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * What any JSON request may cost before it is refused (issue 16, docs/protocol.md "Limits and validation"):
 * enforced by the parser while it reads, so a hostile document never gets built. Generous for real agents:
 * the captured inventory (805 packages) has about 6,600 tokens and nests 6 deep; 20,000 packages, the most an
 * update may carry, are about 170,000 tokens.
 */
public final class JsonLimits {

    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_NUMBER_LENGTH = 100;
    public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;
    public static final long MAX_TOKEN_COUNT = 2_000_000;
    /** Largest decimal exponent of a number: 1e400 is still text of 400 digits, 1e999999999 is not. */
    public static final int MAX_EXPONENT = 400;

    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxTokenCount(MAX_TOKEN_COUNT)
            .build();

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private JsonLimits() {
    }

    /** A limit the parser refused, in words, without Jackson's names for it. */
    public static String describe(StreamConstraintsException e) {
        return e.getOriginalMessage().replaceAll(", from `[^`]*`", "");
    }

    /** Where the parser is, as a JSON pointer ({@code /params/data/networks/0}); {@code the top level} at the root. */
    public static String where(JsonParser parser) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return pointer.isEmpty() ? "the top level" : pointer;
    }

    /** The factory every request parser is created from. */
    public static JsonFactory factory() {
        return FACTORY;
    }
}
