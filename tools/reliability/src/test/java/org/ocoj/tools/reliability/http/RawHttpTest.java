package org.ocoj.tools.reliability.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawHttpTest {

    @Test
    void readsAChunkedAnswerWithItsHeaders() throws IOException {
        Answer answer = RawHttp.read(input("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n3;x=y\r\n1}\n\r\n0\r\n\r\n"));

        assertEquals(413, answer.status());
        assertEquals("application/json", answer.header("Content-Type"));
        assertEquals("{\"a\":1}\n", answer.body());
    }

    @Test
    void readsAnAnswerWithAContentLength() throws IOException {
        Answer answer = RawHttp.read(input("HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nnoMORE"));

        assertEquals(404, answer.status());
        assertEquals("no", answer.body());
    }

    @Test
    void aClosedConnectionIsNoAnswer() throws IOException {
        Answer answer = RawHttp.read(input(""));

        assertFalse(answer.answered());
        assertEquals("no answer (connection closed without an answer)", answer.summary());
    }

    @Test
    void aRepeatedBodyHasExactlyItsDeclaredLength() throws IOException {
        RawHttp.Body body = RawHttp.Body.repeated(bytes("["), bytes("{},"), bytes("{}]"), 200_003);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        body.writeTo(out);

        String text = out.toString(StandardCharsets.US_ASCII);
        assertEquals(200_003, text.length());
        assertEquals("[{},{},", text.substring(0, 7));
        assertEquals("{}]", text.substring(text.length() - 3));
    }

    private static ByteArrayInputStream input(String text) {
        return new ByteArrayInputStream(bytes(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
