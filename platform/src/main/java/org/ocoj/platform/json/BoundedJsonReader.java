package org.ocoj.platform.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON document into maps, lists, strings, numbers, booleans and null — what Jackson's untyped
 * mapping gives, except that the parser's {@link JsonLimits} hold and every number is bounded: a decimal is a
 * {@link BigDecimal} (agent timestamps compare exactly) whose exponent is within {@link JsonLimits#MAX_EXPONENT},
 * so nothing downstream ever expands {@code 1e999999999} into a billion digits.
 */
public final class BoundedJsonReader {

    private BoundedJsonReader() {
    }

    /** A number whose exponent is beyond {@link JsonLimits#MAX_EXPONENT}; the message names where it is. */
    public static final class NumberOutOfRange extends JsonParseException {
        NumberOutOfRange(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /** Reads the whole document; trailing content after it is an error. */
    public static Object read(JsonParser parser) throws IOException {
        if (parser.nextToken() == null) {
            throw new JsonParseException(parser, "no JSON value");
        }
        Object value = value(parser);
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "trailing content after the JSON value");
        }
        return value;
    }

    /** The value at the parser's current token (its children are read too). */
    public static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                Map<String, Object> object = new LinkedHashMap<>();
                for (String key; (key = parser.nextFieldName()) != null; ) {
                    parser.nextToken();
                    object.put(key, value(parser));
                }
                return object;
            case START_ARRAY:
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue(); // Integer, Long or BigInteger of at most MAX_NUMBER_LENGTH digits
            case VALUE_NUMBER_FLOAT:
                return decimal(parser);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    /** The current decimal token, refused when its exponent is out of bounds. */
    public static BigDecimal decimal(JsonParser parser) throws IOException {
        BigDecimal value = new BigDecimal(parser.getText()); // cheap: the text is at most MAX_NUMBER_LENGTH long
        long exponent = (long) value.precision() - value.scale() - 1;
        if (value.signum() != 0 && Math.abs(exponent) > JsonLimits.MAX_EXPONENT) {
            throw new NumberOutOfRange(parser, "the number " + abbreviated(parser.getText()) + " at "
                    + JsonLimits.where(parser) + " is out of range (exponents are limited to ±"
                    + JsonLimits.MAX_EXPONENT + ")");
        }
        return value;
    }

    private static String abbreviated(String text) {
        return text.length() <= 24 ? text : text.substring(0, 24) + "…";
    }
}
