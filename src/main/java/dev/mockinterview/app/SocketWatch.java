package dev.mockinterview.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the Socket Mode connection is up, for the health check. The SDK reconnects by itself, so a short gap is
 * normal (Slack asks apps to reconnect every few hours); a gap longer than {@link #GRACE} means no request can
 * reach the bot, and {@code /healthz} says so.
 */
public final class SocketWatch {
    /** How long the socket may be down before the bot reports itself unhealthy. */
    public static final Duration GRACE = Duration.ofSeconds(30);

    private final Clock clock;
    /** When the socket went down; null while it is up. */
    private volatile Instant downSince;

    public SocketWatch(Clock clock) {
        this.clock = clock;
    }

    /** The socket is up (connected, or Slack said hello). */
    public void up() {
        downSince = null;
    }

    /** The socket closed; the first of several closes in a row counts. */
    public synchronized void down() {
        if (downSince == null) {
            downSince = clock.instant();
        }
    }

    /** True unless the socket has been down for longer than {@link #GRACE}. */
    public boolean healthy() {
        Instant since = downSince;
        return since == null || !clock.instant().isAfter(since.plus(GRACE));
    }
}
