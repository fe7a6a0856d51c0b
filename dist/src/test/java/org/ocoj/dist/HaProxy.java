package org.ocoj.dist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HAProxy (Debian's {@code /usr/sbin/haproxy}) in front of server nodes, with the bundle's own
 * {@code conf/haproxy.cfg.example} — what docs/cluster.md tells an admin to install — changed only where a test
 * must: a free local port instead of :8080, the nodes' addresses, its log to stdout (read here: which node served
 * which request) and no admin socket or 20,000 connections (which need root).
 */
final class HaProxy implements AutoCloseable {

    /** e.g. {@code 127.0.0.1:41234 [03/Dec/2026:08:47:35.244] oco oco_nodes/node1 0/0/0/4/4 200 191 … "POST /api-agent.php HTTP/1.1"} */
    private static final Pattern REQUEST = Pattern.compile(" oco_nodes/(\\S+) \\S+ (\\d{3}) .*\"(\\S+) (\\S+) ");

    final int port;
    private final Process process;
    private final List<String> log = new ArrayList<>();

    private HaProxy(int port, Process process) {
        this.port = port;
        this.process = process;
        Thread reader = new Thread(this::read, "haproxy-log");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts it in front of {@code nodes} (named node1, node2, … in that order) and waits for its port. */
    static HaProxy start(List<URI> nodes) throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        List<String> config = new ArrayList<>();
        for (String line : Files.readAllLines(ServerProcess.home().resolve("conf/haproxy.cfg.example"))) {
            String trimmed = line.trim();
            if (trimmed.startsWith("server ") || trimmed.startsWith("stats socket")) {
                continue;
            }
            if (trimmed.startsWith("log /dev/log")) {
                line = "    log stdout format raw local0";
            } else if (trimmed.startsWith("maxconn ")) {
                line = "    maxconn 2000";
            } else if (trimmed.equals("bind :8080")) {
                line = "    bind 127.0.0.1:" + port;
            }
            config.add(line);
        }
        for (int i = 0; i < nodes.size(); i++) {
            config.add("    server node" + (i + 1) + " 127.0.0.1:" + nodes.get(i).getPort() + " check");
        }
        Path file = Files.createTempFile("oco-it-haproxy", ".cfg");
        Files.write(file, config);
        Process process = new ProcessBuilder(binary(), "-db", "-f", file.toString()).redirectErrorStream(true).start();
        HaProxy proxy = new HaProxy(port, process);
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return proxy;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("haproxy exited: " + proxy.log());
                }
                Thread.sleep(100);
            }
        }
        proxy.close();
        throw new IllegalStateException("haproxy did not open port " + port + ": " + proxy.log());
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /**
     * How many log lines there are once the log has settled: pass it to {@link #servedBy} to look at what came after.
     * HAProxy writes a request's line after the answer went out, so the lines of requests just answered may still be
     * on their way; waiting until no line came for a moment keeps them before the mark.
     */
    int mark() {
        return settledSize();
    }

    /** Requests for {@code path} since {@code mark} once the log has settled, by node, e.g. {@code {node1=3}}. */
    Map<String, Integer> servedBy(int mark, String path) {
        settledSize();
        return count(mark, path);
    }

    /** As {@link #servedBy(int, String)}, waiting up to 10 s for {@code expected} such requests to be logged. */
    Map<String, Integer> servedBy(int mark, String path, int expected) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (count(mark, path).values().stream().mapToInt(Integer::intValue).sum() < expected
                && System.nanoTime() < deadline) {
            sleep(100);
        }
        return servedBy(mark, path);
    }

    /**
     * Waits until {@code node} ({@code node1}, …) served a request for {@code path} that is logged after this call,
     * e.g. a restarted node that HAProxy has taken back; false if none within {@code limit}. Needs requests coming.
     */
    boolean awaitServed(String node, String path, Duration limit) {
        int from = size();
        long deadline = System.nanoTime() + limit.toNanos();
        while (!count(from, path).containsKey(node)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(100);
        }
        return true;
    }

    private int settledSize() {
        int size = size();
        for (long deadline = System.nanoTime() + 5_000_000_000L; System.nanoTime() < deadline; ) {
            sleep(300);
            int now = size();
            if (now == size) {
                return now;
            }
            size = now;
        }
        return size;
    }

    private synchronized Map<String, Integer> count(int mark, String path) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : log.subList(mark, log.size())) {
            Matcher m = REQUEST.matcher(line);
            if (m.find() && m.group(4).equals(path)) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
        }
        return counts;
    }

    private synchronized int size() {
        return log.size();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    synchronized String log() {
        return String.join("\n", log);
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                synchronized (this) {
                    log.add(line);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static String binary() {
        return Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
    }

    @Override
    public void close() {
        process.destroy();
    }
}
