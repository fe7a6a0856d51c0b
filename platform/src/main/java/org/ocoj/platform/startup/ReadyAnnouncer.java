package org.ocoj.platform.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.logging.Logger;

/**
 * Prints the "ready" line only when the server really answers HTTP: the application finishes its own
 * start-up before Payara opens it to requests, so the line is printed after a successful {@code /health/ready}
 * (which also means that the database answers).
 */
@ApplicationScoped
public class ReadyAnnouncer {

    private static final Logger LOG = Logger.getLogger(ReadyAnnouncer.class.getName());
    private static final int ATTEMPTS = 600;

    @Resource
    ManagedExecutorService executor;

    void announceWhenServing(int port, String line) {
        executor.submit(() -> {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                if (healthy(port)) {
                    System.out.println(line);
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            LOG.warning("The server did not answer on port " + port + " within a minute of starting");
        });
    }

    private static boolean healthy(int port) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/health/ready")
                    .openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(1000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }
}
