package org.ocoj.platform.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.BiFunction;

/** Reads a request body up to a limit; a larger one is refused before (or while) it is read. */
public final class BoundedBody {

    private BoundedBody() {
    }

    public static String tooLargeMessage(long limit) {
        return "Request body too large: the limit is " + limit + " bytes";
    }

    /**
     * @param declaredLength the Content-Length, or -1
     * @param tooLarge       builds the exception for HTTP 413 from (status, message)
     */
    public static <E extends RuntimeException> byte[] read(InputStream in, long declaredLength, long limit,
                                                           BiFunction<Integer, String, E> tooLarge)
            throws IOException {
        if (declaredLength > limit) {
            throw tooLarge.apply(413, tooLargeMessage(limit));
        }
        byte[] buffered = in instanceof BufferedBodyRequest.Body body ? body.takeWhole() : null;
        if (buffered != null) { // read already by AsyncBodyFilter: take its array as it is
            if (buffered.length > limit) {
                throw tooLarge.apply(413, tooLargeMessage(limit));
            }
            return buffered;
        }
        if (declaredLength > 0) { // the common case: exactly one array of the declared size, no copies
            byte[] body = new byte[(int) declaredLength];
            int n = in.readNBytes(body, 0, body.length);
            if (in.read() != -1) {
                throw tooLarge.apply(413, "Request body longer than its Content-Length");
            }
            return n == body.length ? body : Arrays.copyOf(body, n);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                throw tooLarge.apply(413, tooLargeMessage(limit));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
