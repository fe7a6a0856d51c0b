package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.tools.reliability.http.Answer;
import org.ocoj.tools.reliability.http.RawHttp;

/**
 * Slow request bodies (a "slowloris" on the body): 300 connections each declare a 100 KB body and send one byte
 * every two seconds — more than the server has request threads (200), on every path that reads a body. The web UI, the client API, the agent API and
 * the UI login must keep answering, and a body that does not arrive in time is refused (408).
 */
@ExtendWith(SharedServer.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SlowBodyIT {

    /** More than the server's 200 request threads. */
    private static final int CONNECTIONS = 300;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);
    /** Under the agent body limit (16 MiB). */
    private static final int LARGE_BODY = 15_000_000;

    private final SharedServer.Running server = SharedServer.get();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final RawHttp http = new RawHttp(server.url().getHost(), server.url().getPort());
    private final List<Socket> slow = new ArrayList<>();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void closeSlowConnections() throws IOException {
        trickle.shutdownNow();
        for (Socket socket : slow) {
            socket.close();
        }
        slow.clear();
    }

    /** A body that declares its length; the test writes its bytes itself (or not). */
    private record DeclaredLength(long length) implements RawHttp.Body {
        @Override
        public void writeTo(java.io.OutputStream out) {
            throw new UnsupportedOperationException("written by the test, byte by byte");
        }
    }

    @Test
    void slowBodiesDoNotTakeTheUiOrTheApisDown() throws Exception {
        String[] paths = {"/api-agent.php", "/api-client.php", "/ui-session/login"};
        for (int i = 0; i < CONNECTIONS; i++) {
            slow.add(startSlowBody(paths[i % paths.length]));
        }
        trickle.scheduleWithFixedDelay(this::sendOneByteEach, 2, 2, TimeUnit.SECONDS);
        Thread.sleep(1000); // let them all reach the server

        assertEquals(200, send(HttpRequest.newBuilder(url("/")).GET()).statusCode(), "the web UI");
        assertEquals(200, server.clientApi().call("oco.info", Map.of()).status(), "the client API");
        HttpResponse<String> login = send(HttpRequest.newBuilder(url("/ui-session/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + SharedServer.ADMIN_PASSWORD + "\"}")));
        assertEquals(200, login.statusCode(), login.body());
        AgentClient agent = server.agent("slow-body-probe");
        TestAccess.setSelfRegistration(server, true);
        try {
            AgentClient.Reply hello = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
            assertEquals(200, hello.status(), hello.body());
        } finally {
            TestAccess.setSelfRegistration(server, false);
        }
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIsRefusedWith408() throws Exception {
        Socket socket = startSlowBody("/api-agent.php");
        slow.add(socket);
        Answer answer = RawHttp.read(socket.getInputStream());
        assertEquals(408, answer.status(), answer.summary());
        assertTrue(answer.body().contains("\"message\":\"The request body did not arrive within"), answer.summary());
    }

    /**
     * Unauthenticated clients declaring large bodies and sending them slowly hold server memory, not threads: the
     * body budget (SharedServer: {@value SharedServer#BODY_BUDGET_BYTES} bytes, three quarters of it for large bodies)
     * refuses the next one with 429 and Retry-After before allocating it, small requests are still taken, and the
     * bytes are free again once those requests are answered (408) or gone.
     */
    @Test
    void largeBodiesBeyondTheMemoryBudgetAreRefusedUnreadUntilItIsFreeAgain() throws Exception {
        Answer refused = null;
        int accepted = 0;
        for (int i = 0; i < 10 && refused == null; i++) {
            Socket socket = startSlowBody("/api-agent.php", LARGE_BODY);
            slow.add(socket);
            Answer answer = answerWithin(socket, Duration.ofSeconds(2));
            if (answer == null) {
                accepted++; // still being received: its bytes are reserved
            } else {
                refused = answer;
            }
        }
        assertTrue(accepted >= 1, "a 15 MB body fits into the budget (the previous test's leftovers hold at most "
                + "31 MB of it until their 408)");
        assertTrue(refused != null, "a body beyond the budget is refused; accepted " + accepted);
        assertEquals(429, refused.status(), refused.summary());
        assertEquals("5", refused.header("Retry-After"), refused.summary());
        assertTrue(refused.body().contains("too many large requests at once"), refused.summary());
        assertEquals(200, server.clientApi().call("oco.info", Map.of()).status(),
                "small requests keep their quarter of the budget while large ones hold the rest");

        closeSlowConnections();
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        Answer again;
        do { // the server frees the bytes when it notices the closed connections, at the latest at their 408
            Thread.sleep(500);
            try (Socket socket = startSlowBody("/api-agent.php", LARGE_BODY)) {
                again = answerWithin(socket, Duration.ofSeconds(1));
            }
        } while (again != null && again.status() == 429 && System.nanoTime() < deadline);
        assertTrue(again == null, "a 15 MB body is accepted again once the slow ones are gone: "
                + (again == null ? "" : again.summary()));
    }

    /** The answer on {@code socket} if one comes within {@code wait}; null if the server is still reading. */
    private static Answer answerWithin(Socket socket, Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        try {
            return RawHttp.read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    /** Headers and the first byte of a 100 KB JSON body; the rest comes one byte at a time, or never. */
    private Socket startSlowBody(String path) throws IOException {
        return startSlowBody(path, 102_400);
    }

    private Socket startSlowBody(String path, int declaredLength) throws IOException {
        String auth = Base64.getEncoder().encodeToString(("admin:" + SharedServer.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8)); // the client API reads the body only after a valid login
        RawHttp.Request request = RawHttp.Request.post(path, "application/json", new byte[0],
                Map.of("Authorization", "Basic " + auth)).withBody(new DeclaredLength(declaredLength));
        Socket socket = http.openWithHead(request, null, Duration.ofSeconds(60));
        socket.getOutputStream().write('[');
        socket.getOutputStream().flush();
        return socket;
    }

    private void sendOneByteEach() {
        for (Socket socket : slow) {
            try {
                socket.getOutputStream().write(' ');
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // refused or timed out by the server: that one is done
            }
        }
    }

    private URI url(String path) {
        return server.url().resolve(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(ANSWER_WITHIN).build(), HttpResponse.BodyHandlers.ofString());
    }
}
