package org.ocoj.agent.protocol;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.ocoj.agent.config.AtomicFiles;
import org.ocoj.agent.config.ConfigException;

/**
 * Replay protection for server responses (SPEC 1.6 step 3): a response's {@code result.timestamp} must be
 * strictly newer than the last accepted one. The value survives restarts in a file shared by all servers,
 * like upstream's {@code oco-agent.timestamp}.
 *
 * <p>Unlike upstream, the caller checks the signature first (SPEC 9.5), and a timestamp further ahead of
 * the local clock than {@code maxAhead} is refused: one forged or millisecond-valued timestamp would
 * otherwise lock the agent out for good.
 */
public final class ServerTimestampGuard {
    private static final Logger LOG = Logger.getLogger(ServerTimestampGuard.class.getName());

    private final Path file;
    private final Clock clock;
    private final Duration maxAhead;
    private BigDecimal last;

    private ServerTimestampGuard(Path file, Clock clock, Duration maxAhead, BigDecimal last) {
        this.file = file;
        this.clock = clock;
        this.maxAhead = maxAhead;
        this.last = last;
    }

    /** Reads the last accepted timestamp; a missing file means "never talked to a server". */
    public static ServerTimestampGuard load(Path file, Clock clock, Duration maxAhead) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (NoSuchFileException e) {
            return new ServerTimestampGuard(file, clock, maxAhead, BigDecimal.ZERO);
        } catch (IOException e) {
            throw new ConfigException("cannot read server timestamp file " + file + ": " + e.getMessage(), e);
        }
        try {
            return new ServerTimestampGuard(file, clock, maxAhead, text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new ConfigException("server timestamp file " + file + " holds '" + text
                    + "', not a number; delete the file to reset replay protection");
        }
    }

    /** The last accepted server timestamp (0 if none). */
    public synchronized BigDecimal last() {
        return last;
    }

    /**
     * Accepts {@code timestamp} if it is newer than the last one and plausible, and remembers it.
     *
     * @throws ProtocolException ({@link ProtocolException.Kind#BAD_TIMESTAMP}) otherwise; nothing changes
     */
    public synchronized void accept(BigDecimal timestamp) throws ProtocolException {
        if (timestamp.compareTo(last) <= 0) {
            throw new ProtocolException(ProtocolException.Kind.BAD_TIMESTAMP, "server timestamp "
                    + timestamp.toPlainString() + " is not newer than the last accepted " + last.toPlainString()
                    + " (replayed or forged response?)");
        }
        BigDecimal limit = BigDecimal.valueOf(clock.millis()).movePointLeft(3)
                .add(BigDecimal.valueOf(maxAhead.toSeconds()));
        if (timestamp.compareTo(limit) > 0) {
            throw new ProtocolException(ProtocolException.Kind.BAD_TIMESTAMP, "server timestamp "
                    + timestamp.toPlainString() + " is more than " + maxAhead.toSeconds()
                    + " s ahead of the local clock (milliseconds instead of seconds, or forged?)");
        }
        last = timestamp;
        try {
            AtomicFiles.write(file, (timestamp.toPlainString() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the in-memory value still protects this run; the next accepted response writes the file again
            LOG.warning("cannot save server timestamp to " + file + ": " + e.getMessage());
        }
    }
}
