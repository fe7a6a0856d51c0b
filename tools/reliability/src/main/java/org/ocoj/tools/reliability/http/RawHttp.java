package org.ocoj.tools.reliability.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what ordinary clients refuse to do: send a request line exactly as written
 * (path traversal), bind a chosen loopback source address (login throttling per address), declare a body and
 * send it slowly or not at all, stream hundreds of megabytes and still read an early answer (413). One request
 * per connection ({@code Connection: close}).
 */
public final class RawHttp {

    private static final int CHUNK = 64 * 1024;

    private final InetSocketAddress server;

    public RawHttp(String host, int port) {
        this.server = new InetSocketAddress(host, port);
    }

    /** What to send after the head: nothing, fixed bytes, or {@code length} bytes made by {@code filler}. */
    public interface Body {
        long length();

        void writeTo(OutputStream out) throws IOException;

        static Body empty() {
            return of(new byte[0]);
        }

        static Body of(byte[] bytes) {
            return new Body() {
                public long length() {
                    return bytes.length;
                }

                public void writeTo(OutputStream out) throws IOException {
                    out.write(bytes);
                }
            };
        }

        /** {@code length} bytes: {@code first}, then {@code repeated} again and again, then {@code last}. */
        static Body repeated(byte[] first, byte[] repeated, byte[] last, long length) {
            return new Body() {
                public long length() {
                    return length;
                }

                public void writeTo(OutputStream out) throws IOException {
                    out.write(first);
                    long left = length - first.length - last.length;
                    byte[] chunk = new byte[Math.max(repeated.length, CHUNK - CHUNK % repeated.length)];
                    for (int i = 0; i < chunk.length; i++) {
                        chunk[i] = repeated[i % repeated.length];
                    }
                    while (left > 0) {
                        int n = (int) Math.min(left, chunk.length);
                        out.write(chunk, 0, n);
                        left -= n;
                    }
                    out.write(last);
                }
            };
        }
    }

    /** A request: method, target exactly as it goes on the request line, extra headers, body. */
    public record Request(String method, String target, Map<String, String> headers, Body body) {

        public static Request get(String target) {
            return new Request("GET", target, Map.of(), Body.empty());
        }

        public static Request post(String target, String contentType, byte[] body, Map<String, String> headers) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put("Content-Type", contentType);
            return new Request("POST", target, all, Body.of(body));
        }

        public Request withHeader(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(name, value);
            return new Request(method, target, all, body);
        }

        public Request withBody(Body newBody) {
            return new Request(method, target, headers, newBody);
        }
    }

    public Answer send(Request request, Duration timeout) {
        return send(request, null, timeout);
    }

    /** Sends {@code request} from {@code source} (null: any) and reads the answer within {@code timeout}. */
    public Answer send(Request request, InetAddress source, Duration timeout) {
        try (Socket socket = open(source, timeout)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(request).getBytes(StandardCharsets.ISO_8859_1));
            try {
                request.body().writeTo(out);
                out.flush();
            } catch (IOException e) {
                // the server may answer (413) and close before the whole body is sent: read what it said
                return readAnswerAfterWriteFailure(socket, e);
            }
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            return Answer.none("timeout after " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return Answer.none(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** An open connection whose head went out; the caller sends the body bytes (slowly) and reads the answer. */
    public Socket openWithHead(Request request, InetAddress source, Duration timeout) throws IOException {
        Socket socket = open(source, timeout);
        socket.getOutputStream().write(head(request).getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    private Socket open(InetAddress source, Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            if (source != null) {
                socket.bind(new InetSocketAddress(source, 0));
            }
            socket.connect(server, (int) Math.min(timeout.toMillis(), 10_000));
            socket.setSoTimeout((int) timeout.toMillis());
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private String head(Request request) {
        StringBuilder head = new StringBuilder();
        head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(server.getHostString()).append(':').append(server.getPort()).append("\r\n");
        head.append("Connection: close\r\n");
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (!request.method().equals("GET") || request.body().length() > 0) {
            head.append("Content-Length: ").append(request.body().length()).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static Answer readAnswerAfterWriteFailure(Socket socket, IOException writeFailure) {
        try {
            Answer answer = read(socket.getInputStream());
            return answer.answered() ? answer : Answer.none("connection closed while sending: " + writeFailure.getMessage());
        } catch (IOException e) {
            return Answer.none("connection closed while sending: " + writeFailure.getMessage());
        }
    }

    /** Reads one answer: status line, headers, then a Content-Length, chunked or until-close body. */
    public static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            return Answer.none("connection closed without an answer");
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            return Answer.none("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes((int) Math.min(Long.parseLong(headers.get("content-length")), 16 << 20));
        } else {
            body = in.readNBytes(16 << 20);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), null);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = line(in); size != null; size = line(in)) {
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                break;
            }
            body.write(in.readNBytes(length));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
