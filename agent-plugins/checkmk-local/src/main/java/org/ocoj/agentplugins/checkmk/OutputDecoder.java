package org.ocoj.agentplugins.checkmk;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes script output like upstream (SPEC §6): UTF-8 if the bytes are valid UTF-8, else Windows-1252,
 * else code page 850 (which maps every byte). A UTF-8 byte order mark is dropped.
 */
final class OutputDecoder {

    private static final List<Charset> FALLBACKS = List.of(StandardCharsets.UTF_8,
            charset("windows-1252"), charset("IBM850"));

    private OutputDecoder() {
    }

    static String decode(byte[] bytes) {
        for (Charset charset : FALLBACKS) {
            try {
                String text = charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1); // not reached when IBM850 exists
    }

    private static Charset charset(String name) {
        return Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.ISO_8859_1;
    }
}
