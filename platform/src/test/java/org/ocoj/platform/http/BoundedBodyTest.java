package org.ocoj.platform.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    /** The exception a caller would map to its HTTP status. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private static byte[] read(byte[] body, long declared, long limit) throws IOException {
        return BoundedBody.read(new ByteArrayInputStream(body), declared, limit, Refused::new);
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'x');
        return b;
    }

    @Test
    void aBodyOfTheDeclaredLengthIsReadWhole() throws IOException {
        assertArrayEquals(bytes(20_000), read(bytes(20_000), 20_000, 100_000));
    }

    @Test
    void aBodyWithoutADeclaredLengthIsReadToItsEnd() throws IOException {
        assertArrayEquals(bytes(50_000), read(bytes(50_000), -1, 100_000));
        assertArrayEquals(new byte[0], read(new byte[0], -1, 100_000));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        Refused e = assertThrows(Refused.class, () -> read(bytes(10), 200_001, 200_000));
        assertEquals(413, e.status);
        assertEquals("Request body too large: the limit is 200000 bytes", e.getMessage());
    }

    @Test
    void anUndeclaredBodyOverTheLimitIsRefusedWhileReading() {
        assertEquals(413, assertThrows(Refused.class, () -> read(bytes(100_001), -1, 100_000)).status);
    }

    @Test
    void moreBytesThanDeclaredAreRefused() {
        assertEquals(413, assertThrows(Refused.class, () -> read(bytes(101), 100, 100_000)).status);
    }

    @Test
    void aBodyBufferedBeforeDispatchIsHandedOverWithoutACopy() throws IOException {
        byte[] body = bytes(15_000_000);
        assertSame(body, BoundedBody.read(new BufferedBodyRequest.Body(body), body.length, 16_000_000, Refused::new),
                "one array per body: a copy doubled the memory four concurrent 15 MB bodies take");
        BufferedBodyRequest.Body started = new BufferedBodyRequest.Body(bytes(10));
        started.read();
        assertArrayEquals(bytes(9), BoundedBody.read(started, -1, 100, Refused::new));
        assertEquals(413, assertThrows(Refused.class, () -> BoundedBody.read(new BufferedBodyRequest.Body(bytes(101)),
                -1, 100, Refused::new)).status);
    }

    @Test
    void aBodyShorterThanDeclaredIsWhatArrived() throws IOException {
        assertArrayEquals(bytes(10), read(bytes(10), 50, 100));
    }
}
