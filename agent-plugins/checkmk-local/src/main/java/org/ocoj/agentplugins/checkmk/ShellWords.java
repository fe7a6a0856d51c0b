package org.ocoj.agentplugins.checkmk;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the leading words of a line with POSIX shell quoting, as Python's {@code shlex.split} does for the
 * upstream agent (SPEC §6): whitespace separates words; {@code '…'} is literal; inside {@code "…"} a
 * backslash escapes only {@code "} and {@code \}; outside quotes a backslash makes the next character
 * literal. Adjacent parts join ({@code a"b c"} is one word {@code ab c}); {@code ""} is an empty word.
 */
final class ShellWords {

    /** The first words and the unparsed remainder of the line (leading and trailing whitespace removed). */
    record Split(List<String> words, String rest) {
    }

    /** A line whose quoting is broken. */
    static final class QuotingException extends Exception {
        QuotingException(String message) {
            super(message);
        }
    }

    private ShellWords() {
    }

    static Split leading(String line, int count) throws QuotingException {
        List<String> words = new ArrayList<>(count);
        int i = skipBlanks(line, 0);
        while (words.size() < count && i < line.length()) {
            StringBuilder word = new StringBuilder();
            i = readWord(line, i, word);
            words.add(word.toString());
            i = skipBlanks(line, i);
        }
        return new Split(words, line.substring(i).strip());
    }

    private static int readWord(String line, int start, StringBuilder word) throws QuotingException {
        int i = start;
        while (i < line.length() && !isBlank(line.charAt(i))) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new QuotingException("no closing quotation (')");
                }
                word.append(line, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                i = readDoubleQuoted(line, i + 1, word);
            } else if (c == '\\') {
                if (i + 1 >= line.length()) {
                    throw new QuotingException("no character after a backslash at the end");
                }
                word.append(line.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        return i;
    }

    /** Reads up to and including the closing quote; returns the index after it. */
    private static int readDoubleQuoted(String line, int start, StringBuilder word) throws QuotingException {
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new QuotingException("no closing quotation (\")");
    }

    private static int skipBlanks(String line, int start) {
        int i = start;
        while (i < line.length() && isBlank(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
